/**
 * What staff enter (everything else is derived): the input groups of a report, which table
 * owns which group, and the fixed rows and fields of each. Amounts are 分.
 */
import type { Fen } from "../money";
import type { CodedInputGroup, Fund, TableKey } from "./types";

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
  /** 山东 prints 本年支出 only; 上海 adds 年初结转和结余 and 本年收入 as 政府性基金 does. */
  soe: Record<string, GovFundInputs>;
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
  soe: ["opening", "income", "basic", "project"],
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
