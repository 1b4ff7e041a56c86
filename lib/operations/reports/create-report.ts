import "server-only";
import { audit } from "@/lib/audit";
import { carryOverOverview } from "@/lib/operations/overview/carry-over-overview";
import { AppError } from "@/lib/errors";
import { inTransaction, type Tx } from "@/lib/operations/report-lock";
import { memberCandidates } from "@/lib/operations/departments/department-of";
import { templateFor } from "@/lib/reports/template-for-year";
import type { CurrentUser } from "@/lib/session";

/**
 * A unit's report for a finished year, on its region's template for that year, with last year's 单位概况 carried
 * over. One report per unit and year: the unique key refuses a second (the action names it).
 */
export function createReport(user: CurrentUser, { year }: { year: number }, now = new Date()): Promise<{ id: string }> {
  const unitId = user.unitId;
  if (!unitId) throw new AppError("FORBIDDEN", "您的账号没有所属单位，不能创建决算");
  if (year > now.getFullYear() - 1) throw new AppError("INVALID", `${year} 年度尚未结束，不能编制决算`);
  return inTransaction(async (tx) => {
    if (!(await tx.catalogYear.findUnique({ where: { year } }))) throw new AppError("INVALID", `${year} 年度的科目编码尚未发布，请联系系统管理员`);
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, region: true, isDepartment: true, path: true } });
    const template = templateFor(unit.region, year);
    if (!template) throw new AppError("INVALID", `没有适用于本单位所在地区 ${year} 年度的报表模板，请联系系统管理员`);
    const created = await tx.report.create({ data: { unitId, year, templateId: template.id } });
    await audit(tx, { actorId: user.id, reportId: created.id, action: "report.create", toStatus: "DRAFT", detail: { year, templateId: template.id } });
    await carryOverOverview(tx, { reportId: created.id, unitId, year, actorId: user.id });
    if (unit.isDepartment) await listDefaultMembers(tx, created.id, unit, year);
    return { id: created.id };
  });
}

/**
 * A new 部门决算 lists every unit of the department not yet in another department report of the
 * year; the department's staff then mark which are 并入本级 or take some out.
 */
async function listDefaultMembers(tx: Tx, reportId: string, department: { id: string; path: string }, year: number) {
  const taken = new Set((await tx.departmentMember.findMany({ where: { year }, select: { unitId: true } })).map((m) => m.unitId));
  const units = (await memberCandidates(tx, department)).filter((u) => !taken.has(u.id));
  await tx.departmentMember.createMany({ data: units.map((u, position) => ({ reportId, unitId: u.id, year, merged: false, position })) });
}

export const REPORT_EXISTS_MESSAGE = "本单位该年度的决算已存在";
