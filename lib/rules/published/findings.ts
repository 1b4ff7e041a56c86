/**
 * How a check of a published document records what it compared: every comparison counts as
 * one check, and each one that fails becomes a finding naming the place, the printed value,
 * the value it should be and the difference.
 *
 * Tolerance, as for the tables (docs/domain/rules.md): an amount may differ from its source by
 * 0.01 万元 per added term, since each printed term is rounded. A percentage is accepted when some
 * choice of the unrounded figures behind the printed ones (each within half a printed unit) gives
 * it, within half of its own last printed digit and a further 0.01 for documents that truncate
 * instead of rounding. Ratios are computed in floating point: the tolerances are many orders of
 * magnitude above its error, and no money is stored from them.
 */
import { formatScaled, type NumberStyle } from "../../money";
import type { PrintedAmount, PrintedPercent } from "./read";

export interface Finding {
  /** Part, section and item: "情况说明 二、收入决算情况说明：事业收入占比". */
  readonly where: string;
  readonly message: string;
  readonly printed: string | null;
  readonly expected: string | null;
}

/** An amount behind a ratio, in hundredths of 万元, and how far the unrounded figure may lie from it. */
export interface Approx {
  readonly hundredths: bigint;
  /** In hundredths: 0.5 for one printed figure, more for a figure computed from several. */
  readonly slack: number;
}

export const printedApprox = (a: PrintedAmount | bigint): Approx => ({ hundredths: typeof a === "bigint" ? a : a.hundredths, slack: 0.5 });

const TRUNCATION_SLACK = 0.01;

export class Findings {
  checks = 0;
  readonly list: Finding[] = [];

  constructor(private readonly style: NumberStyle) {}

  wan(hundredths: bigint): string {
    return `${formatScaled(hundredths, 2, this.style)}万元`;
  }

  /** A failed comparison, as a finding. */
  fail(where: string, message: string, printed: string | null, expected: string | null): void {
    this.list.push({ where, message, printed, expected });
  }

  /** One yes/no fact; `message` is used only when it fails. */
  fact(where: string, ok: boolean, message: string, printed: string | null = null, expected: string | null = null): void {
    this.checks++;
    if (!ok) this.fail(where, message, printed, expected);
  }

  /**
   * A printed amount against its source: `expected` sums `terms` printed cells (0 when the
   * source is blank), described as `source` ("公开01表「本年收入合计」").
   */
  amount(where: string, label: string, printed: PrintedAmount | undefined, expected: bigint, terms: number, source: string): void {
    if (!printed) return;
    this.checks++;
    const gap = printed.hundredths - expected;
    const abs = gap < 0n ? -gap : gap;
    if (abs <= BigInt(terms)) return;
    this.fail(
      where,
      `${label}印为 ${this.wan(printed.hundredths)}，应为${source} ${this.wan(expected)}，相差 ${this.wan(abs)}`,
      this.wan(printed.hundredths),
      this.wan(expected),
    );
  }

  /** A printed percentage of part / whole (both as printed, or computed from printed figures). */
  percent(where: string, label: string, printed: PrintedPercent | undefined, part: Approx, whole: Approx, basis: string): void {
    if (!printed) return;
    const range = ratioRange(part, whole);
    if (!range) return;
    this.checks++;
    const half = 0.5 * 10 ** -printed.decimals + TRUNCATION_SLACK + 1e-9;
    if (printed.value + half >= range.low && printed.value - half <= range.high) return;
    const expected = (100 * Number(part.hundredths)) / Number(whole.hundredths);
    const shown = expected.toFixed(Math.max(2, printed.decimals));
    this.fail(
      where,
      `${label}印为 ${printed.raw}%，按${basis}计算应为 ${shown}%，相差 ${Math.abs(printed.value - expected).toFixed(2)} 个百分点`,
      `${printed.raw}%`,
      `${shown}%`,
    );
  }
}

/** The interval of 100 × part / whole over the unrounded figures the printed ones allow; null without a base. */
function ratioRange(part: Approx, whole: Approx): { low: number; high: number } | null {
  const p = Number(part.hundredths);
  const w = Number(whole.hundredths);
  if (w - whole.slack <= 0 || p < 0) return null;
  return { low: (100 * Math.max(0, p - part.slack)) / (w + whole.slack), high: (100 * (p + part.slack)) / (w - whole.slack) };
}
