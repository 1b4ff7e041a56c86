/**
 * Subtotal rules: in every coded table 合计 = Σ 类, 类 = Σ its 款, 款 = Σ its 项, in every
 * column (H); in 公开06 each 类 = Σ its 款 and the footer totals add up their 类 (06).
 */
import { CODED_TABLE_KEYS, type CodedTableKey } from "../tables/types";
import { tableRule } from "./definition";
import { columnRef, rowRef, sumValues, type RowRef, type RuleContext } from "./context";
import type { ViewRow } from "./view";

// Rule H: in every coded table 合计 = Σ 类, 类 = Σ its 款, 款 = Σ its 项, column by column.
export const ruleH = tableRule("H", "error", "编码表中合计、类、款分别等于其下级之和", (ctx: RuleContext): void => {
  for (const table of CODED_TABLE_KEYS) checkHierarchy(ctx, table);
});

function checkHierarchy(ctx: RuleContext, table: CodedTableKey): void {
  const { view } = ctx;
  const columns = view.template.tables[table].columns;
  const rows = view[table].rows;
  const byCode = new Map<string, ViewRow>();
  let totalRow: ViewRow | undefined;
  for (const row of rows) {
    if (row.code === null) totalRow = row;
    else byCode.set(row.code, row);
  }

  // Parents are also implied by their children: a 项 printed without its 款 row still
  // needs that 款, and the check then reports the 款 as missing.
  const parentOf = (code: string) => (code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null);
  const all = new Set<string>();
  for (const code of byCode.keys()) {
    for (let c: string | null = code; c !== null && !all.has(c); c = parentOf(c)) all.add(c);
  }
  const children = new Map<string, string[]>();
  for (const code of [...all].sort()) {
    const parent = parentOf(code);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  const classes = [...all].filter((c) => c.length === 3).sort();
  const parents = [...all].filter((c) => c.length === 3 || c.length === 5).sort();

  const childLabel = { 3: "各款", 5: "各项" } as Record<number, string>;
  for (const column of columns) {
    const ref = columnRef(column);
    const valueOf = (code: string) => byCode.get(code)?.values[column.key];
    const { sum, terms } = sumValues(classes.map(valueOf));
    ctx.compare({
      target: { table, row: { label: "合计" }, column: ref, value: totalRow?.values[column.key] ?? null },
      expected: sum,
      terms,
      relation: "应等于各类之和",
      expectedLabel: "各类合计",
    });
    for (const code of parents) {
      const printed = byCode.get(code);
      const parts = sumValues((children.get(code) ?? []).map(valueOf));
      const row: RowRef = printed ? rowRef(printed) : { label: `（未列示${code.length === 3 ? "类" : "款"}级汇总行）`, code };
      ctx.compare({
        target: { table, row, column: ref, value: printed?.values[column.key] ?? null },
        expected: parts.sum,
        terms: parts.terms,
        relation: `应等于其下${childLabel[code.length]}之和`,
        expectedLabel: `${childLabel[code.length]}合计`,
      });
    }
  }
}

// Rule 06: in 公开06 each 类 = Σ its 款, and the footer totals add up their 类.
export const rule06 = tableRule("06", "error", "公开06表类等于其下各款之和，人员经费、公用经费合计", (ctx: RuleContext): void => {
  const { view } = ctx;
  const spec = view.template.tables.t06;
  const rows = view.t06.rows;
  const classValue = new Map<string, bigint | null>();
  for (const cls of spec.classes) {
    const classRow = rows.find((r) => r.code === cls.code);
    const items = rows.filter((r) => r.code.length === 5 && r.code.startsWith(cls.code));
    const { sum, terms } = sumValues(items.map((r) => r.value));
    const value = classRow?.value ?? null;
    classValue.set(cls.code, value);
    ctx.compare({
      target: { table: "t06", row: { label: classRow?.name ?? cls.name, code: cls.code }, column: null, value },
      expected: sum,
      terms,
      relation: "应等于其下各款之和",
      expectedLabel: "各款合计",
    });
  }
  const footers = [
    { group: "personnel", label: spec.personnelTotalLabel, value: view.t06.personnelTotal },
    { group: "public", label: spec.publicTotalLabel, value: view.t06.publicTotal },
  ] as const;
  for (const footer of footers) {
    const classes = spec.classes.filter((c) => c.group === footer.group);
    const { sum, terms } = sumValues(classes.map((c) => classValue.get(c.code)));
    ctx.compare({
      target: { table: "t06", row: { label: footer.label }, column: null, value: footer.value },
      expected: sum,
      terms,
      relation: `应等于${classes.map((c) => c.code).join("、")}之和`,
      expectedLabel: "各类合计",
    });
  }
});
