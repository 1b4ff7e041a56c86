/** Last year's comparison figures, read from last year's report when it is in the system. */
import type { Fen } from "../money";
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
