import type { Fen } from "@/lib/money";
import { emptyInputs, replaceTableInputs, tableInputCells, type InputCellValue, type ReportInputs } from "@/lib/tables/inputs";
import { CODED_TABLE_KEYS, TABLE_KEYS, type TableKey } from "@/lib/tables/types";

/**
 * How one table's inputs sit in ReportTable.data: `{ cells: [[row, column, "<分>"], …] }`.
 * Amounts are strings of integer 分 — JSON has no bigint and a float would lose 分.
 */
export interface StoredTableData {
  cells: [string, string, string][];
}

export function toStoredTable(cells: readonly InputCellValue[]): StoredTableData {
  return { cells: cells.map((c) => [c.row, c.column, c.fen.toString()]) };
}

export function fromStoredTable(data: unknown): InputCellValue[] {
  const cells = (data as Partial<StoredTableData> | null)?.cells;
  if (!Array.isArray(cells)) return [];
  const out: InputCellValue[] = [];
  for (const c of cells) {
    if (Array.isArray(c) && typeof c[0] === "string" && typeof c[1] === "string" && typeof c[2] === "string" && /^-?\d+$/.test(c[2])) {
      out.push({ row: c[0], column: c[1], fen: BigInt(c[2]) as Fen });
    }
  }
  return out;
}

/** Rebuilds a report's inputs from its stored tables (missing tables are blank). */
export function inputsFromTables(tables: readonly { tableKey: string; data: unknown }[]): ReportInputs {
  let inputs = emptyInputs();
  for (const t of tables) {
    if ((TABLE_KEYS as readonly string[]).includes(t.tableKey)) inputs = replaceTableInputs(inputs, t.tableKey as TableKey, fromStoredTable(t.data));
  }
  return inputs;
}

/**
 * Function subject codes a table uses, with their 类 and 款, so that none of them can be
 * deleted from the year's catalog while a report uses it.
 */
export function usedFunctionCodes(table: TableKey, cells: readonly InputCellValue[]): string[] {
  if (!(CODED_TABLE_KEYS as readonly string[]).includes(table)) return [];
  const codes = new Set<string>();
  for (const c of cells) {
    codes.add(c.row);
    codes.add(c.row.slice(0, 5));
    codes.add(c.row.slice(0, 3));
  }
  return [...codes].sort();
}

/** Everything a table stores, ready for Prisma. */
export function tableRecord(inputs: ReportInputs, table: TableKey) {
  const cells = tableInputCells(inputs, table);
  return { data: toStoredTable(cells) as unknown as object, usedCodes: usedFunctionCodes(table, cells) };
}
