import "server-only";
import type { z } from "zod";
import { audit } from "@/lib/audit";
import { FLOW_LINE_SPECS } from "@/lib/consolidation/flows";
import { AppError } from "@/lib/errors";
import { formatYuan } from "@/lib/money";
import { inTransaction, lockEditableReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { flowsSchema, type FlowsInput } from "@/lib/validation/departments";
import { chineseMessage, invalidInput } from "@/lib/validation/parse";
import { departmentOf, memberCandidates } from "./department-of";

/** The flows request with every problem named by its row: "第 2 条：金额应大于 0". */
export function parseFlows(input: unknown): FlowsInput {
  const r = flowsSchema.safeParse(input);
  if (r.success) return r.data;
  const named = (issue: z.core.$ZodIssue) => {
    const [first, index] = issue.path;
    return first === "flows" && typeof index === "number" && issue.path.length > 2 ? `第 ${index + 1} 条：${chineseMessage(issue)}` : chineseMessage(issue);
  };
  throw invalidInput(r.error.issues, `内部往来未保存：${r.error.issues.slice(0, 5).map(named).join("；")}`);
}

/**
 * The internal flows (内部往来) a unit states on its report: for 上级补助收入, 附属单位上缴收入,
 * 上缴上级支出 and 对附属单位补助支出, how much is with which other unit of its department, by 项.
 * Replaced as a whole while the report is editable; whether both sides agree is the department
 * consolidation's to say (lib/consolidation/consolidate.ts), since the other side is another unit's.
 */
export function saveFlows(user: CurrentUser, { reportId, flows }: FlowsInput): Promise<{ count: number; total: string }> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, reportId);
    if (report.unit.isDepartment) throw new AppError("INVALID", "部门决算的内部往来由成员单位各自填报");
    const department = await departmentOf(tx, report.unit);
    if (!department) throw new AppError("INVALID", "本单位不属于任何部门，没有部门内部往来");
    const others = new Set((await memberCandidates(tx, department)).map((u) => u.id));
    others.delete(report.unitId);
    flows.forEach((f, i) => {
      if (!others.has(f.counterpartUnitId)) throw new AppError("INVALID", `第 ${i + 1} 条：对方单位须是「${department.name}」下属的其他在用单位`);
    });
    const codes = await tx.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION", level: "ITEM", code: { in: flows.map((f) => f.code) } }, select: { code: true } });
    const known = new Set(codes.map((c) => c.code));
    flows.forEach((f, i) => {
      if (!known.has(f.code)) throw new AppError("INVALID", `第 ${i + 1} 条：科目 ${f.code} 不在 ${report.year} 年度的功能分类科目中（${FLOW_LINE_SPECS[f.line].label}）`);
    });

    await tx.internalFlow.deleteMany({ where: { reportId: report.id } });
    await tx.internalFlow.createMany({ data: flows.map((f) => ({ reportId: report.id, line: f.line, counterpartUnitId: f.counterpartUnitId, code: f.code, amount: f.amount })) });
    await tx.report.update({ where: { id: report.id }, data: { updatedAt: new Date() } });
    const total = flows.reduce((n, f) => n + f.amount, 0n);
    await audit(tx, { actorId: user.id, reportId: report.id, action: "report.saveFlows", detail: { flows: flows.length, total: total.toString() } });
    return { count: flows.length, total: formatYuan(total) };
  });
}
