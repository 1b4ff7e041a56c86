/**
 * What staff enter (everything else is derived), and the one address format the UI, the
 * save payload and the rule messages use to point at an input cell.
 */
import type { Fen } from "../money";
import type { CodedInputGroup, CodedTableKey, Fund, ReportTemplate, TableKey } from "./types";

export interface IncomeInputs {
  fiscal?: Fen;
  superior?: Fen;
  business?: Fen;
  operating?: Fen;
  affiliated?: Fen;
  other?: Fen;
}

export interface ExpenditureInputs {
  basic?: Fen;
  project?: Fen;
  toSuperior?: Fen;
  operating?: Fen;
  toAffiliated?: Fen;
}

/** 一般公共预算 (公开05) and 国有资本经营 (公开08) spending of one 项. */
export interface FundSpendingInputs {
  basic?: Fen;
  project?: Fen;
}

export interface GovFundInputs {
  opening?: Fen;
  income?: Fen;
  basic?: Fen;
  project?: Fen;
}

export interface FiscalInputs {
  gpIncome?: Fen;
  gfIncome?: Fen;
  soeIncome?: Fen;
  openingGp?: Fen;
  openingGf?: Fen;
  openingSoe?: Fen;
}

export interface BalanceInputs {
  nonFiscalBalanceUsed?: Fen;
  /** The non-fiscal part of 公开01 line 29; the fiscal part is 公开04 line 28. */
  nonFiscalOpening?: Fen;
  surplusDistribution?: Fen;
}

export interface ThreePublicInputs {
  abroad?: Fen;
  vehiclePurchase?: Fen;
  vehicleOps?: Fen;
  reception?: Fen;
}

/** Amounts in 分; an absent key is a blank cell. Coded groups are keyed by 7-digit 项 code. */
export interface ReportInputs {
  income: Record<string, IncomeInputs>;
  expenditure: Record<string, ExpenditureInputs>;
  gp: Record<string, FundSpendingInputs>;
  gf: Record<string, GovFundInputs>;
  soe: Record<string, FundSpendingInputs>;
  fiscal: FiscalInputs;
  balances: BalanceInputs;
  /** 一般公共预算财政拨款基本支出 by 5-digit economic code (公开06). */
  basicByEconomic: Record<string, Fen>;
  threePublic: { budget: ThreePublicInputs; actual: ThreePublicInputs };
}

export type InputGroup = keyof ReportInputs;

export function emptyInputs(): ReportInputs {
  return {
    income: {},
    expenditure: {},
    gp: {},
    gf: {},
    soe: {},
    fiscal: {},
    balances: {},
    basicByEconomic: {},
    threePublic: { budget: {}, actual: {} },
  };
}

/** The UI saves one table at a time; this is the part of the inputs each table owns. */
export const TABLE_INPUT_GROUP: Readonly<Record<TableKey, InputGroup>> = {
  t01: "balances",
  t02: "income",
  t03: "expenditure",
  t04: "fiscal",
  t05: "gp",
  t06: "basicByEconomic",
  t07: "gf",
  t08: "soe",
  t09: "threePublic",
};

export const CODED_INPUT_FIELDS: Readonly<Record<CodedInputGroup, readonly string[]>> = {
  income: ["fiscal", "superior", "business", "operating", "affiliated", "other"],
  expenditure: ["basic", "project", "toSuperior", "operating", "toAffiliated"],
  gp: ["basic", "project"],
  gf: ["opening", "income", "basic", "project"],
  soe: ["basic", "project"],
};

/** Input rows of the tables whose rows are not subject codes, with the label the editor shows. */
export const FIXED_INPUT_ROWS = {
  t01: {
    nonFiscalBalanceUsed: "使用非财政拨款结余(含专用结余)",
    nonFiscalOpening: "年初结转和结余（非财政拨款部分）",
    surplusDistribution: "结余分配",
  },
  t04: {
    gpIncome: "一般公共预算财政拨款收入",
    gfIncome: "政府性基金预算财政拨款收入",
    soeIncome: "国有资本经营预算财政拨款收入",
    openingGp: "年初财政拨款结转和结余：一般公共预算财政拨款",
    openingGf: "年初财政拨款结转和结余：政府性基金预算财政拨款",
    openingSoe: "年初财政拨款结转和结余：国有资本经营预算财政拨款",
  },
} as const satisfies Record<"t01" | "t04", Record<string, string>>;

/** Where each fund's 财政拨款 income and opening balance are entered (公开04 lines 1–3, 29–31). */
export const FISCAL_FIELDS: Readonly<Record<Fund, { readonly income: keyof FiscalInputs; readonly opening: keyof FiscalInputs }>> = {
  gp: { income: "gpIncome", opening: "openingGp" },
  gf: { income: "gfIncome", opening: "openingGf" },
  soe: { income: "soeIncome", opening: "openingSoe" },
};

/** The column key of single-amount input cells (公开01, 公开04, 公开06). */
export const AMOUNT_COLUMN = "amount";
export const THREE_PUBLIC_ROWS = ["budget", "actual"] as const;
export const THREE_PUBLIC_FIELDS = ["abroad", "vehiclePurchase", "vehicleOps", "reception"] as const;

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

export type InputCellCheck = { ok: true } | { ok: false; message: string };

const derivedMessage = (label: string) => `「${label}」为自动计算单元格，不能直接填写`;

/** Whether (row, column) is a cell staff may fill in this table, with the reason when not. */
export function checkInputCell(
  template: ReportTemplate,
  table: TableKey,
  row: string,
  column: string,
): InputCellCheck {
  const spec = template.tables[table];
  switch (spec.kind) {
    case "coded": {
      if (row === "合计") return { ok: false, message: derivedMessage("合计") };
      if (/^\d{3}$|^\d{5}$/.test(row)) {
        return { ok: false, message: `「${row}」为类、款汇总行，自动计算，不能直接填写` };
      }
      if (!ITEM_CODE.test(row)) return { ok: false, message: `科目编码「${row}」应为7位项级科目编码` };
      const col = spec.columns.find((c) => c.key === column);
      if (!col) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      return col.source.kind === "input" ? { ok: true } : { ok: false, message: derivedMessage(col.title) };
    }
    case "fixed": {
      if (column !== AMOUNT_COLUMN) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      if (Object.hasOwn(FIXED_INPUT_ROWS[spec.key], row)) return { ok: true };
      const line = [...spec.income, ...spec.expenditure].find((l) => "role" in l && l.role === row);
      if (line && "label" in line) return { ok: false, message: derivedMessage(line.label) };
      return { ok: false, message: `${spec.number}没有可填写的「${row}」行` };
    }
    case "economic": {
      const cls = spec.classes.find((c) => c.code === row);
      if (cls) return { ok: false, message: derivedMessage(`${cls.code} ${cls.name}`) };
      if (column !== AMOUNT_COLUMN) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      const known = spec.classes.some((c) => c.items.some((i) => i.code === row));
      return known ? { ok: true } : { ok: false, message: `经济分类科目「${row}」不在${spec.number}的科目列表中` };
    }
    case "single": {
      if (!(THREE_PUBLIC_ROWS as readonly string[]).includes(row)) {
        return { ok: false, message: `${spec.number}没有「${row}」行，应为预算数（budget）或决算数（actual）` };
      }
      const col = spec.columns.find((c) => c.key === `${row}.${column}`);
      if (!col) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      return col.source.kind === "input" ? { ok: true } : { ok: false, message: derivedMessage(col.title) };
    }
  }
}

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
