/**
 * Rules tying the coded tables to 公开01/04 and to each other: 02/03 totals feed 01, the
 * 05/07/08 类 rows feed 04, fiscal spending is part of all spending (35), and 05's 基本支出
 * is 06's 人员经费 + 公用经费 (56).
 */
import { FUNDS, type CodedTableKey, type Fund } from "../tables/types";
import { tableRule } from "./definition";
import { codedColumn, columnRef, rowRef, rowsByCode, sumValues, tableNumber, type CellTarget, type RuleContext } from "./context";
import { fundColumnKey, lineOf, lineRefText, lineTarget, linesText } from "./fixed-tables";
import { inputAddressOf, type NumericView, type ViewLine, type ViewRow } from "./view";

const TOTAL_ROW = "合计";

function codedTarget(view: NumericView, table: CodedTableKey, code: string, column: string): CellTarget | undefined {
  const spec = codedColumn(view, table, column);
  if (!spec) return undefined;
  const row = rowsByCode(view, table).get(code);
  return {
    table,
    row: row ? rowRef(row) : { label: code === TOTAL_ROW ? "合计" : "（未列示）", ...(code === TOTAL_ROW ? {} : { code }) },
    column: columnRef(spec),
    value: row?.values[column] ?? null,
    address: inputAddressOf(view.template, table, code, column),
  };
}

function codedCellText(view: NumericView, table: CodedTableKey, code: string, column: string): string {
  const row = rowsByCode(view, table).get(code);
  const spec = codedColumn(view, table, column);
  const rowText = code === TOTAL_ROW ? "「合计」行" : row?.name ? `「${code} ${row.name}」` : `「${code}」`;
  return `${tableNumber(view, table)}${rowText}第${spec?.number ?? "?"}栏「${spec?.title ?? column}」`;
}

function equalToLines(ctx: RuleContext, target: CellTarget | undefined, lines: readonly ViewLine[], label: string): void {
  if (!target || lines.length === 0) return;
  const { sum, terms } = sumValues(lines.map((l) => l.values.amount));
  const relation =
    lines.length === 1 ? `应等于${lineRefText(ctx.view, "t01", lines[0])}` : `应等于${tableNumber(ctx.view, "t01")}${linesText(lines)}之和`;
  ctx.compare({ target, expected: sum, terms, relation, expectedLabel: label });
}

const SOURCE_COLUMNS = ["superior", "business", "operating", "affiliated", "other"] as const;

// Rule 02a: 02's 合计 row is 01's income side; its column formulas (tagged 02a in the template) run via formulas.ts.
export const rule02a = tableRule("02a", "error", "公开02表各栏关系，合计行与公开01表收入一致", (ctx: RuleContext): void => {
  const { view } = ctx;
  const line = (key: string) => lineOf(view, "t01", "income", key);
  const present = (l: ViewLine | undefined): l is ViewLine => l !== undefined;
  equalToLines(ctx, codedTarget(view, "t02", TOTAL_ROW, "total"), [line("total")].filter(present), `${tableNumber(view, "t01")}本年收入合计`);
  equalToLines(
    ctx,
    codedTarget(view, "t02", TOTAL_ROW, "fiscal"),
    FUNDS.map((f) => line(`fund:${f}`)).filter(present),
    `${tableNumber(view, "t01")}财政拨款收入合计`,
  );
  for (const column of SOURCE_COLUMNS) {
    const source = line(`source:${column}`);
    if (source) equalToLines(ctx, codedTarget(view, "t02", TOTAL_ROW, column), [source], `${tableNumber(view, "t01")}金额`);
  }
});

// Rule 03a: each 01 category line is the 03 类 row, 03 合计 is 01 本年支出合计; plus the column formulas tagged 03a.
export const rule03a = tableRule("03a", "error", "公开03表各栏关系，类级与合计与公开01表支出一致", (ctx: RuleContext): void => {
  const { view } = ctx;
  categoryLinesMatch(ctx, "t01", "amount", "t03");
  const total = lineOf(view, "t01", "expenditure", "total");
  if (total) equalToLines(ctx, codedTarget(view, "t03", TOTAL_ROW, "total"), [total], `${tableNumber(view, "t01")}本年支出合计`);
});

/**
 * Category lines of 01/04 against the 类 rows of a coded table's total column, plus any 类
 * row the template has no line for (its money would silently vanish from 01/04).
 */
function categoryLinesMatch(ctx: RuleContext, fixed: "t01" | "t04", column: string, coded: CodedTableKey): void {
  const { view } = ctx;
  const rows = rowsByCode(view, coded);
  const totalColumn = codedColumn(view, coded, "total");
  const categories = new Set(view.template.categories.map((c) => c.code));
  for (const category of view.template.categories) {
    const target = lineTarget(view, fixed, "expenditure", category.code, column);
    const value = rows.get(category.code)?.values.total ?? null;
    if (!target) {
      // A document may print only some categories; money under one it leaves out is not shown in 01/04.
      const codedCell = codedTarget(view, coded, category.code, "total");
      if (value !== null && value !== 0n && codedCell && view[fixed].expenditure.size > 0) {
        ctx.compare({
          target: codedCell,
          expected: 0n,
          terms: 0,
          relation: `所属类级科目未在${tableNumber(view, fixed)}列示，其金额无法列示`,
          expectedLabel: `${tableNumber(view, fixed)}可列示金额`,
        });
      }
      continue;
    }
    ctx.compare({
      target,
      expected: value ?? 0n,
      terms: value === null ? 0 : 1,
      relation: `应等于${codedCellText(view, coded, category.code, "total")}`,
      expectedLabel: `${tableNumber(view, coded)}${totalColumn?.title ?? ""}`,
    });
  }
  for (const row of view[coded].rows) {
    if (row.code === null || row.code.length !== 3 || categories.has(row.code)) continue;
    const target = codedTarget(view, coded, row.code, "total");
    if (!target) continue;
    ctx.compare({
      target,
      expected: 0n,
      terms: 0,
      relation: `不是本模板的类级科目，${tableNumber(view, fixed)}没有对应行次，其金额无法列示`,
      expectedLabel: `${tableNumber(view, fixed)}可列示金额`,
    });
  }
}

const FUND_TABLES: Readonly<Record<Fund, CodedTableKey>> = { gp: "t05", gf: "t07", soe: "t08" };

// Rule 04c: 04's expenditure columns are 05 (一般公共预算), 07 (政府性基金) and 08 (国有资本经营).
export const rule04c = tableRule("04c", "error", "公开04表与公开05、07、08表一致", (ctx: RuleContext): void => {
  const { view } = ctx;
  for (const fund of FUNDS) {
    const column = fundColumnKey(view, "t04", fund);
    if (!column) continue;
    const coded = FUND_TABLES[fund];
    categoryLinesMatch(ctx, "t04", column, coded);
    fixedEqualsCoded(ctx, lineTarget(view, "t04", "expenditure", "total", column), coded, "total");
  }
  // A fund table that prints income and balances (政府性基金 always, 国有资本经营 in 上海) holds them
  // apart from 04's lines: they must agree.
  for (const fund of ["gf", "soe"] as const) {
    const coded = FUND_TABLES[fund];
    if (!codedColumn(view, coded, "income")) continue;
    fixedEqualsCoded(ctx, lineTarget(view, "t04", "income", `fund:${fund}`), coded, "income");
    fixedEqualsCoded(ctx, lineTarget(view, "t04", "income", `openingBalance:${fund}`), coded, "opening");
    const column = fundColumnKey(view, "t04", fund);
    if (column) fixedEqualsCoded(ctx, lineTarget(view, "t04", "expenditure", "closingBalance", column), coded, "closing");
  }
});

function fixedEqualsCoded(ctx: RuleContext, target: CellTarget | undefined, coded: CodedTableKey, column: string): void {
  const spec = codedColumn(ctx.view, coded, column);
  if (!target || !spec) return;
  const value = rowsByCode(ctx.view, coded).get(TOTAL_ROW)?.values[column] ?? null;
  ctx.compare({
    target,
    expected: value ?? 0n,
    terms: value === null ? 0 : 1,
    relation: `应等于${codedCellText(ctx.view, coded, TOTAL_ROW, column)}`,
    expectedLabel: `${tableNumber(ctx.view, coded)}${spec.title}`,
  });
}

// Rule 35: per row and per kind, 03 (all money) ≥ 05 + 07 + 08 (the 财政拨款 part of it).
// An error: a part larger than its whole is impossible, so some entry is wrong.
export const rule35 = tableRule("35", "error", "公开03表基本支出、项目支出不小于公开05、07、08表之和", (ctx: RuleContext): void => {
  const { view } = ctx;
  const whole = rowsByCode(view, "t03");
  const parts = (["t05", "t07", "t08"] as const).map((t) => rowsByCode(view, t));
  const codes = new Set<string>();
  for (const index of parts) for (const code of index.keys()) codes.add(code);
  for (const code of [...codes].sort(compareCodes)) {
    for (const kind of ["basic", "project"] as const) {
      const target = codedTarget(view, "t03", code, kind);
      if (!target) continue;
      const { sum, terms } = sumValues(parts.map((index) => index.get(code)?.values[kind]));
      if (terms === 0) continue;
      const kindLabel = kind === "basic" ? "基本支出" : "项目支出";
      ctx.compare({
        target: whole.has(code) ? target : { ...target, row: rowFromParts(code, parts) },
        expected: sum,
        terms,
        relation: `应不小于${tableNumber(view, "t05")}、${tableNumber(view, "t07")}、${tableNumber(view, "t08")}同一科目${kindLabel}之和`,
        expectedLabel: `财政拨款${kindLabel}合计`,
        op: "ge",
      });
    }
  }
});

function rowFromParts(code: string, parts: readonly ReadonlyMap<string, ViewRow>[]) {
  const name = parts.map((p) => p.get(code)?.name).find((n) => n) ?? "";
  return { label: `${name}（公开03表未列示）`, code };
}

/** "合计" first, then codes in order. */
function compareCodes(a: string, b: string): number {
  if (a === TOTAL_ROW) return -1;
  if (b === TOTAL_ROW) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Rule 56: 05 基本支出合计 = 06 人员经费合计 + 公用经费合计.
export const rule56 = tableRule("56", "error", "公开05表基本支出合计等于公开06表人员经费与公用经费合计之和", (ctx: RuleContext): void => {
  const { view } = ctx;
  const target = codedTarget(view, "t05", TOTAL_ROW, "basic");
  if (!target) return;
  const { sum, terms } = sumValues([view.t06.personnelTotal, view.t06.publicTotal]);
  const spec = view.template.tables.t06;
  // 公开05's 合计 is derived; the jump opens 公开06 at its first filled 款, where such a gap is usually made.
  const items = view.t06.rows.filter((r) => /^\d{5}$/.test(r.code));
  const first = items.find((r) => r.value) ?? items[0];
  const address = first ? inputAddressOf(view.template, "t06", first.code, "amount") : undefined;
  ctx.compare({
    target: { ...target, ...(address ? { address } : {}) },
    expected: sum,
    terms,
    relation: `应等于${tableNumber(view, "t06")}${spec.personnelTotalLabel}与${spec.publicTotalLabel}之和`,
    expectedLabel: `${tableNumber(view, "t06")}${spec.personnelTotalLabel}＋${spec.publicTotalLabel}`,
  });
});
