/**
 * How a rule records one comparison, and how a failed one is told to a person: which table,
 * row and column, both values and the difference, in Chinese.
 */
import { formatScaled, formatYuan, TABLE_NUMBER_STYLE } from "../money";
import type { InputCellAddress } from "../tables/inputs";
import type { CodedTableKey, ColumnSpec, TableKey } from "../tables/types";
import type { NumericView, Scale, ViewRow } from "./view";

export type Severity = "error" | "warning";

export interface RowRef {
  readonly label: string;
  /** Subject or economic code, on coded rows. */
  readonly code?: string;
  /** 行次, on 公开01/04 lines. */
  readonly line?: number | null;
}

export interface ColumnRef {
  readonly label: string;
  /** 栏次 */
  readonly number?: number;
}

export interface RuleResult {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly passed: boolean;
  readonly table: TableKey;
  readonly row: RowRef;
  readonly column: ColumnRef | null;
  /** In the view's scale: 分 (exact mode) or 0.01 万元 (published figures). */
  readonly expected: bigint;
  readonly actual: bigint;
  /** actual − expected */
  readonly difference: bigint;
  readonly scale: Scale;
  /** The rounding allowance applied: 0 on exact data, 0.01 万元 per added term on published data. */
  readonly tolerance: bigint;
  readonly message: string;
  /** The input cell to fix, when one can be located. */
  readonly address?: InputCellAddress;
}

export interface CellTarget {
  readonly table: TableKey;
  readonly row: RowRef;
  readonly column: ColumnRef | null;
  readonly value: bigint | null;
  readonly address?: InputCellAddress;
}

export interface Comparison {
  readonly target: CellTarget;
  readonly expected: bigint;
  /** How many non-blank rounded figures make up `expected` (sets the tolerance). */
  readonly terms: number;
  /** "应等于第2–6栏之和" */
  readonly relation: string;
  /** What `expected` is called in the message: "各栏合计". */
  readonly expectedLabel: string;
  /** eq (default), ge: actual ≥ expected, le: actual ≤ expected. */
  readonly op?: "eq" | "ge" | "le";
}

export interface RuleContext {
  readonly view: NumericView;
  compare(comparison: Comparison): void;
}

export const TABLE_NUMBERS: Readonly<Record<TableKey, string>> = {
  t01: "公开01表",
  t02: "公开02表",
  t03: "公开03表",
  t04: "公开04表",
  t05: "公开05表",
  t06: "公开06表",
  t07: "公开07表",
  t08: "公开08表",
  t09: "公开09表",
};

export function formatAmount(value: bigint, scale: Scale): string {
  return scale === "fen" ? `${formatYuan(value)} 元` : `${formatScaled(value, 2, TABLE_NUMBER_STYLE)} 万元`;
}

export function describeRow(row: RowRef): string {
  if (row.line !== undefined && row.line !== null) return `第${row.line}行「${row.label}」`;
  if (row.code) return `${row.code}「${row.label}」`;
  return `「${row.label}」行`;
}

/** The table's printed number in the report's template ("公开05表", 上海 "表五"). */
export function tableNumber(view: NumericView, table: TableKey): string {
  return view.template.tables[table].number;
}

export function describeCell(tableNo: string, row: RowRef, column: ColumnRef | null): string {
  const col = !column ? "" : column.number === undefined ? ` 「${column.label}」栏` : ` 第${column.number}栏「${column.label}」`;
  return `${tableNo} ${describeRow(row)}${col}`;
}

export function buildResult(
  view: NumericView,
  ruleId: string,
  severity: Severity,
  scale: Scale,
  c: Comparison,
  actual: bigint,
  tolerance: bigint,
  passed: boolean,
): RuleResult {
  const { target } = c;
  const difference = actual - c.expected;
  const gap = difference < 0n ? -difference : difference;
  const actualLabel = target.column?.label ?? target.row.label;
  const allowance = tolerance > 0n && !passed ? `（已允许尾数误差 ±${formatAmount(tolerance, scale)}）` : "";
  const message =
    `${describeCell(tableNumber(view, target.table), target.row, target.column)}${c.relation}：` +
    `${actualLabel} ${formatAmount(actual, scale)}，${c.expectedLabel} ${formatAmount(c.expected, scale)}，` +
    `相差 ${formatAmount(gap, scale)}${allowance}`;
  return {
    ruleId,
    severity,
    passed,
    table: target.table,
    row: target.row,
    column: target.column,
    expected: c.expected,
    actual,
    difference,
    scale,
    tolerance,
    message,
    ...(target.address ? { address: target.address } : {}),
  };
}

// ---- small readers shared by the rules ----

export function sumValues(values: readonly (bigint | null | undefined)[]): { sum: bigint; terms: number } {
  let sum = 0n;
  let terms = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    sum += v;
    terms++;
  }
  return { sum, terms };
}

export function columnRef(column: ColumnSpec | undefined): ColumnRef | null {
  return column ? { label: column.title, number: column.number } : null;
}

export function codedColumn(view: NumericView, table: CodedTableKey, key: string): ColumnSpec | undefined {
  return view.template.tables[table].columns.find((c) => c.key === key);
}

export function rowRef(row: ViewRow): RowRef {
  return row.code === null ? { label: row.name || "合计" } : { label: row.name, code: row.code };
}

const indexes = new WeakMap<object, Map<string, ViewRow>>();

/** Rows of a coded table by code, "合计" for the total row; built once per view. */
export function rowsByCode(view: NumericView, table: CodedTableKey): ReadonlyMap<string, ViewRow> {
  const rows = view[table].rows;
  let index = indexes.get(rows);
  if (!index) {
    index = new Map(rows.map((r) => [r.code ?? "合计", r]));
    indexes.set(rows, index);
  }
  return index;
}

/** "第2–6栏" style lists: runs of three or more collapse to a range. */
export function numberList(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts.join("、");
}
