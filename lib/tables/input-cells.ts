/**
 * Reading and writing input cells by address: one cell (the editor), a table's filled cells
 * (prefill, save payload), and the full replacement a table save makes.
 */
import type { Fen } from "../money";
import type { InputCellAddress } from "./cell-address";
import {
  AMOUNT_COLUMN,
  CODED_INPUT_FIELDS,
  emptyInputs,
  FIXED_INPUT_ROWS,
  TABLE_INPUT_GROUP,
  THREE_PUBLIC_FIELDS,
  THREE_PUBLIC_ROWS,
  type ReportInputs,
} from "./report-inputs";
import type { CodedInputGroup, CodedTableKey, TableKey } from "./types";

type AmountRecord = Record<string, Fen | undefined>;

function codedGroup(table: CodedTableKey): CodedInputGroup {
  return TABLE_INPUT_GROUP[table] as CodedInputGroup;
}

/** The record holding an address's value, or undefined when that row has no inputs yet. */
function recordOf(inputs: ReportInputs, address: InputCellAddress): AmountRecord | undefined {
  switch (address.table) {
    case "t01":
      return inputs.balances as AmountRecord;
    case "t04":
      return inputs.fiscal as AmountRecord;
    case "t06":
      return inputs.basicByEconomic;
    case "t09":
      return address.row === "budget" || address.row === "actual"
        ? (inputs.threePublic[address.row] as AmountRecord)
        : undefined;
    default: {
      const rows = inputs[codedGroup(address.table)];
      return Object.hasOwn(rows, address.row) ? (rows[address.row] as AmountRecord) : undefined;
    }
  }
}

/** Row and column keys become object keys; "__proto__" would reach the prototype instead. */
function assertPlainKey(key: string): void {
  if (key === "__proto__") throw new RangeError("输入单元格地址不能使用「__proto__」");
}

/** Tables whose rows are single amounts keep the value under the row key. */
function fieldOf(address: InputCellAddress): string {
  return address.table === "t01" || address.table === "t04" || address.table === "t06"
    ? address.row
    : address.column;
}

export function readInputCell(inputs: ReportInputs, address: InputCellAddress): Fen | undefined {
  const record = recordOf(inputs, address);
  const field = fieldOf(address);
  return record && Object.hasOwn(record, field) ? record[field] : undefined;
}

/** Returns new inputs with one cell set (or cleared with `undefined`); the rest is shared. */
export function withInputCell(
  inputs: ReportInputs,
  address: InputCellAddress,
  fen: Fen | undefined,
): ReportInputs {
  assertPlainKey(address.row);
  assertPlainKey(address.column);
  const field = fieldOf(address);
  const update = (record: AmountRecord | undefined): AmountRecord => {
    const next: AmountRecord = { ...record };
    if (fen === undefined) delete next[field];
    else next[field] = fen;
    return next;
  };
  switch (address.table) {
    case "t01":
      return { ...inputs, balances: update(inputs.balances as AmountRecord) };
    case "t04":
      return { ...inputs, fiscal: update(inputs.fiscal as AmountRecord) };
    case "t06":
      return { ...inputs, basicByEconomic: update(inputs.basicByEconomic) as Record<string, Fen> };
    case "t09": {
      const row = address.row === "actual" ? "actual" : "budget";
      return { ...inputs, threePublic: { ...inputs.threePublic, [row]: update(inputs.threePublic[row] as AmountRecord) } };
    }
    default: {
      const group = codedGroup(address.table);
      const rows: Record<string, AmountRecord> = { ...(inputs[group] as Record<string, AmountRecord>) };
      const next = update(rows[address.row]);
      if (Object.keys(next).length === 0) delete rows[address.row];
      else rows[address.row] = next;
      return { ...inputs, [group]: rows };
    }
  }
}

export interface InputCellValue {
  readonly row: string;
  readonly column: string;
  readonly fen: Fen;
}

/** Every filled input cell of one table, e.g. to prefill its editor or build a save payload. */
export function tableInputCells(inputs: ReportInputs, table: TableKey): InputCellValue[] {
  const cells: InputCellValue[] = [];
  const push = (row: string, column: string, fen: Fen | undefined) => {
    if (fen !== undefined) cells.push({ row, column, fen });
  };
  switch (table) {
    case "t01":
    case "t04": {
      const record = (table === "t01" ? inputs.balances : inputs.fiscal) as AmountRecord;
      for (const row of Object.keys(FIXED_INPUT_ROWS[table])) push(row, AMOUNT_COLUMN, record[row]);
      break;
    }
    case "t06":
      for (const [row, fen] of Object.entries(inputs.basicByEconomic)) push(row, AMOUNT_COLUMN, fen);
      break;
    case "t09":
      for (const row of THREE_PUBLIC_ROWS) {
        const record = inputs.threePublic[row] as AmountRecord;
        for (const field of THREE_PUBLIC_FIELDS) push(row, field, record[field]);
      }
      break;
    default: {
      const group = codedGroup(table);
      const rows = inputs[group] as Record<string, AmountRecord>;
      for (const [row, record] of Object.entries(rows)) {
        for (const field of CODED_INPUT_FIELDS[group]) push(row, field, record[field]);
      }
    }
  }
  return cells;
}

/** Replaces a table's whole input slice (a table save is a full replacement). */
export function replaceTableInputs(
  inputs: ReportInputs,
  table: TableKey,
  cells: readonly InputCellValue[],
): ReportInputs {
  // Built in place on a fresh group: applying cells one by one would copy the group per cell.
  const group = TABLE_INPUT_GROUP[table];
  const fresh = emptyInputs();
  const scratch: ReportInputs = { ...inputs, [group]: fresh[group] };
  for (const cell of cells) {
    const address = { table, row: cell.row, column: cell.column };
    assertPlainKey(cell.row);
    assertPlainKey(cell.column);
    if (group === "threePublic" || group === "fiscal" || group === "balances" || group === "basicByEconomic") {
      const record = recordOf(scratch, address);
      if (record) record[fieldOf(address)] = cell.fen;
      continue;
    }
    const rows = scratch[group] as Record<string, AmountRecord>;
    (rows[cell.row] ??= {})[cell.column] = cell.fen;
  }
  return scratch;
}
