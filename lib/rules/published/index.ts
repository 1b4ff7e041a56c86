/**
 * Checking a whole published disclosure (npm run check): the table rules the application runs on
 * every report, on the printed figures, plus every check of the text, the headings and the 绩效
 * figures against those tables. One result per rule, each pass, fail or skip (nothing to check),
 * with located findings. docs/domain/published-checks.md lists them.
 */
import { runRules, type RuleOutcome, type RuleReport } from "..";
import { describeCell, formatAmount, tableNumber, type Severity } from "../context";
import type { CheckPart } from "../messages";
import type { PublishedCheck } from "./check";
import type { PublishedDocument } from "./document";
import {
  memberUnitsCheck,
  missingTablesCheck,
  narrativeHeadingsCheck,
  overviewCheck,
  performanceCheck,
  placeholderChecks,
  tableHeadingsCheck,
} from "./document-checks";
import { Findings, type Finding } from "./findings";
import { assetsCheck, operatingCostCheck, operatingCostPublicCheck, procurementCheck, threePublicCheck } from "./narrative-facts";
import {
  basicItemsNamedCheck,
  basicSpendingCheck,
  comparisonCheck,
  fundsCheck,
  itemsCheck,
  looseComparisonCheck,
  reasonsCheck,
} from "./narrative-items";
import { fiscalCheck, generalBudgetCheck, incomeCheck, spendingCheck, totalsCheck } from "./narrative-totals";

export type { PublishedDocument } from "./document";
export type { Finding } from "./findings";
export { DocumentFormatError } from "./read";

/** Every check of a published document beyond the table rules, in document order. */
export const PUBLISHED_CHECKS: readonly PublishedCheck[] = [
  missingTablesCheck,
  tableHeadingsCheck,
  overviewCheck,
  memberUnitsCheck,
  narrativeHeadingsCheck,
  totalsCheck,
  incomeCheck,
  spendingCheck,
  fiscalCheck,
  generalBudgetCheck,
  itemsCheck,
  comparisonCheck,
  looseComparisonCheck,
  reasonsCheck,
  basicSpendingCheck,
  basicItemsNamedCheck,
  fundsCheck,
  threePublicCheck,
  operatingCostCheck,
  operatingCostPublicCheck,
  procurementCheck,
  assetsCheck,
  performanceCheck,
  ...placeholderChecks,
];

export type CheckStatus = "pass" | "fail" | "skip";

export interface PublishedResult {
  readonly rule: string;
  readonly title: string;
  readonly part: CheckPart;
  readonly section: string;
  readonly severity: Severity;
  readonly status: CheckStatus;
  /** How many comparisons were made. */
  readonly checks: number;
  readonly findings: readonly Finding[];
}

const status = (checks: number, failed: number): CheckStatus => (checks === 0 ? "skip" : failed > 0 ? "fail" : "pass");

/**
 * A table rule's result on the printed figures. A comparison with a table the document lacks
 * says nothing (T0 reports the missing table), so it is left out; a rule left with nothing is skipped.
 */
function tableResult(doc: PublishedDocument, outcome: RuleOutcome): PublishedResult {
  const scale = doc.view.scale;
  const missing = doc.missingTables.map((key) => ({ key, number: doc.template.tables[key].number }));
  const failures = outcome.failures.filter((r) => !missing.some((m) => r.table === m.key || r.message.includes(m.number)));
  const dropped = outcome.failures.length - failures.length;
  return {
    rule: outcome.ruleId,
    title: outcome.title,
    part: "tables",
    section: "公开表格",
    severity: outcome.severity,
    status: dropped > 0 && failures.length === 0 ? "skip" : status(outcome.checks, failures.length),
    checks: outcome.checks - dropped,
    findings: failures.map((r) => ({
      where: describeCell(tableNumber(doc.view, r.table), r.row, r.column),
      message: r.message,
      printed: formatAmount(r.actual, scale),
      expected: formatAmount(r.expected, scale),
    })),
  };
}

/** Every table rule (run here unless the caller already has their report) and every document check. */
export function checkPublished(doc: PublishedDocument, tableReport: RuleReport = runRules(doc.view)): PublishedResult[] {
  const tables = tableReport.outcomes.map((o) => tableResult(doc, o));
  const others = PUBLISHED_CHECKS.map((check): PublishedResult => {
    const f = new Findings(doc.template.tableNumberStyle);
    check.run(doc, f);
    return {
      rule: check.id,
      title: check.title,
      part: check.part,
      section: check.section,
      severity: check.severity,
      status: status(f.checks, f.list.length),
      checks: f.checks,
      findings: f.list,
    };
  });
  // Grouped by part in document order (tables, 单位概况, 情况说明, 绩效); within a part as listed.
  const all = [others[0], ...tables, ...others.slice(1)];
  return PART_ORDER.flatMap((part) => all.filter((r) => r.part === part));
}

const PART_ORDER: readonly CheckPart[] = ["tables", "overview", "narrative", "performance"];
