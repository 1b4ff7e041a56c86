import "server-only";
import { AppError } from "@/lib/errors";
import type { LockedReport, Tx } from "@/lib/operations/report-lock";
import { STATUS_LABELS } from "@/lib/reports/status";
import type { ConsolidationFinding } from "@/lib/consolidation/consolidate";
import { readinessProblems, staleReasons, type DepartmentReadiness, type StampedMember } from "@/lib/consolidation/readiness";
import { memberStates, type MemberState } from "./member-states";

const APPROVED = ["APPROVED", "PUBLISHED"];

/** The stored consolidation of a department report, as readiness reads it. */
export interface StoredConsolidation {
  readonly computedAt: Date;
  /** `StampedMember[]`, as stored. */
  readonly members: unknown;
  /** `ConsolidationFinding[]`, as stored. */
  readonly findings: unknown;
}

/** `known`: the members' states when the caller has just read them. */
export async function departmentReadiness(tx: Pick<Tx, "$queryRawUnsafe" | "consolidation">, reportId: string, known?: readonly MemberState[]): Promise<DepartmentReadiness> {
  const [states, consolidation] = await Promise.all([
    known ?? memberStates(tx, reportId),
    tx.consolidation.findUnique({ where: { reportId }, select: { computedAt: true, members: true, findings: true } }),
  ]);
  return readinessOf(states, consolidation);
}

/** Where a department's consolidation stands, from its members now and what was consolidated. */
export function readinessOf(states: readonly MemberState[], consolidation: StoredConsolidation | null): DepartmentReadiness {
  const summed = states.filter((m) => !m.merged);
  return {
    consolidatedAt: consolidation?.computedAt ?? null,
    unapproved: summed.filter((m) => !m.status || !APPROVED.includes(m.status)).map((m) => `「${m.name}」${m.status ? `（${STATUS_LABELS[m.status]}）` : "（尚未创建决算）"}`),
    stale: consolidation ? staleReasons(consolidation.members as unknown as StampedMember[], states) : [],
    findings: (consolidation?.findings as unknown as ConsolidationFinding[] | undefined) ?? [],
    memberCount: summed.length,
  };
}

/** The department half of the submission gate, under the report lock of the submission. */
export async function assertDepartmentSubmittable(tx: Tx, report: LockedReport): Promise<void> {
  const problems = readinessProblems(await departmentReadiness(tx, report.id));
  if (problems.length) throw new AppError("INVALID", `不能上报部门决算：${problems.slice(0, 4).join("；")}${problems.length > 4 ? `……（共 ${problems.length} 项）` : ""}`);
}
