import "server-only";
import type { ConsolidationFinding } from "@/lib/consolidation/consolidate";
import { AppError } from "@/lib/errors";
import type { LockedReport, Tx } from "@/lib/operations/report-lock";
import { STATUS_LABELS } from "@/lib/reports/status";
import { memberStates, staleReasons, type MemberState, type StampedMember } from "./member-states";

/** Where a department report stands before the 财政局 may see it: each line is something to do. */
export interface DepartmentReadiness {
  readonly consolidatedAt: Date | null;
  /** Members not yet approved at the department level, in words. */
  readonly unapproved: readonly string[];
  /** Why the last consolidation no longer matches the members (empty when it does). */
  readonly stale: readonly string[];
  readonly findings: readonly ConsolidationFinding[];
  readonly memberCount: number;
}

const APPROVED = ["APPROVED", "PUBLISHED"];

/** `known`: the members' states when the caller has just read them. */
export async function departmentReadiness(tx: Pick<Tx, "$queryRaw" | "consolidation">, reportId: string, known?: readonly MemberState[]): Promise<DepartmentReadiness> {
  const [states, consolidation] = await Promise.all([
    known ?? memberStates(tx, reportId),
    tx.consolidation.findUnique({ where: { reportId }, select: { computedAt: true, members: true, findings: true } }),
  ]);
  const summed = states.filter((m) => !m.merged);
  return {
    consolidatedAt: consolidation?.computedAt ?? null,
    unapproved: summed.filter((m) => !m.status || !APPROVED.includes(m.status)).map((m) => `「${m.name}」${m.status ? `（${STATUS_LABELS[m.status]}）` : "（尚未创建决算）"}`),
    stale: consolidation ? staleReasons(consolidation.members as unknown as StampedMember[], states) : [],
    findings: (consolidation?.findings as unknown as ConsolidationFinding[] | undefined) ?? [],
    memberCount: summed.length,
  };
}

/** What still stands between a department report and its submission to the 财政局, as messages. */
export function readinessProblems(r: DepartmentReadiness): string[] {
  const problems: string[] = [];
  if (r.memberCount === 0) problems.push("部门决算还没有成员单位");
  if (r.unapproved.length) problems.push(`成员单位的决算须先经部门审核通过：${r.unapproved.join("、")}`);
  if (!r.consolidatedAt) problems.push("尚未汇总成员单位的决算");
  else if (r.stale.length) problems.push(`汇总已过期，请重新汇总：${r.stale.join("；")}`);
  for (const f of r.findings) problems.push(f.message);
  return problems;
}

/** The department half of the submission gate, under the report lock of the submission. */
export async function assertDepartmentSubmittable(tx: Tx, report: LockedReport): Promise<void> {
  const problems = readinessProblems(await departmentReadiness(tx, report.id));
  if (problems.length) throw new AppError("INVALID", `不能上报部门决算：${problems.slice(0, 4).join("；")}${problems.length > 4 ? `……（共 ${problems.length} 项）` : ""}`);
}
