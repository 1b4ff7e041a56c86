import { checkPerformance } from "@/lib/rules/performance/checks";
import { table05ProjectFen } from "@/lib/rules/performance/table05";
import type { DerivedReport } from "@/lib/tables/report";
import type { RuleMessage } from "./rule-summary";

/** 第五部分's checks (lib/rules/performance/checks.ts) in the rule list's shape, until it takes CheckMessage. */
export function performanceMessages(document: unknown, derived: DerivedReport): RuleMessage[] {
  return checkPerformance({ document, table05ProjectFen: table05ProjectFen(derived.tables.t05) }).map((m) => ({ ...m, table: m.table ?? "t05", rowKey: m.rowKey ?? "合计" }));
}
