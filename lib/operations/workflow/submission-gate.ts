import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";
import { performanceMessages } from "@/lib/reports/performance-messages";
import { summarizeRules } from "@/lib/reports/rule-summary";
import { inputsFromTables } from "@/lib/reports/table-data";
import { deriveAndCheck } from "@/lib/rules";
import type { ReportInputs } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportTemplate } from "@/lib/tables/types";
import { gateMessage, submissionProblems } from "@/lib/workflow/gate";
import { missingNarrativeReasons } from "@/lib/workflow/narrative-gate";
import type { SnapshotContents } from "./snapshot";

/** Everything the gate judges, read once inside the submission's transaction. */
export interface ReportForCheck {
  id: string;
  year: number;
  unitName: string;
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
  const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { id: true, year: true, templateId: true, unit: { select: { name: true } } } });
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
    template,
    names: new Map(subjects.map((s) => [s.code, s.name])),
    inputs: inputsFromTables(tables),
    explanations: new Map(explanations.map((e) => [e.key, e.text])),
    contents: { tables, explanations, narrative, performance: performance?.data ?? null },
  };
}

/**
 * The submission gate: refused while any error fails, any warning lacks its explanation, or the
 * 情况说明 lacks a reason it asks for (lib/workflow/gate.ts words the refusal). The report is
 * derived once here, and every check reads that one derivation.
 */
export async function assertSubmittable(tx: Tx, report: ReportForCheck): Promise<void> {
  const { report: derived, rules } = deriveAndCheck(report.template, report.names, report.inputs);
  const check = summarizeRules(rules);
  check.messages.push(...performanceMessages(report.contents.performance, derived));
  // MERGE: the one call that still derives again. The lead replaces it with a pure
  // checkNarrative({ derived, … }) over `report`, and the three checks above with one checkReport.
  const missingReasons = await missingNarrativeReasons(tx, report.id);
  const problems = submissionProblems(check, report.explanations, missingReasons);
  if (problems.length) throw new AppError("INVALID", gateMessage(problems));
}
