import type { RuleReport, RuleResult } from "@/lib/rules";
import { formatCellAddress } from "@/lib/tables/inputs";
import type { TableKey } from "@/lib/tables/types";

/** A failed rule as the editor shows it: plain data, safe to send to the browser. */
export interface RuleMessage {
  /** Stable across saves for the same rule at the same place: warning explanations hang on it. */
  key: string;
  ruleId: string;
  severity: "error" | "warning";
  table: TableKey;
  message: string;
  /** "t03:2010301:basic" — the input cell to jump to, when known. */
  cell: string | null;
  /** The printed row, to scroll to when there is no input cell (a 类 or 合计 row). */
  rowKey: string | null;
}

export interface CheckSummary {
  passed: boolean;
  errors: number;
  warnings: number;
  rulesRun: number;
  messages: RuleMessage[];
}

function toMessage(r: RuleResult): RuleMessage {
  const cell = r.address ? formatCellAddress(r.address) : null;
  const rowKey = r.row.code ?? (r.row.line != null ? String(r.row.line) : null);
  return {
    key: [r.ruleId, r.table, rowKey ?? r.row.label, r.column?.number ?? r.column?.label ?? "", cell ?? ""].join("|"),
    ruleId: r.ruleId,
    severity: r.severity,
    table: r.table,
    message: r.message,
    cell,
    rowKey,
  };
}

export function summarizeRules(report: RuleReport): CheckSummary {
  const messages = report.failures.map(toMessage);
  return {
    passed: report.passed,
    errors: messages.filter((m) => m.severity === "error").length,
    warnings: messages.filter((m) => m.severity === "warning").length,
    rulesRun: report.outcomes.length,
    messages,
  };
}
