/**
 * A 项 with income in 公开02 but no spending in 公开03 is usually a 项 entered in one table and
 * forgotten in the other (or typed under a neighbouring code). It can be right — income carried
 * over to next year — so it is a warning the unit explains, not an error.
 */
import { formatYuan, type Fen } from "../money";
import type { SubjectNames } from "../tables/derive-context";
import type { ReportInputs } from "../tables/report-inputs";
import type { CheckDefinition, CheckMessage } from "./messages";

export const ROW_COVERAGE_CHECKS: readonly CheckDefinition[] = [
  { id: "R", severity: "warning", part: "tables", title: "公开02表有收入的项级科目在公开03表有支出" },
];

const total = (row: Readonly<Record<string, Fen | undefined>>) => Object.values(row).reduce<bigint>((n, v) => n + (v ?? 0n), 0n);

export function checkRowCoverage(inputs: ReportInputs, names: SubjectNames): CheckMessage[] {
  const out: CheckMessage[] = [];
  for (const [code, row] of Object.entries(inputs.income)) {
    const income = total(row as Record<string, Fen | undefined>);
    if (income === 0n) continue;
    const spent = inputs.expenditure[code];
    if (spent && total(spent as Record<string, Fen | undefined>) !== 0n) continue;
    out.push({
      key: `R|${code}`,
      ruleId: "R",
      severity: "warning",
      part: "tables",
      table: "t03",
      message: `公开02表 ${code}「${names.get(code) ?? ""}」有收入 ${formatYuan(income as Fen)} 元，公开03表没有该科目的支出：请核对是否漏填了支出或填错了科目；确属收入结转下年的，请说明。`,
      cell: null,
      rowKey: null,
      field: null,
    });
  }
  return out;
}
