import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";
import { inputsFromTables } from "@/lib/reports/table-data";
import { checkReport } from "@/lib/rules/report-check";
import type { ReportInputs } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportTemplate } from "@/lib/tables/types";
import { gateMessage, submissionProblems } from "@/lib/workflow/gate";
import type { SnapshotContents } from "./snapshot";
import type { UnitKind } from "@/lib/rules/unit-kind";

/** Everything the gate judges, read once inside the submission's transaction. */
export interface ReportForCheck {
  id: string;
  year: number;
  unitName: string;
  /** null for a department: its members are of several kinds. */
  unitKind: UnitKind | null;
  template: ReportTemplate;
  /** Function subject names of the report's year (code → name). */
  names: Map<string, string>;
  inputs: ReportInputs;
  explanations: Map<string, string>;
  /** The stored documents as they are: the snapshot of the submission freezes exactly these. */
  contents: SnapshotContents;
}

/** One set of queries, under the caller's report lock, so the gate and the snapshot see the same data. */
export async function loadReportForCheck(tx: Tx, reportId: string): Promise<ReportForCheck> {
  const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, year: true, templateId: true, unit: { select: { name: true, kind: true, isDepartment: true } } } });
  const template = getTemplate(report.templateId);
  if (!template) throw new AppError("INVALID", "报表模板不存在");
  const [tables, subjects, explanations, narrative, performance] = await Promise.all([
    tx.reportTable.findMany({ where: { reportId }, select: { tableKey: true, data: true } }),
    tx.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } }),
    tx.ruleExplanation.findMany({ where: { reportId }, select: { key: true, text: true } }),
    tx.reportNarrative.findUnique({ where: { reportId }, select: { overview: true, facts: true } }),
    tx.reportPerformance.findUnique({ where: { reportId }, select: { data: true } }),
  ]);
  return {
    id: report.id,
    year: report.year,
    unitName: report.unit.name,
    unitKind: report.unit.isDepartment ? null : report.unit.kind,
    template,
    names: new Map(subjects.map((s) => [s.code, s.name])),
    inputs: inputsFromTables(tables),
    explanations: new Map(explanations.map((e) => [e.key, e.text])),
    contents: { tables, explanations, narrative, performance: performance?.data ?? null },
  };
}

/**
 * The submission gate: the one report check (lib/rules/report-check.ts) on exactly what is
 * submitted, derived once; lib/workflow/gate.ts words the refusal.
 */
export function assertSubmittable(report: ReportForCheck): void {
  const { summary } = checkReport({
    template: report.template,
    names: report.names,
    inputs: report.inputs,
    unitName: report.unitName,
    unitKind: report.unitKind,
    year: report.year,
    narrative: report.contents.narrative,
    performance: report.contents.performance,
  });
  const problems = submissionProblems(summary, report.explanations);
  if (problems.length) throw new AppError("INVALID", gateMessage(problems));
}
