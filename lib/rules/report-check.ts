/**
 * The one check of a whole report. The report is derived once, and every check reads that one
 * derivation: the table rules (./index.ts), the 情况说明 and 单位概况 checks (./narrative/), the
 * 绩效 checks and rule T's coverage (./performance/). The rule list on screen, 全审, a table save
 * and the submission gate all call `checkReport`, so what the unit sees is what the gate judges.
 */
import { performanceFigures, type PerformanceFigures } from "../performance/figures";
import { contentKey, rememberBounded } from "../bounded-map";
import { checkOverview, OVERVIEW_CHECKS } from "./overview";
import { parsePerformanceDocument } from "../performance/read-document";
import { deriveReport, type SubjectNames } from "../tables/derive";
import type { ReportInputs } from "../tables/inputs";
import type { DerivedReport } from "../tables/report";
import type { ReportTemplate } from "../tables/types";
import { rulesFor, TABLE_CHECKS, type RuleReport } from "./index";
import type { CheckDefinition, CheckMessage } from "./messages";
import { checkNarrative, NARRATIVE_CHECKS } from "./narrative";
import { checkPerformance, PERFORMANCE_CHECKS } from "./performance/checks";
import { table05ProjectFen } from "./performance/table05";
import { checkTables } from "./table-messages";
import { checkRowCoverage, ROW_COVERAGE_CHECKS } from "./row-coverage";
import { checkUnitKind, UNIT_KIND_CHECKS, type UnitKind } from "./unit-kind";

/** Every check a report can fail, in the order the rule list groups them. */
export const REPORT_CHECKS: readonly CheckDefinition[] = [...TABLE_CHECKS, ...ROW_COVERAGE_CHECKS, ...UNIT_KIND_CHECKS, ...OVERVIEW_CHECKS, ...NARRATIVE_CHECKS, ...PERFORMANCE_CHECKS];

/** A report as it is stored: the table inputs and the two documents, as JSON. */
export interface ReportDocuments {
  readonly template: ReportTemplate;
  readonly names: SubjectNames;
  readonly inputs: ReportInputs;
  readonly unitName: string;
  /** Unit.kind; absent for a published document read without it (the unit-kind checks then do not run). */
  readonly unitKind?: UnitKind | null;
  readonly year: number;
  /** ReportNarrative's overview and facts; null when none is stored yet. */
  readonly narrative: { readonly overview: unknown; readonly facts: unknown } | null;
  /** ReportPerformance.data; null when none is stored yet. */
  readonly performance: unknown;
}

/** What the rule list shows and the gate reads: plain data, safe to send to the browser. */
export interface CheckSummary {
  /** No error fails (warnings still need their explanations). */
  passed: boolean;
  errors: number;
  warnings: number;
  /** How many checks ran. */
  rulesRun: number;
  messages: CheckMessage[];
}

export interface ReportCheck {
  readonly derived: DerivedReport;
  readonly rules: RuleReport;
  readonly summary: CheckSummary;
}

export function checkReport(docs: ReportDocuments): ReportCheck {
  const derived = deriveReport(docs.template, docs.names, docs.inputs);
  const tables = checkTables(docs.template, derived);
  const figures = docs.performance === null ? null : figuresOf(docs.performance, docs.template);
  const messages = [
    ...tables.messages,
    ...checkRowCoverage(docs.inputs, docs.names),
    ...checkUnitKind(docs.unitKind, docs.inputs, docs.names),
    ...checkOverview(docs.narrative),
    ...checkNarrative({ template: docs.template, unitName: docs.unitName, year: docs.year, derived, narrative: docs.narrative, performance: figures }),
    ...checkPerformance({ document: docs.performance, table05ProjectFen: table05ProjectFen(derived.tables.t05) }),
  ];
  const rulesRun = rulesFor(docs.template).length + ROW_COVERAGE_CHECKS.length + (docs.unitKind ? UNIT_KIND_CHECKS.length : 0) + OVERVIEW_CHECKS.length + NARRATIVE_CHECKS.length + PERFORMANCE_CHECKS.length;
  return { derived, rules: tables.rules, summary: summarize(messages, rulesRun) };
}

/** Section 十三's figures of a stored 绩效 document, worked out once per distinct document and template. */
const FIGURES = new Map<string, PerformanceFigures>();

function figuresOf(performance: unknown, template: ReportTemplate): PerformanceFigures {
  const key = `${template.id}|${contentKey(performance)}`;
  return FIGURES.get(key) ?? rememberBounded(FIGURES, key, performanceFigures(parsePerformanceDocument(performance).document, template.gradeScale), 200);
}

export function summarize(messages: CheckMessage[], rulesRun: number): CheckSummary {
  const errors = messages.filter((m) => m.severity === "error").length;
  return { passed: errors === 0, errors, warnings: messages.length - errors, rulesRun, messages };
}
