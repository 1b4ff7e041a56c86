/**
 * What a published cell shows. Each cell is its own exact amount rounded to 0.01 万元 —
 * never the sum of rounded parts — which is how the published tables come to show
 * 2,089.95 + 2,209.95 = 4,299.91.
 */
import { formatWan, TABLE_NUMBER_STYLE, type Fen, type NumberStyle } from "../money";
import type { DerivedCell } from "./report";

/**
 * Blank for a blank or zero amount (the published tables print nothing there, never "0.00");
 * "0.00" only for a non-zero amount under 50 元, which does round to zero.
 */
export function displayFen(fen: Fen | null, style: NumberStyle = TABLE_NUMBER_STYLE): string {
  return fen === null || fen === 0n ? "" : formatWan(fen, style);
}

export function displayCell(cell: DerivedCell, style: NumberStyle = TABLE_NUMBER_STYLE): string {
  return displayFen(cell.fen, style);
}
