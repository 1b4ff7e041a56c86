import type { DerivedCodedTable, DerivedReport } from "@/lib/tables/report";
import { performanceProblems } from "@/lib/workflow/performance-gate";
import type { RuleMessage } from "./rule-summary";

/** 公开05 项目支出合计, in 分. */
export function table05ProjectFen(t05: DerivedCodedTable): bigint {
  const column = t05.columns.findIndex((c) => c.key === "project");
  return (column >= 0 ? t05.rows.find((r) => r.key === "合计")?.cells[column]?.fen : null) ?? 0n;
}

/**
 * 第五部分's checks as rule messages, so they sit in the same list as the table rules: errors
 * block submission, the coverage warning (GUIDE rule T) needs a written explanation.
 */
export function performanceMessages(document: unknown, derived: DerivedReport): RuleMessage[] {
  const { errors, warnings } = performanceProblems(document, table05ProjectFen(derived.tables.t05));
  const message = (severity: "error" | "warning", text: string, key: string): RuleMessage => ({ key, ruleId: "T绩效", severity, table: "t05", message: text, cell: null, rowKey: "合计" });
  return [
    ...errors.map((e, i) => message("error", e, `T绩效|error|${i}`)),
    // One stable key for the coverage warning: its explanation survives edits to the figures.
    ...warnings.map((w, i) => message("warning", w, i === 0 ? "T绩效|coverage" : `T绩效|coverage|${i}`)),
  ];
}
