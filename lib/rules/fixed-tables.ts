/**
 * Rules within and between the two fixed-line tables, 公开01 (all funds) and 公开04
 * (财政拨款 only): totals, balances, and the fund lines they share.
 */
import { FUNDS, type FixedTableKey, type Fund } from "../tables/types";
import { tableRule } from "./definition";
import { columnRef, numberList, sumValues, tableNumber, type CellTarget, type RuleContext } from "./context";
import { inputAddressOf, type NumericView, type ViewLine } from "./view";

export type Side = "income" | "expenditure";

export function lineOf(view: NumericView, table: FixedTableKey, side: Side, key: string): ViewLine | undefined {
  return view[table][side].get(key);
}

/** The column of a fund in 公开04's expenditure half ("gp" → 栏3), or the single amount column. */
export function fundColumnKey(view: NumericView, table: FixedTableKey, fund: Fund | null): string | undefined {
  const columns = view.template.tables[table].expenditureColumns;
  if (fund === null) return columns.find((c) => c.source.kind !== "fund")?.key;
  return columns.find((c) => c.source.kind === "fund" && c.source.fund === fund)?.key;
}

export function lineTarget(
  view: NumericView,
  table: FixedTableKey,
  side: Side,
  key: string,
  column = "amount",
): CellTarget | undefined {
  const line = lineOf(view, table, side, key);
  if (!line) return undefined;
  const spec = view.template.tables[table];
  const columns = side === "income" ? [spec.incomeColumn] : spec.expenditureColumns;
  return {
    table,
    row: { label: line.label, line: line.line },
    // A single-column half needs no 栏 in its messages.
    column: columns.length > 1 ? columnRef(columns.find((c) => c.key === column)) : null,
    value: line.values[column] ?? null,
    address: inputAddressOf(view.template, table, key, column),
  };
}

/** "第1–8行" when the template numbers its lines, the labels otherwise (Shanghai prints no 行次). */
export function linesText(lines: readonly ViewLine[]): string {
  if (lines.length > 0 && lines.every((l) => l.line !== null)) return `第${numberList(lines.map((l) => l.line as number))}行`;
  return lines.map((l) => `「${l.label}」`).join("、");
}

export function lineRefText(view: NumericView, table: FixedTableKey, line: ViewLine): string {
  const where = line.line === null ? "" : `第${line.line}行`;
  return `${tableNumber(view, table)}${where}「${line.label}」`;
}

function present(view: NumericView, table: FixedTableKey, side: Side, keys: readonly string[]): ViewLine[] {
  return keys.map((k) => lineOf(view, table, side, k)).filter((l): l is ViewLine => l !== undefined);
}

/** target = Σ parts, on lines of one half; silently skipped when the template lacks the target line. */
function lineSum(
  ctx: RuleContext,
  table: FixedTableKey,
  side: Side,
  targetKey: string,
  partKeys: readonly string[],
  expectedLabel: string,
  column = "amount",
): void {
  const target = lineTarget(ctx.view, table, side, targetKey, column);
  if (!target) return;
  const parts = present(ctx.view, table, side, partKeys);
  const { sum, terms } = sumValues(parts.map((l) => l.values[column]));
  ctx.compare({ target, expected: sum, terms, relation: `应等于${linesText(parts)}之和`, expectedLabel });
}

const categoryKeys = (view: NumericView) => view.template.categories.map((c) => c.code);
const incomeSourceKeys = (view: NumericView, table: FixedTableKey) =>
  [...view[table].income.keys()].filter((k) => k.startsWith("fund:") || k.startsWith("source:"));

// Rule 01a: 公开01's 本年收入合计 is the sum of its fund and source lines.
export const rule01a = tableRule("01a", "error", "公开01表本年收入合计等于各项收入之和", (ctx: RuleContext): void => {
  lineSum(ctx, "t01", "income", "total", incomeSourceKeys(ctx.view, "t01"), "各项收入合计");
});

// Rule 01b: 公开01's 本年支出合计 is the sum of its category lines.
export const rule01b = tableRule("01b", "error", "公开01表本年支出合计等于各类支出之和", (ctx: RuleContext): void => {
  lineSum(ctx, "t01", "expenditure", "total", categoryKeys(ctx.view), "各类支出合计");
});

// Rule 01c: both 总计 lines of 公开01 add up, and 收入总计 = 支出总计.
export const rule01c = tableRule("01c", "error", "公开01表收入总计、支出总计平衡", (ctx: RuleContext): void => {
  lineSum(ctx, "t01", "income", "grandTotal", ["total", "nonFiscalBalanceUsed", "openingBalance"], "收入各项合计");
  lineSum(ctx, "t01", "expenditure", "grandTotal", ["total", "surplusDistribution", "closingBalance"], "支出各项合计");
  balanceTotals(ctx, "t01", "amount");
});

/** 收入总计 = 支出总计 */
function balanceTotals(ctx: RuleContext, table: FixedTableKey, expenditureColumn: string): void {
  const target = lineTarget(ctx.view, table, "income", "grandTotal");
  const other = lineOf(ctx.view, table, "expenditure", "grandTotal");
  if (!target || !other) return;
  const value = other.values[expenditureColumn] ?? null;
  ctx.compare({
    target,
    expected: value ?? 0n,
    terms: value === null ? 0 : 1,
    relation: `应等于支出方${other.line === null ? "" : `第${other.line}行`}「${other.label}」`,
    expectedLabel: "支出总计",
  });
}

// Rule 01d: 年末结转和结余 below zero means more was spent than there was (本年收入 + 年初结转和结余):
// a pasted row in the wrong columns or a missing income. No real balance is negative, so it is an error.
export const rule01d = tableRule("01d", "error", "公开01表年末结转和结余不为负数（支出不超过收入与年初结转和结余之和）", (ctx: RuleContext): void => {
  nonNegative(ctx, "t01", "amount");
});

// Rule 01e: a report without any income is not finished — every budget unit has 本年收入 — so an
// empty report says what is missing instead of passing every rule trivially.
export const rule01e = tableRule("01e", "error", "公开01表本年收入合计大于零（报表已填写）", (ctx: RuleContext): void => {
  const target = lineTarget(ctx.view, "t01", "income", "total");
  if (!target) return;
  ctx.compare({ target, expected: 1n, terms: 0, relation: "应大于零——报表还没有本年收入，请先在公开02表填写各项收入（公开01表由系统汇总）", expectedLabel: "至少", op: "ge" });
});

function nonNegative(ctx: RuleContext, table: FixedTableKey, column: string): void {
  const target = lineTarget(ctx.view, table, "expenditure", "closingBalance", column);
  if (!target) return;
  ctx.compare({ target, expected: 0n, terms: 0, relation: "不应为负数", expectedLabel: "下限", op: "ge" });
}

// Rule 04a: 公开04表各行各栏合计关系; plus the column formulas tagged 04a (formulas.ts).
export const rule04a = tableRule("04a", "error", "公开04表各行各栏合计关系", (ctx: RuleContext): void => {
  const { view } = ctx;
  lineSum(ctx, "t04", "income", "total", FUNDS.map((f) => `fund:${f}`), "各项财政拨款收入合计");
  lineSum(ctx, "t04", "income", "openingBalance", FUNDS.map((f) => `openingBalance:${f}`), "分资金年初结转和结余合计");
  lineSum(ctx, "t04", "income", "grandTotal", ["total", "openingBalance"], "收入各项合计");
  for (const column of view.template.tables.t04.expenditureColumns) {
    lineSum(ctx, "t04", "expenditure", "total", categoryKeys(view), "各类支出合计", column.key);
    lineSum(ctx, "t04", "expenditure", "grandTotal", ["total", "closingBalance"], "支出各项合计", column.key);
  }
  const totalColumn = fundColumnKey(view, "t04", null);
  if (totalColumn) balanceTotals(ctx, "t04", totalColumn);
});

// Rule 04b: per fund, 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.
export const rule04b = tableRule("04b", "error", "公开04表分资金：年初结转和结余＋本年收入－本年支出＝年末结转和结余", (ctx: RuleContext): void => {
  const { view } = ctx;
  for (const fund of FUNDS) {
    const column = fundColumnKey(view, "t04", fund);
    const target = column && lineTarget(view, "t04", "expenditure", "closingBalance", column);
    if (!column || !target) continue;
    const opening = lineOf(view, "t04", "income", `openingBalance:${fund}`);
    const income = lineOf(view, "t04", "income", `fund:${fund}`);
    const spent = lineOf(view, "t04", "expenditure", "total");
    const added = sumValues([opening?.values.amount, income?.values.amount]);
    const taken = sumValues([spent?.values[column]]);
    const line = (l: ViewLine | undefined) => (l?.line ? `第${l.line}行` : `「${l?.label ?? ""}」`);
    ctx.compare({
      target: { ...target, address: inputAddressOf(view.template, "t04", `openingBalance:${fund}`, "amount") },
      expected: added.sum - taken.sum,
      terms: added.terms + taken.terms,
      relation: `应等于年初结转和结余＋本年收入－本年支出（${line(opening)}＋${line(income)}－${line(spent)}）`,
      expectedLabel: "计算结果",
    });
  }
});

// Rule 04d: per fund, what 01d checks on 公开01: a negative 年末 balance usually means a missing input.
export const rule04d = tableRule("04d", "warning", "公开04表年末财政拨款结转和结余不为负数", (ctx: RuleContext): void => {
  for (const fund of FUNDS) {
    const column = fundColumnKey(ctx.view, "t04", fund);
    if (column) nonNegative(ctx, "t04", column);
  }
});

// Rule 14: 公开01's 财政拨款 lines are 公开04's; its 年初结转和结余 includes 04's fiscal part.
export const rule14 = tableRule("14", "error", "公开01表财政拨款收入、年初结转和结余与公开04表一致", (ctx: RuleContext): void => {
  const { view } = ctx;
  for (const fund of FUNDS) {
    const key = `fund:${fund}`;
    const target = lineTarget(view, "t01", "income", key);
    const source = lineOf(view, "t04", "income", key);
    if (!target || !source) continue;
    const value = source.values.amount ?? null;
    ctx.compare({
      target: { ...target, address: target.address ?? inputAddressOf(view.template, "t04", key, "amount") },
      expected: value ?? 0n,
      terms: value === null ? 0 : 1,
      relation: `应等于${lineRefText(ctx.view, "t04", source)}`,
      expectedLabel: `${tableNumber(ctx.view, "t04")}金额`,
    });
  }
  const target = lineTarget(view, "t01", "income", "openingBalance");
  const fiscal = lineOf(view, "t04", "income", "openingBalance");
  if (target && fiscal) {
    const value = fiscal.values.amount ?? null;
    ctx.compare({
      target,
      expected: value ?? 0n,
      terms: value === null ? 0 : 1,
      relation: `应不小于${lineRefText(ctx.view, "t04", fiscal)}（其中的财政拨款部分）`,
      expectedLabel: `${tableNumber(ctx.view, "t04")}金额`,
      op: "ge",
    });
  }
});
