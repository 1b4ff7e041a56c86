/** What the printed 绩效 tables share: the empty-cell dash, amounts in 万元, merged 一级指标 cells. */
import { formatAmount } from "@/lib/performance/format";

export const dash = "—";
export const amount = formatAmount;

/** Consecutive rows with the same 一级指标 share one cell, as the printed tables do. */
export function groupSpans<T>(rows: readonly T[], key: (row: T) => string): number[] {
  return rows.map((row, i) => {
    if (i > 0 && key(rows[i - 1]) === key(row)) return 0;
    let n = 1;
    while (i + n < rows.length && key(rows[i + n]) === key(row)) n++;
    return n;
  });
}
