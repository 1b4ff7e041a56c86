/**
 * The table rules' failures as check messages (part "tables"): what the rule list and the
 * submission gate read, in the same shape as every other part's checks.
 */
import { formatCellAddress } from "../tables/inputs";
import type { DerivedReport } from "../tables/report";
import type { ReportTemplate } from "../tables/types";
import type { RuleResult } from "./context";
import { runRules, type RuleReport } from "./index";
import type { CheckMessage } from "./messages";
import { viewFromDerived } from "./view";

/** The table rules on an already derived report: the rule run and its failures as messages. */
export function checkTables(template: ReportTemplate, report: DerivedReport): { rules: RuleReport; messages: CheckMessage[] } {
  const rules = runRules(viewFromDerived(template, report));
  return { rules, messages: tableCheckMessages(rules) };
}

/** Every failed comparison of a rule run, in rule order. */
export function tableCheckMessages(report: RuleReport): CheckMessage[] {
  return report.failures.map(tableCheckMessage);
}

export function tableCheckMessage(result: RuleResult): CheckMessage {
  const cell = result.address ? formatCellAddress(result.address) : null;
  const rowKey = printedRowKey(result);
  const column = result.column?.number ?? result.column?.label ?? "";
  // The key must not change between saves while the failure stays: explanations hang on it.
  const key = `${result.ruleId}|${result.table}|${rowKey ?? result.row.label}|${column}|${cell ?? ""}`;
  return {
    key,
    ruleId: result.ruleId,
    severity: result.severity,
    part: "tables",
    // The table to open is the one holding the input that fixes it, when that is another table.
    table: result.address?.table ?? result.table,
    message: result.message,
    cell,
    rowKey,
    field: null,
  };
}

/** The subject or economic code of a coded row, the 行次 of a fixed line, else none. */
function printedRowKey({ row }: RuleResult): string | null {
  if (row.code !== undefined) return row.code;
  return row.line == null ? null : String(row.line);
}
