/**
 * The shape of a disclosure template: what a province/year prints, as data. The derivation
 * engine and the rules read these objects; adding a template never means editing them.
 */
import type { NumberStyle } from "../money";
import type { GradeScale } from "../performance/grades";

export const TABLE_KEYS = ["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];
export type CodedTableKey = "t02" | "t03" | "t05" | "t07" | "t08";
export type FixedTableKey = "t01" | "t04";
export const CODED_TABLE_KEYS: readonly CodedTableKey[] = ["t02", "t03", "t05", "t07", "t08"];

export type Fund = "gp" | "gf" | "soe";
export const FUNDS: readonly Fund[] = ["gp", "gf", "soe"];

/** A 类 of the function classification that 公开01/04 print as a fixed line. */
export interface CategorySpec {
  readonly code: string;
  readonly name: string;
}

/**
 * Where a column's value comes from.
 * - `input`: a field of the row's input record (coded tables, 公开09's `budget.abroad`).
 * - `formula`: plus/minus of other columns of the same row; `ruleId` names the check that
 *   re-verifies it on imported or overridden data.
 * - `line`: the fixed line's own amount (公开01, the income side of 公开04).
 * - `fund`: the fixed line's amount for one fund (公开04 expenditure columns 3–5).
 */
export type ColumnSource =
  | { readonly kind: "input"; readonly field: string }
  | {
      readonly kind: "formula";
      readonly plus: readonly string[];
      readonly minus?: readonly string[];
      readonly ruleId: string;
    }
  | { readonly kind: "line" }
  | { readonly kind: "fund"; readonly fund: Fund };

export interface ColumnSpec {
  /** Stable key: input columns use the input field name, so an address needs no mapping. */
  readonly key: string;
  /** 栏次 as printed. */
  readonly number: number;
  /** Header cells from the top header row down to this column's own label. */
  readonly header: readonly string[];
  /** The column's name in messages ("本年支出合计", "本年支出小计"). */
  readonly title: string;
  readonly source: ColumnSource;
}

export interface TableText {
  /** "公开01表" */
  readonly number: string;
  readonly title: string;
  /** The note printed under a table that has data. */
  readonly note: string;
  /** Printed instead of `note` when the table has no data. */
  readonly emptyNote?: string;
}

export type FundRole = `fund:${Fund}`;
export type SourceRole = "source:superior" | "source:business" | "source:operating" | "source:affiliated" | "source:other";
export type FixedLineRole =
  | FundRole
  | SourceRole
  | "total"
  | "nonFiscalBalanceUsed"
  | "openingBalance"
  | `openingBalance:${Fund}`
  | "grandTotal"
  | "surplusDistribution"
  | "closingBalance";

/** One printed 行次 of 公开01/04. `categories` expands to one line per template category. */
export type FixedLineSpec =
  | { readonly line: number | null; readonly role: FixedLineRole; readonly label: string; readonly ordinal?: number }
  | { readonly line: number | null; readonly blank: true }
  | { readonly categories: true; readonly firstLine: number | null };

export interface FixedTableSpec extends TableText {
  readonly kind: "fixed";
  readonly key: FixedTableKey;
  readonly incomeHeading: string;
  readonly expenditureHeading: string;
  /** The income half prints one amount per line. */
  readonly incomeColumn: ColumnSpec;
  /** One amount per line (公开01), or per fund (公开04). */
  readonly expenditureColumns: readonly ColumnSpec[];
  readonly income: readonly FixedLineSpec[];
  readonly expenditure: readonly FixedLineSpec[];
  /** Whether category lines print their 一、二、… ordinal. */
  readonly categoryOrdinals: boolean;
}

export type CodedInputGroup = "income" | "expenditure" | "gp" | "gf" | "soe";

export interface CodedTableSpec extends TableText {
  readonly kind: "coded";
  readonly key: CodedTableKey;
  readonly inputGroup: CodedInputGroup;
  readonly columns: readonly ColumnSpec[];
}

export interface EconomicItemSpec {
  readonly code: string;
  readonly name: string;
}

export interface EconomicClassSpec {
  readonly code: string;
  readonly name: string;
  /** 人员经费 or 公用经费: which footer total the class counts towards. */
  readonly group: "personnel" | "public";
  readonly items: readonly EconomicItemSpec[];
}

export interface EconomicTableSpec extends TableText {
  readonly kind: "economic";
  readonly key: "t06";
  /** In code order; blocks decide the printed order. */
  readonly classes: readonly EconomicClassSpec[];
  /** The side-by-side printed blocks, each a list of class codes, left to right. */
  readonly blocks: readonly { readonly heading: string; readonly classes: readonly string[] }[];
  readonly personnelTotalLabel: string;
  readonly publicTotalLabel: string;
}

export interface SingleRowTableSpec extends TableText {
  readonly kind: "single";
  readonly key: "t09";
  /** Input fields are written `budget.abroad`: the group, then the field. */
  readonly columns: readonly ColumnSpec[];
  /** Printed as one row of 预算数 beside 决算数 (default), or a 预算数 row over a 决算数 row. */
  readonly layout?: "sideBySide" | "rows";
}

/** 三公 actual column ↔ the 公开06 economic line it must cover (rule 96). */
export interface ThreePublicLink {
  readonly column: string;
  readonly economicCode: string;
}

export interface ReportTemplate {
  readonly id: string;
  readonly name: string;
  readonly amountUnit: "万元";
  readonly tableNumberStyle: NumberStyle;
  readonly narrativeNumberStyle: NumberStyle;
  readonly categories: readonly CategorySpec[];
  readonly tables: {
    readonly t01: FixedTableSpec;
    readonly t02: CodedTableSpec;
    readonly t03: CodedTableSpec;
    readonly t04: FixedTableSpec;
    readonly t05: CodedTableSpec;
    readonly t06: EconomicTableSpec;
    readonly t07: CodedTableSpec;
    readonly t08: CodedTableSpec;
    readonly t09: SingleRowTableSpec;
  };
  /** The order the tables are printed and listed in (上海 prints 三公 before the two funds). */
  readonly tableOrder: readonly TableKey[];
  /** How 绩效 scores are graded in this template's documents. */
  readonly gradeScale: GradeScale;
  readonly threePublicLinks: readonly ThreePublicLink[];
}

export type TableSpec = ReportTemplate["tables"][TableKey];
