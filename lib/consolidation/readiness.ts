/**
 * Where a department report stands before the 财政局 may see it: whether its last consolidation
 * still matches its members (what it recorded of each against what they are now), which members
 * are not yet approved, what the consolidation found — each in words naming the units.
 */
import type { ConsolidationFinding } from "./consolidate";

/** What a consolidation records of each member, to tell later what changed. */
export interface StampedMember {
  readonly unitId: string;
  readonly merged: boolean;
  readonly reportId: string | null;
  readonly stamp: string | null;
}

/** What is different now from what the last consolidation read, in words ("「第一中学」的数据有变动"). */
export function staleReasons(recorded: readonly StampedMember[], now: readonly (StampedMember & { readonly name: string })[]): string[] {
  const before = new Map(recorded.map((m) => [m.unitId, m]));
  const reasons: string[] = [];
  for (const m of now) {
    const was = before.get(m.unitId);
    if (!was) reasons.push(`新增成员单位「${m.name}」`);
    else if (was.merged !== m.merged) reasons.push(`「${m.name}」改为${m.merged ? "并入本级" : "单独汇总"}`);
    else if (!m.merged && (was.reportId !== m.reportId || was.stamp !== m.stamp)) reasons.push(`「${m.name}」的决算数据在汇总后有变动`);
    before.delete(m.unitId);
  }
  if (before.size > 0) reasons.push(`移出成员单位 ${before.size} 个`);
  return reasons;
}

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

