/**
 * What each chart plots, computed exactly from the derived tables and last year's figures:
 * values in hundredths of 万元 with their printed text, pie shares in hundredths of a percent.
 */
import { fenToWanHundredths, formatScaled, percentHundredths, type Fen, type NumberStyle } from "../money";
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_KIND_LABELS,
  INCOME_SOURCES,
  INCOME_SOURCE_LABELS,
  type LastYearFigures,
} from "../narrative/facts";
import { classRows, codedFigure, fixedFigure, rowFigure } from "../narrative/figures";
import type { DerivedReport } from "../tables/report";
import type { ChartId } from "./ids";

export interface ChartValue {
  /** Hundredths of 万元, as printed. */
  readonly hundredths: bigint;
  /** "4,299.91" in the narrative's number style. */
  readonly text: string;
}

export interface BarSeries {
  readonly name: string;
  /** One per category; null where the figure is unknown (last year not entered). */
  readonly values: readonly (ChartValue | null)[];
}

export interface PieSlice {
  readonly label: string;
  readonly value: ChartValue;
  /** Share of the pie in hundredths of a percent, and its text ("48.6"). */
  readonly share: bigint;
  readonly shareText: string;
}

export type ChartData =
  | { readonly kind: "bar"; readonly categories: readonly string[]; readonly series: readonly BarSeries[] }
  | { readonly kind: "pie"; readonly slices: readonly PieSlice[] };

export interface ChartsInput {
  readonly year: number;
  readonly derived: DerivedReport;
  readonly lastYear: LastYearFigures;
  /** The template's narrativeNumberStyle, so labels read like the text. */
  readonly style: NumberStyle;
}

function value(fen: Fen, style: NumberStyle): ChartValue {
  const hundredths = fenToWanHundredths(fen);
  return { hundredths, text: formatScaled(hundredths, 2, style) };
}

function pie(parts: readonly { label: string; fen: Fen }[], style: NumberStyle): ChartData {
  const shown = parts.map((p) => ({ label: p.label, value: value(p.fen, style) })).filter((p) => p.value.hundredths !== 0n);
  const whole = shown.reduce((s, p) => s + p.value.hundredths, 0n);
  return {
    kind: "pie",
    slices: shown.map((p) => {
      const share = percentHundredths(p.value.hundredths, whole) ?? 0n;
      return { ...p, share, shareText: formatScaled(share, 2, style) };
    }),
  };
}

export function chartData(input: ChartsInput): Record<ChartId, ChartData> {
  const { derived, lastYear, style, year } = input;
  const { t01, t02, t03, t04, t05 } = derived.tables;
  const years = [`${year - 1}年度`, `${year}年度`];
  const maybe = (fen: Fen | null) => (fen === null ? null : value(fen, style));
  const t05Total = codedFigure(t05, "合计", "total").fen;
  // 收、支总计 last year (one figure: they balance) against this year's two.
  const totalsBar = (categories: string[], last: Fen | null, table: typeof t01 | typeof t04): ChartData => ({
    kind: "bar",
    categories,
    series: [
      { name: years[0], values: [maybe(last), maybe(last)] },
      { name: years[1], values: [value(fixedFigure(table, "income", "grandTotal").fen, style), value(fixedFigure(table, "expenditure", "grandTotal").fen, style)] },
    ],
  });

  return {
    fig1: totalsBar(["收入总计", "支出总计"], lastYear.total, t01),
    fig2: pie(
      INCOME_SOURCES.map((k) => ({ label: INCOME_SOURCE_LABELS[k], fen: codedFigure(t02, "合计", k).fen })),
      style,
    ),
    fig3: pie(
      EXPENDITURE_KINDS.map((k) => ({ label: EXPENDITURE_KIND_LABELS[k], fen: codedFigure(t03, "合计", k).fen })),
      style,
    ),
    fig4: totalsBar(["财政拨款收入总计", "财政拨款支出总计"], lastYear.fiscalTotal, t04),
    fig5: {
      kind: "bar",
      categories: years,
      series: [{ name: "一般公共预算财政拨款支出", values: [maybe(lastYear.gp), value(t05Total, style)] }],
    },
    fig6: pie(
      classRows(t05).map((row) => ({ label: row.name, fen: rowFigure(t05, row, "total").fen })),
      style,
    ),
  };
}
