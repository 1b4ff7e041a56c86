import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction, lockEditableReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import type { MembersInput } from "@/lib/validation/departments";
import { memberCandidates } from "./department-of";

/**
 * The member list of a department report (部门决算单位构成): which units under the department it
 * consolidates, and which are 预算不单列，并入本级. Replaced as a whole; the last consolidation
 * then no longer matches and shows as out of date until it is run again.
 */
export function setMembers(user: CurrentUser, { reportId, members }: MembersInput): Promise<{ count: number }> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, reportId);
    if (!report.unit.isDepartment) throw new AppError("INVALID", "只有部门决算才有成员单位");
    const candidates = new Set((await memberCandidates(tx, { id: report.unitId, path: report.unit.path })).map((u) => u.id));
    const outside = members.filter((m) => !candidates.has(m.unitId)).length;
    if (outside) throw new AppError("INVALID", `有 ${outside} 个所选单位不是本部门直属的在用单位（下级部门的单位由该部门汇总）`);
    const taken = await tx.departmentMember.findFirst({
      where: { year: report.year, unitId: { in: members.map((m) => m.unitId) }, reportId: { not: report.id } },
      select: { unit: { select: { name: true } }, report: { select: { unit: { select: { name: true } } } } },
    });
    if (taken) throw new AppError("CONFLICT", `「${taken.unit.name}」已列入「${taken.report.unit.name}」的 ${report.year} 年度部门决算，不能重复汇总`);
    await tx.departmentMember.deleteMany({ where: { reportId: report.id } });
    await tx.departmentMember.createMany({ data: members.map((m, position) => ({ reportId: report.id, unitId: m.unitId, year: report.year, merged: m.merged, position })) });
    await audit(tx, { actorId: user.id, reportId: report.id, action: "department.setMembers", detail: { members: members.length, merged: members.filter((m) => m.merged).length } });
    return { count: members.length };
  });
}
