/**
 * 三公 plausibility rules. Both are warnings: they need a written explanation, not a fix.
 * - 96: 三公 决算 counts every 财政拨款 (基本 and 项目, this year's and carried-over money) by
 *   purpose, while 公开06 counts only 一般公共预算 基本支出 by economic nature. 决算 below the
 *   matching 06 line usually means a misclassification, but the two classifications are
 *   kept by different people and can legitimately disagree at the edges.
 * - 09b: 决算 above the (adjusted) 全年预算 must be explained (docs/domain/rules.md).
 */
import { tableRule } from "./definition";
import { columnRef, tableNumber, type RuleContext } from "./context";
import { inputAddressOf } from "./view";

const ROW = { label: "“三公”经费" };

// Rule 96: 三公 决算 ≥ the matching 公开06 line; a warning, for the reason above.
export const rule96 = tableRule("96", "warning", "公开09表“三公”经费决算数不小于公开06表对应科目", (ctx: RuleContext): void => {
  const { view } = ctx;
  const columns = view.template.tables.t09.columns;
  for (const link of view.template.threePublicLinks) {
    const column = columns.find((c) => c.key === link.column);
    const economic = view.t06.rows.find((r) => r.code === link.economicCode);
    if (!column || !economic) continue;
    ctx.compare({
      target: {
        table: "t09",
        row: ROW,
        column: columnRef(column),
        value: view.t09.values[column.key] ?? null,
        address: inputAddressOf(view.template, "t09", "", column.key),
      },
      expected: economic.value ?? 0n,
      terms: economic.value === null ? 0 : 1,
      relation: `应不小于${tableNumber(ctx.view, "t06")}「${economic.code} ${economic.name}」`,
      expectedLabel: `${tableNumber(ctx.view, "t06")}${economic.name}`,
      op: "ge",
    });
  }
});

// Rule 09b: 三公 决算 above 全年预算 needs the unit's explanation.
export const rule09b = tableRule("09b", "warning", "公开09表“三公”经费决算数不超过预算数", (ctx: RuleContext): void => {
  const { view } = ctx;
  const columns = view.template.tables.t09.columns;
  for (const actual of columns) {
    if (!actual.key.startsWith("actual.")) continue;
    const budget = columns.find((c) => c.key === `budget.${actual.key.slice("actual.".length)}`);
    if (!budget) continue;
    const value = view.t09.values[budget.key] ?? null;
    ctx.compare({
      target: {
        table: "t09",
        row: ROW,
        column: columnRef(actual),
        value: view.t09.values[actual.key] ?? null,
        address: inputAddressOf(view.template, "t09", "", actual.key),
      },
      expected: value ?? 0n,
      terms: value === null ? 0 : 1,
      relation: `应不大于第${budget.number}栏「${budget.title}」，超出预算须说明原因`,
      expectedLabel: budget.title,
      op: "le",
    });
  }
});
