/**
 * 公开01 收入支出决算总表: income from 公开04 (财政拨款) and 公开02 (other sources), spending by
 * 类 from 公开03, and the balances staff enter on 公开01 itself.
 */
import { columnTotal } from "./derive-coded";
import { fiscalAddress, reportUnknownCategories, sumFunds, type Derivation } from "./derive-context";
import { buildFixedTable, copied, derived, input, type LineAmount } from "./derive-fixed-lines";
import type { DerivedCell, DerivedFixedTable } from "./report";
import type { FixedLineRole, Fund, SourceRole } from "./types";

const SOURCE_ROLES: readonly SourceRole[] = ["source:superior", "source:business", "source:operating", "source:affiliated", "source:other"];

export function deriveT01(d: Derivation): DerivedFixedTable {
  const spec = d.template.tables.t01;
  const { fiscalIncome, fiscalOpening } = d;
  const t02 = d.coded("t02");
  const t03 = d.coded("t03");
  reportUnknownCategories(d, "t01", spec.number, t03);
  const balances = d.inputs.balances;
  const incomeTotal =
    sumFunds(fiscalIncome) +
    SOURCE_ROLES.reduce((s, role) => s + columnTotal(t02, null, role.slice("source:".length)), 0n);
  const opening = sumFunds(fiscalOpening) + (balances.nonFiscalOpening ?? 0n);
  const incomeGrandTotal = incomeTotal + (balances.nonFiscalBalanceUsed ?? 0n) + opening;
  const spent = columnTotal(t03, null, "total");
  const closing = incomeGrandTotal - spent - (balances.surplusDistribution ?? 0n);
  const t01Input = (row: "nonFiscalBalanceUsed" | "surplusDistribution") =>
    input(balances[row], { table: "t01", row, column: "amount" });

  const incomeLine = (role: FixedLineRole): DerivedCell | null => {
    const [base, detail] = role.split(":");
    if (base === "fund") return copied(fiscalIncome[detail as Fund] ?? 0n, fiscalAddress("income", detail as Fund));
    if (base === "source") return derived(columnTotal(t02, null, detail));
    if (role === "openingBalance") return derived(opening);
    if (base === "openingBalance") return copied(fiscalOpening[detail as Fund] ?? 0n, fiscalAddress("opening", detail as Fund));
    if (role === "total") return derived(incomeTotal);
    if (role === "nonFiscalBalanceUsed") return t01Input(role);
    if (role === "grandTotal") return derived(incomeGrandTotal);
    return null;
  };
  const expenditureLine = (key: string): LineAmount | null => {
    if (d.categoryNames.has(key)) return { amount: derived(columnTotal(t03, key, "total")) };
    if (key === "total") return { amount: derived(spent) };
    if (key === "surplusDistribution") return { amount: t01Input(key) };
    if (key === "closingBalance") return { amount: derived(closing) };
    if (key === "grandTotal") return { amount: derived(spent + (balances.surplusDistribution ?? 0n) + closing) };
    return null;
  };
  return buildFixedTable(d.template, spec, incomeLine, expenditureLine);
}
