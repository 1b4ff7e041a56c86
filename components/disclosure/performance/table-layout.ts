/** What the printed 绩效 tables share: the empty-cell dash, amounts in 万元, merged 一级指标 cells. */
import { formatAmount } from "@/lib/performance/format";

export const dash = "—";
export const amount = formatAmount;

/** Consecutive rows with the same 一级指标 share one cell (the PDF draws the same spans). */
export { groupSpans } from "@/lib/disclosure/performance-flow";
