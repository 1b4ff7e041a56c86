/**
 * 公开04 财政拨款收入支出决算总表: the 财政拨款 income and opening balances staff enter, beside
 * each fund's spending summed from 公开05/07/08, and the closing balance that follows.
 */
import type { Fen } from "../money";
import { columnTotal } from "./derive-coded";
import { FUND_TABLES, fiscalAddress, reportUnknownCategories, sumFunds, type Derivation } from "./derive-context";
import { buildFixedTable, derived, input } from "./derive-fixed-lines";
import type { DerivedCell, DerivedFixedTable } from "./report";
import { FUNDS, type FixedLineRole, type Fund } from "./types";

export function deriveT04(d: Derivation): DerivedFixedTable {
  const spec = d.template.tables.t04;
  const { fiscalIncome, fiscalOpening } = d;
  const spent = {} as Record<Fund, Fen>;
  const closing = {} as Record<Fund, Fen>;
  for (const f of FUNDS) {
    const result = d.coded(FUND_TABLES[f]);
    spent[f] = columnTotal(result, null, "total");
    closing[f] = (fiscalOpening[f] ?? 0n) + (fiscalIncome[f] ?? 0n) - spent[f];
    reportUnknownCategories(d, "t04", spec.number, result);
  }
  const incomeLine = (role: FixedLineRole): DerivedCell | null => {
    const [base, fund] = role.split(":") as [string, Fund | undefined];
    if (role === "total") return derived(sumFunds(fiscalIncome));
    if (role === "openingBalance") return derived(sumFunds(fiscalOpening));
    if (role === "grandTotal") return derived(sumFunds(fiscalIncome) + sumFunds(fiscalOpening));
    if (base === "fund" && fund) return input(fiscalIncome[fund], fiscalAddress("income", fund));
    if (base === "openingBalance" && fund) return input(fiscalOpening[fund], fiscalAddress("opening", fund));
    return null;
  };
  const expenditureFunds = (key: string): Record<Fund, Fen> | null => {
    if (key === "total") return spent;
    if (key === "closingBalance") return closing;
    if (key === "grandTotal") return mapFunds((f) => spent[f] + closing[f]);
    if (d.categoryNames.has(key)) return mapFunds((f) => columnTotal(d.coded(FUND_TABLES[f]), key, "total"));
    return null;
  };
  return buildFixedTable(d.template, spec, incomeLine, (key) => {
    const funds = expenditureFunds(key);
    return funds && { funds };
  });
}

function mapFunds(f: (fund: Fund) => Fen): Record<Fund, Fen> {
  return { gp: f("gp"), gf: f("gf"), soe: f("soe") };
}
