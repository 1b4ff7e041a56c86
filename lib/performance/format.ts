/**
 * How the published 绩效 tables print numbers (docs/domain/performance.md): scores and values with trailing zeros dropped
 * ("6.5", "7.12", "99.3", "100"), except the self-evaluation table's 总分 row, which keeps two
 * decimals ("100.00", "98.20"). Values are printed as stored; rounding happens in scoring.
 */
import type { Decimal } from "./numbers";

function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

function groupThousands(fixed: string): string {
  const [integer, fraction] = fixed.split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "6.5", "7.12", "100": a score as the published tables and narrative print it. */
export function formatScore(score: Decimal): string {
  return trimZeros(score.toFixed());
}

/** "98.20", "100.00": the 总分 row of the self-evaluation table. */
export function formatScoreFixed(score: Decimal): string {
  return score.toFixed(2);
}

/**
 * "95.82%", "100%": a percentage the scoring has already computed (and rounded) as a Decimal, with
 * trailing zeros dropped as the 绩效 tables print it. lib/money.ts `formatPercent` is the other
 * one on purpose: it divides two 分 amounts itself and prints the hundredths in a table's number
 * style (fixed decimals), as the 情况说明 and the 公开 tables print ratios.
 */
export function formatPercent(percent: Decimal): string {
  return `${trimZeros(percent.toFixed())}%`;
}

export interface AmountStyle {
  readonly thousands: boolean;
  readonly trimZeros: boolean;
}

/** The self-evaluation table prints "352", "337.28", "0"; the narrative "2,185.74". */
export const TABLE_AMOUNT_STYLE: AmountStyle = { thousands: false, trimZeros: true };
export const MESSAGE_AMOUNT_STYLE: AmountStyle = { thousands: true, trimZeros: true };

/** A 万元 amount without its unit. */
export function formatAmount(amount: Decimal, style: AmountStyle = TABLE_AMOUNT_STYLE): string {
  const fixed = style.trimZeros ? trimZeros(amount.toFixed()) : amount.toFixed(2);
  return style.thousands ? groupThousands(fixed) : fixed;
}

/** An indicator value with its unit, as the tables print it: "85万元", "260个/套", "100%". */
export function formatValue(value: Decimal, unit: string): string {
  return `${trimZeros(value.toFixed())}${unit}`;
}
