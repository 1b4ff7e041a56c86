/**
 * Column formulas declared by the template (02 col1 = Σ cols 2–7, 07 col6 = col1 + col2 − col3,
 * …) checked on every row. Derived data satisfies them by construction; imported or
 * overridden figures may not. A new template's formulas are checked without new rule code.
 */
import { CODED_TABLE_KEYS, type ColumnSpec, type ReportTemplate, type TableKey } from "../tables/types";
import { columnRef, numberList, rowRef, sumValues, type RowRef, type RuleContext } from "./context";
import { tableRule } from "./definition";
import { inputAddressOf, type Values } from "./view";

// Rule 05a: 公开05's 小计 = 基本 + 项目, on every row; the template tags the formula column 05a.
export const rule05a = tableRule("05a", "error", "公开05表本年支出小计等于基本支出与项目支出之和");
// Rule 07a: 公开07's 年末 = 年初 + 收入 − 支出 and 小计 = 基本 + 项目 (formula columns tagged 07a).
export const rule07a = tableRule("07a", "error", "公开07表：年初结转和结余＋本年收入－本年支出＝年末结转和结余，小计＝基本＋项目");
// Rule 08a: 公开08's 小计 = 基本 + 项目 (formula column tagged 08a).
export const rule08a = tableRule("08a", "error", "公开08表本年支出小计等于基本支出与项目支出之和");
// Rule 09a: 公开09's 合计 and 公务用车 小计 (formula columns tagged 09a).
export const rule09a = tableRule("09a", "error", "公开09表合计、小计关系");

/** Rule ids named by the template's formula columns, in table order. */
export function formulaRuleIds(template: ReportTemplate): string[] {
  const ids = new Set<string>();
  for (const columns of formulaColumnSets(template)) {
    for (const c of columns.columns) if (c.source.kind === "formula") ids.add(c.source.ruleId);
  }
  return [...ids];
}

type FormulaTable = Exclude<TableKey, "t06">;

function formulaColumnSets(template: ReportTemplate): { table: FormulaTable; columns: readonly ColumnSpec[] }[] {
  const t = template.tables;
  return [
    { table: "t01", columns: t.t01.expenditureColumns },
    ...CODED_TABLE_KEYS.map((table) => ({ table, columns: t[table].columns })),
    { table: "t04", columns: t.t04.expenditureColumns },
    { table: "t09", columns: t.t09.columns },
  ];
}

interface CompiledFormula {
  readonly column: ColumnSpec;
  readonly plus: readonly ColumnSpec[];
  readonly minus: readonly ColumnSpec[];
  readonly relation: string;
  /** A derived total has no input of its own: messages point at the row's first input term. */
  readonly firstInput: ColumnSpec | undefined;
}

function compile(columns: readonly ColumnSpec[], column: ColumnSpec): CompiledFormula {
  const source = column.source.kind === "formula" ? column.source : { plus: [], minus: [] };
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const pick = (keys: readonly string[] = []) => keys.map((k) => byKey.get(k)).filter((c): c is ColumnSpec => c !== undefined);
  const plus = pick(source.plus);
  const minus = pick(source.minus);
  const relation =
    minus.length === 0
      ? `应等于第${numberList(plus.map((c) => c.number))}栏之和`
      : `应等于${plus.map((c) => `第${c.number}栏`).join("＋")}－${minus.map((c) => `第${c.number}栏`).join("－")}`;
  return { column, plus, minus, relation, firstInput: [...plus, ...minus].find((c) => c.source.kind === "input") };
}

/** Each template's formulas, compiled once and grouped by rule: every check of every save reads them. */
const COMPILED = new WeakMap<ReportTemplate, ReadonlyMap<string, readonly { table: FormulaTable; formulas: readonly CompiledFormula[] }[]>>();

function compiledFormulas(template: ReportTemplate, ruleId: string) {
  let byRule = COMPILED.get(template);
  if (!byRule) {
    const built = new Map<string, { table: FormulaTable; formulas: CompiledFormula[] }[]>();
    for (const { table, columns } of formulaColumnSets(template)) {
      for (const c of columns) {
        if (c.source.kind !== "formula") continue;
        const sets = built.get(c.source.ruleId) ?? built.set(c.source.ruleId, []).get(c.source.ruleId)!;
        const set = sets.find((x) => x.table === table) ?? (sets.push({ table, formulas: [] }), sets[sets.length - 1]);
        set.formulas.push(compile(columns, c));
      }
    }
    byRule = built;
    COMPILED.set(template, byRule);
  }
  return byRule.get(ruleId) ?? [];
}

export function checkFormulas(ctx: RuleContext, ruleId: string): void {
  const { view } = ctx;
  for (const { table, formulas } of compiledFormulas(view.template, ruleId)) {
    const rows: { row: RowRef; code: string | null; values: Values }[] =
      table === "t09"
        ? [{ row: { label: "“三公”经费" }, code: null, values: view.t09.values }]
        : table === "t01" || table === "t04"
          ? [...view[table].expenditure.values()].map((l) => ({ row: { label: l.label, line: l.line }, code: null, values: l.values }))
          : view[table].rows.map((r) => ({ row: rowRef(r), code: r.code, values: r.values }));
    for (const { row, code, values } of rows) {
      for (const f of formulas) {
        const added = sumValues(f.plus.map((c) => values[c.key]));
        const taken = sumValues(f.minus.map((c) => values[c.key]));
        const address = code && f.firstInput ? inputAddressOf(view.template, table, code, f.firstInput.key) : undefined;
        ctx.compare({
          target: { table, row, column: columnRef(f.column), value: values[f.column.key] ?? null, address },
          expected: added.sum - taken.sum,
          terms: added.terms + taken.terms,
          relation: f.relation,
          expectedLabel: f.minus.length === 0 ? "各栏合计" : "计算结果",
        });
      }
    }
  }
}
