/**
 * The table rules' failures as check messages (part "tables"): what the rule list and the
 * submission gate read, in the same shape as every other part's checks.
 */
import { formatCellAddress } from "../tables/inputs";
import type { RuleResult } from "./context";
import type { RuleReport } from "./index";
import type { CheckMessage } from "./messages";

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
    table: result.table,
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
