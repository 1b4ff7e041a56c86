/**
 * What every table family needs while one report is derived: the inputs, subject names,
 * the issue list, the coded tables (derived once, read by 公开01/04), and each fund's
 * 财政拨款 income and opening balance.
 */
import type { Fen } from "../money";
import type { InputCellAddress } from "./cell-address";
import { deriveCoded, type CodedResult } from "./derive-coded";
import type { DeriveIssue } from "./report";
import { FISCAL_FIELDS, type ReportInputs } from "./report-inputs";
import type { CodedTableKey, Fund, ReportTemplate, TableKey } from "./types";
import { FUNDS } from "./types";

/** Function-subject names by 3/5/7-digit code, from the year's catalog. */
export type SubjectNames = ReadonlyMap<string, string>;

export type IssueSink = (table: TableKey, code: string, message: string) => void;

export interface Derivation {
  readonly template: ReportTemplate;
  readonly inputs: ReportInputs;
  readonly issues: DeriveIssue[];
  /** Records an issue once per table and code. */
  readonly issue: IssueSink;
  /** The template's 类 names by code: the categories 公开01/04 print as lines. */
  readonly categoryNames: ReadonlyMap<string, string>;
  coded(key: CodedTableKey): CodedResult;
  readonly fiscalIncome: Readonly<Record<Fund, Fen | undefined>>;
  readonly fiscalOpening: Readonly<Record<Fund, Fen | undefined>>;
}

export function createDerivation(template: ReportTemplate, names: SubjectNames, inputs: ReportInputs): Derivation {
  const issues: DeriveIssue[] = [];
  const reported = new Set<string>();
  const issue: IssueSink = (table, code, message) => {
    if (reported.has(`${table}:${code}`)) return;
    reported.add(`${table}:${code}`);
    issues.push({ table, code, message });
  };
  const categoryNames = new Map(template.categories.map((c) => [c.code, c.name]));
  const subjectName = (table: TableKey, code: string): string => {
    const name = names.get(code) ?? (code.length === 3 ? categoryNames.get(code) : undefined);
    if (name !== undefined) return name;
    issue(table, code, `科目「${code}」在本年度功能分类科目中找不到名称`);
    return "";
  };

  const codedCache = new Map<CodedTableKey, CodedResult>();
  const coded = (key: CodedTableKey): CodedResult => {
    let result = codedCache.get(key);
    if (!result) {
      result = deriveCoded(template.tables[key], inputs, subjectName, issue);
      codedCache.set(key, result);
    }
    return result;
  };

  const fiscal = (kind: "income" | "opening"): Record<Fund, Fen | undefined> => ({
    gp: inputs.fiscal[FISCAL_FIELDS.gp[kind]],
    gf: inputs.fiscal[FISCAL_FIELDS.gf[kind]],
    soe: inputs.fiscal[FISCAL_FIELDS.soe[kind]],
  });
  return {
    template,
    inputs,
    issues,
    issue,
    categoryNames,
    coded,
    fiscalIncome: fiscal("income"),
    fiscalOpening: fiscal("opening"),
  };
}

/** The 公开04 input cell where a fund's income or opening balance is entered. */
export function fiscalAddress(kind: "income" | "opening", fund: Fund): InputCellAddress {
  return { table: "t04", row: FISCAL_FIELDS[fund][kind], column: "amount" };
}

export function sumFunds(values: Readonly<Record<Fund, Fen | undefined>>): Fen {
  return FUNDS.reduce((s, f) => s + (values[f] ?? 0n), 0n);
}

/** The coded table that details each fund's spending (公开04's expenditure columns). */
export const FUND_TABLES: Readonly<Record<Fund, CodedTableKey>> = { gp: "t05", gf: "t07", soe: "t08" };

/** Issue for a coded table's 类 that is not one of the template's categories. */
export function reportUnknownCategories(d: Derivation, table: "t01" | "t04", number: string, result: CodedResult): void {
  for (const code of result.classTotals.keys()) {
    if (!d.categoryNames.has(code)) d.issue(table, code, `支出功能分类「${code}」不是本模板的类级科目，无法列入${number}`);
  }
}
