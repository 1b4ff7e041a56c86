import type { RuleReport, RuleResult } from "@/lib/rules";
import { formatCellAddress } from "@/lib/tables/inputs";
import type { TableKey } from "@/lib/tables/types";

/** A failed rule as the editor shows it: plain data, safe to send to the browser. */
export interface RuleMessage {
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
  return {
    ruleId: r.ruleId,
    severity: r.severity,
    table: r.table,
    message: r.message,
    cell: r.address ? formatCellAddress(r.address) : null,
    rowKey: r.row.code ?? (r.row.line != null ? String(r.row.line) : null),
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
