/**
 * Column formulas of a template table, compiled once into index form so that evaluating a
 * row on every keystroke is a few bigint additions.
 */
import type { Fen } from "../money";
import type { ColumnSpec } from "./types";

export interface FormulaTerms {
  readonly plus: readonly number[];
  readonly minus: readonly number[];
}

export interface ColumnPlan {
  readonly columns: readonly ColumnSpec[];
  readonly index: ReadonlyMap<string, number>;
  /** Formula columns in dependency order (a 合计 may name a 小计 printed after it). */
  readonly formulaOrder: readonly number[];
  /** Per column: its formula as column indices, or null for a non-formula column. */
  readonly terms: readonly (FormulaTerms | null)[];
}

const plans = new WeakMap<readonly ColumnSpec[], ColumnPlan>();

export function planColumns(columns: readonly ColumnSpec[]): ColumnPlan {
  const cached = plans.get(columns);
  if (cached) return cached;

  const index = new Map(columns.map((c, i) => [c.key, i] as const));
  if (index.size !== columns.length) throw new Error("模板错误：同一张表有重复的栏目键");
  const resolve = (key: string, owner: ColumnSpec) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`模板错误：栏目「${owner.title}」的公式引用了不存在的栏目「${key}」`);
    return i;
  };
  const terms = columns.map((c) =>
    c.source.kind === "formula"
      ? { plus: c.source.plus.map((k) => resolve(k, c)), minus: (c.source.minus ?? []).map((k) => resolve(k, c)) }
      : null,
  );

  const formulaOrder: number[] = [];
  const state = new Array<"new" | "visiting" | "done">(columns.length).fill("new");
  const visit = (i: number) => {
    if (state[i] === "done") return;
    if (state[i] === "visiting") throw new Error(`模板错误：栏目「${columns[i].title}」的公式循环引用`);
    state[i] = "visiting";
    const t = terms[i];
    if (t) [...t.plus, ...t.minus].forEach(visit);
    state[i] = "done";
    if (t) formulaOrder.push(i);
  };
  columns.forEach((_, i) => visit(i));

  const plan: ColumnPlan = { columns, index, formulaOrder, terms };
  plans.set(columns, plan);
  return plan;
}

/**
 * One row's values: non-formula columns come from `read` (null = blank), formula columns are
 * computed, blanks counting as 0. Formula results are never null.
 */
export function evaluateRow(plan: ColumnPlan, read: (column: ColumnSpec) => Fen | null | undefined): (Fen | null)[] {
  const values = plan.columns.map((c, i) => (plan.terms[i] ? null : (read(c) ?? null)));
  for (const i of plan.formulaOrder) {
    const t = plan.terms[i] as FormulaTerms;
    let sum = 0n;
    for (const j of t.plus) sum += values[j] ?? 0n;
    for (const j of t.minus) sum -= values[j] ?? 0n;
    values[i] = sum;
  }
  return values;
}
