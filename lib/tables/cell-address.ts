/**
 * The one address format the UI, the save payload and the rule messages use to point at an
 * input cell, and the code shapes its rows use.
 */
import type { TableKey } from "./types";

/**
 * An input cell: `{ table: "t03", row: "2010301", column: "basic" }`.
 * Rows: 7-digit 项 code (02/03/05/07/08), 5-digit economic code (06), a key of
 * FIXED_INPUT_ROWS (01/04), "budget" | "actual" (09). Columns: the input field, or "amount".
 */
export interface InputCellAddress {
  readonly table: TableKey;
  readonly row: string;
  readonly column: string;
}

/** "t03:2010301:basic" — for URLs, DOM ids and map keys. */
export function formatCellAddress(address: InputCellAddress): string {
  return `${address.table}:${address.row}:${address.column}`;
}

export function parseCellAddress(text: string): InputCellAddress | null {
  const [table, row, column, ...rest] = text.split(":");
  if (rest.length > 0 || !row || !column || !isTableKey(table)) return null;
  return { table, row, column };
}

export function isTableKey(value: unknown): value is TableKey {
  return typeof value === "string" && /^t0[1-9]$/.test(value);
}

export const ITEM_CODE = /^\d{7}$/;
export const ECONOMIC_ITEM_CODE = /^\d{5}$/;
