/**
 * Reading the derived tables by name. Each reader returns the exact amount with the source
 * string the narrative's number runs carry ("t01.income.grandTotal", "t05[2010301].total").
 */
import type { Fen } from "../money";
import type { ReportTemplate } from "../tables/types";
import type { DerivedCodedRow, DerivedCodedTable, DerivedFixedTable, DerivedReport, DerivedSingleRowTable } from "../tables/report";

export interface Figure {
  readonly fen: Fen;
  readonly source: string;
}

/** A fixed line of 公开01/04 by role or category code; `column` indexes the side's columns. */
export function fixedFigure(
  table: DerivedFixedTable,
  side: "income" | "expenditure",
  key: string,
  column = 0,
): Figure {
  const line = table[side].find((l) => l.key === key);
  const columnKey = column === 0 ? "" : `.${(side === "income" ? table.incomeColumns : table.expenditureColumns)[column].key}`;
  return { fen: line?.cells[column]?.fen ?? 0n, source: `${table.key}.${side}.${key}${columnKey}` };
}

/** A cell of a coded table; rows that are not printed (all zero) read as 0. */
export function codedFigure(table: DerivedCodedTable, rowKey: string, column: string): Figure {
  const index = table.columns.findIndex((c) => c.key === column);
  if (index < 0) throw new RangeError(`${table.key} has no column ${column}`);
  const row = table.rows.find((r) => r.key === rowKey);
  return { fen: row?.cells[index].fen ?? 0n, source: `${table.key}[${rowKey}].${column}` };
}

export function rowFigure(table: DerivedCodedTable, row: DerivedCodedRow, column: string): Figure {
  return codedFigure(table, row.key, column);
}

export function itemRows(table: DerivedCodedTable): DerivedCodedRow[] {
  return table.rows.filter((r) => r.level === "item");
}

export function classRows(table: DerivedCodedTable): DerivedCodedRow[] {
  return table.rows.filter((r) => r.level === "class");
}

/** The 类 and 款 names a 项 row sits under, from the same table. */
export function parentNames(table: DerivedCodedTable, code: string): { className: string; sectionName: string } {
  const name = (key: string) => table.rows.find((r) => r.key === key)?.name ?? "";
  return { className: name(code.slice(0, 3)), sectionName: name(code.slice(0, 5)) };
}

/** 公开09 by column key ("actual.abroad", "budget.total"). */
export function threePublicFigure(table: DerivedSingleRowTable, key: string): Figure {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new RangeError(`t09 has no column ${key}`);
  return { fen: table.cells[index].fen ?? 0n, source: `t09.${key}` };
}

export function personnelTotal(report: DerivedReport): Figure {
  return { fen: report.tables.t06.personnelTotal.cell.fen ?? 0n, source: "t06.personnelTotal" };
}

export function publicTotal(report: DerivedReport): Figure {
  return { fen: report.tables.t06.publicTotal.cell.fen ?? 0n, source: "t06.publicTotal" };
}

/** Names of the non-zero 公开06 items of 人员经费 or 公用经费, in code order (section 六's lists). */
export function economicItemNames(report: DerivedReport, template: ReportTemplate, group: "personnel" | "public"): string[] {
  const classCodes = template.tables.t06.classes.filter((c) => c.group === group).map((c) => c.code);
  const rows = report.tables.t06.blocks.flatMap((b) => b.rows);
  return rows
    .filter((r) => r.level === "item" && classCodes.includes(r.code.slice(0, 3)) && (r.cell.fen ?? 0n) !== 0n)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => r.name);
}
