/** Last year's comparison figures, read from last year's report when it is in the system. */
import { formatYuan, type Fen } from "../money";
import type { NumericView } from "../rules/view";
import type { DerivedCodedTable, DerivedReport } from "../tables/report";
import { EXPENDITURE_KINDS, INCOME_SOURCES, type ExpenditureKind, type IncomeSource, type LastYearFigures } from "./facts";
import { codedFigure, fixedFigure } from "./figures";

/** Last year's template may lack a column this year's has: that figure stays to be entered. */
function total(table: DerivedCodedTable, column: string): Fen | null {
  return table.columns.some((c) => c.key === column) ? codedFigure(table, "合计", column).fen : null;
}

export function lastYearFactsFromReport(lastYear: DerivedReport): LastYearFigures {
  const { t01, t02, t03, t04, t05 } = lastYear.tables;
  const income = Object.fromEntries(INCOME_SOURCES.map((k) => [k, total(t02, k)])) as Record<IncomeSource, Fen | null>;
  const expenditure = Object.fromEntries(EXPENDITURE_KINDS.map((k) => [k, total(t03, k)])) as Record<
    ExpenditureKind,
    Fen | null
  >;
  return {
    total: fixedFigure(t01, "income", "grandTotal").fen,
    income,
    expenditure,
    fiscalTotal: fixedFigure(t04, "income", "grandTotal").fen,
    gp: total(t05, "total"),
  };
}

/** 1 printed 0.01 万元 in 分. */
const FEN_PER_HUNDREDTH = 10_000n;

/**
 * Last year's figures as a published disclosure prints them (万元, two decimals): the same totals
 * lastYearFactsFromReport reads, from a transcription or an open-data file.
 */
export function lastYearFactsFromPublished(view: NumericView): LastYearFigures {
  const fen = (v: bigint | null | undefined) => (v === null || v === undefined ? null : v * FEN_PER_HUNDREDTH);
  const total = (table: "t02" | "t03" | "t05", column: string) => {
    const row = view[table].rows.find((r) => r.code === null);
    return row && Object.hasOwn(row.values, column) ? (fen(row.values[column]) ?? 0n) : null;
  };
  const line = (table: "t01" | "t04") => fen(view[table].income.get("grandTotal")?.values.amount);
  return {
    total: line("t01"),
    income: Object.fromEntries(INCOME_SOURCES.map((k) => [k, total("t02", k)])) as Record<IncomeSource, Fen | null>,
    expenditure: Object.fromEntries(EXPENDITURE_KINDS.map((k) => [k, total("t03", k)])) as Record<ExpenditureKind, Fen | null>,
    fiscalTotal: line("t04"),
    gp: total("t05", "total"),
  };
}

/** Last year's figures as the facts form's 元 text, by form path, with their source. */
export function lastYearFormEntries(figures: LastYearFigures, source: string): { path: string; text: string }[] {
  const entries: [string, Fen | null][] = [
    ["form.lastYear.total", figures.total],
    ...INCOME_SOURCES.map((k): [string, Fen | null] => [`form.lastYear.income.${k}`, figures.income[k]]),
    ...EXPENDITURE_KINDS.map((k): [string, Fen | null] => [`form.lastYear.expenditure.${k}`, figures.expenditure[k]]),
    ["form.lastYear.fiscalTotal", figures.fiscalTotal],
    ["form.lastYear.gp", figures.gp],
  ];
  return [...entries.flatMap(([path, fen]) => (fen === null ? [] : [{ path, text: formatYuan(fen) }])), { path: "form.lastYear.source", text: source }];
}
