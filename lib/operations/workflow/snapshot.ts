import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/operations/report-lock";

/** Everything the unit entered, as stored: what a ReportVersion freezes. */
export interface SnapshotContents {
  tables: readonly { tableKey: string; data: unknown }[];
  explanations: readonly { key: string; text: string }[];
  narrative: { overview: unknown; facts: unknown } | null;
  performance: unknown;
}

/** Reads what a snapshot freezes (a submission already holds it from the gate's load). */
export async function loadSnapshotContents(tx: Tx, reportId: string): Promise<SnapshotContents> {
  const [tables, explanations, narrative, performance] = await Promise.all([
    tx.reportTable.findMany({ where: { reportId }, select: { tableKey: true, data: true } }),
    tx.ruleExplanation.findMany({ where: { reportId }, select: { key: true, text: true } }),
    tx.reportNarrative.findUnique({ where: { reportId }, select: { overview: true, facts: true } }),
    tx.reportPerformance.findUnique({ where: { reportId }, select: { data: true } }),
  ]);
  return { tables, explanations, narrative, performance: performance?.data ?? null };
}

/** An immutable copy of everything the unit entered, numbered per report. Runs under the report lock. */
export async function saveSnapshot(tx: Tx, reportId: string, kind: "submitted" | "published", actorId: string, contents: SnapshotContents) {
  const last = await tx.reportVersion.findFirst({ where: { reportId }, orderBy: { number: "desc" }, select: { number: true } });
  const data = {
    tables: Object.fromEntries(contents.tables.map((t) => [t.tableKey, t.data])),
    explanations: Object.fromEntries(contents.explanations.map((e) => [e.key, e.text])),
    narrative: contents.narrative ?? null,
    performance: contents.performance ?? null,
  } as unknown as Prisma.InputJsonValue;
  await tx.reportVersion.create({ data: { reportId, number: (last?.number ?? 0) + 1, kind, data, createdById: actorId } });
}
