import { expect, test, type Page } from "@playwright/test";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../lib/narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../lib/performance/seed/stored-record";
import { formatYuan, type Fen } from "../lib/money";
import { tableRecord } from "../lib/reports/table-data";
import { tableInputCells } from "../lib/tables/input-cells";
import { zaozhuang2024Inputs as SEED } from "../lib/tables/seed/zaozhuang-2024";
import { getTemplate } from "../lib/tables/templates";
import { CODED_TABLE_KEYS, TABLE_KEYS, type CodedTableKey, type ColumnSpec, type TableKey } from "../lib/tables/types";
import { FUNCTION_CATALOG_2024 } from "../prisma/seed-data/catalog-2024";
import { SEED_COVERAGE_EXPLANATION } from "../prisma/seed-report";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { gotoReady } from "./support/page";
import { cell, makeStaffWithReport, pasteText, workflow } from "./support/report";

/*
 * The measure of entry: a new report of an education bureau's 本级 unit filled the way
 * its staff would, by copying each table from the Excel sheet their 决算 software exports and
 * pasting it, then 保存全部 and 上报. The figures are the seed unit's published 2024 tables (in 元),
 * so the result can be compared with a known-good report cell by cell.
 */

const template = getTemplate("shandong-2024")!;
const names = new Map(FUNCTION_CATALOG_2024.map((e) => [e.code, e.name]));
/** Excel's accounting format: thousands separators, and "-" for a zero. */
const excel = (fen: Fen | undefined) => (fen === undefined ? "" : fen === 0n ? "-" : formatYuan(fen));

/** A column's value in a row: inputs as stored, 合计 columns as Excel's formula would print them. */
function columnValue(columns: readonly ColumnSpec[], values: Map<string, Fen>, key: string): Fen | undefined {
  const column = columns.find((c) => c.key === key)!;
  if (column.source.kind === "input") return values.get(column.source.field);
  if (column.source.kind !== "formula") return undefined;
  const { plus, minus = [] } = column.source;
  const sum = (keys: readonly string[]) => keys.reduce((n, k) => n + (columnValue(columns, values, k) ?? 0n), 0n);
  return sum(plus) - sum(minus);
}

/** 公开02/03/05/07/08 as copied from Excel: a 合计 line, then 编码, 名称 and every printed column of each 项. */
function codedBlock(table: CodedTableKey): string {
  const columns = template.tables[table].columns;
  const rows = new Map<string, Map<string, Fen>>();
  for (const c of tableInputCells(SEED, table)) {
    if (!rows.has(c.row)) rows.set(c.row, new Map());
    rows.get(c.row)!.set(c.column, c.fen);
  }
  const line = (values: Map<string, Fen>) => columns.map((c) => excel(columnValue(columns, values, c.key)));
  const totals = new Map<string, Fen>();
  for (const values of rows.values()) for (const [k, v] of values) totals.set(k, (totals.get(k) ?? 0n) + v);
  const lines = [["合计", "", ...line(totals)]];
  for (const [code, values] of [...rows].sort(([a], [b]) => a.localeCompare(b))) lines.push([code, names.get(code) ?? "", ...line(values)]);
  return `${lines.map((l) => l.join("\t")).join("\r\n")}\r\n`;
}

/**
 * 公开01/04/06/09 have fixed rows: staff copy the amounts column(s) from their sheet and paste at
 * the first amount cell, blanks and all. The block follows the grid's own rows and columns.
 */
async function fixedBlock(page: Page, table: TableKey): Promise<{ first: string; text: string }> {
  const addresses = await page.locator(`input[data-cell^="${table}:"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).dataset.cell!));
  const values = new Map(tableInputCells(SEED, table).map((c) => [`${table}:${c.row}:${c.column}`, c.fen]));
  const rows: string[][] = [];
  let lastRow = "";
  for (const address of addresses) {
    const row = address.split(":")[1];
    if (row !== lastRow) rows.push([]);
    lastRow = row;
    rows.at(-1)!.push(excel(values.get(address)));
  }
  return { first: addresses[0], text: `${rows.map((r) => r.join("\t")).join("\r\n")}\r\n` };
}

test("a new 教育局本级 report is filled by pasting each table from Excel, saved at once and submitted", async ({ page, context, baseURL }) => {
  test.slow(); // nine tables
  const { staff, report } = await makeStaffWithReport("市教育局");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  // An empty report says what is missing instead of passing.
  await expect(page.getByText("报表还没有本年收入，请先在公开02表填写各项收入").first()).toBeVisible();
  await expect(page.getByText(/全部 \d+ 条规则通过/)).toHaveCount(0);

  const started = Date.now();
  let clicks = 0;
  let keystrokes = 0;
  let pastedCharacters = 0;
  for (const table of template.tableOrder) {
    await page.getByRole("tab", { name: new RegExp(`^${table.slice(1)} `) }).click();
    clicks += 1;
    if ((CODED_TABLE_KEYS as readonly string[]).includes(table)) {
      const block = codedBlock(table as CodedTableKey);
      if (tableInputCells(SEED, table).length === 0) continue;
      // Into the subject box: every row is found or added by its code.
      await pasteText(page.getByRole("combobox", { name: "添加项级科目（输入编码或名称）" }), block);
      pastedCharacters += block.length;
      await expect(page.getByTestId("editor-notice")).toContainText("已按科目编码粘贴");
    } else {
      const { first, text } = await fixedBlock(page, table);
      await pasteText(cell(page, first), text);
      pastedCharacters += text.length;
    }
    clicks += 1; // the box or first cell
    keystrokes += 1; // Ctrl+V
  }

  // The code-and-name rows landed in their own columns, 合计 columns skipped: 2010301's 基本支出
  // is its amount, not its code, and nothing reached 上缴上级支出 or 经营支出.
  await page.getByRole("tab", { name: /^03 / }).click();
  await expect(cell(page, "t03:2010301:basic")).toHaveValue(excel(SEED.expenditure["2010301"]?.basic));
  await expect(cell(page, "t03:2010301:toSuperior")).toHaveValue("");
  await expect(cell(page, "t03:2010301:operating")).toHaveValue("");
  clicks += 1;

  await expect(page.getByRole("button", { name: /保存全部（\d+ 张表/ })).toBeEnabled();
  await page.keyboard.press("Control+s");
  keystrokes += 1;
  await expect(page.getByTestId("editor-notice")).toContainText("已保存");
  const seconds = (Date.now() - started) / 1000;

  // Every table holds exactly what the known-good report holds.
  const stored = await testDb.reportTable.findMany({ where: { reportId: report.id }, select: { tableKey: true, data: true, usedCodes: true } });
  for (const table of TABLE_KEYS) {
    const expected = tableRecord(SEED, table);
    const actual = stored.find((t) => t.tableKey === table);
    expect(actual?.data ?? { cells: [] }, table).toEqual(expected.data);
  }

  // What typing the same figures would take: each amount's characters and a Tab after it.
  const typed = TABLE_KEYS.flatMap((t) => tableInputCells(SEED, t)).map((c) => formatYuan(c.fen).replace(/,/g, ""));
  const typingKeys = typed.reduce((n, text) => n + text.length + 1, 0);
  test.info().annotations.push({
    type: "entry effort",
    description: `${typed.length} 个填报单元格：粘贴 ${keystrokes} 次按键 + ${clicks} 次点击，${seconds.toFixed(1)} 秒（粘贴内容 ${pastedCharacters} 个字符）；逐格键入约需 ${typingKeys} 次按键`,
  });
  console.log(`[entry effort] cells=${typed.length} pasteKeys=${keystrokes} clicks=${clicks} seconds=${seconds.toFixed(1)} typingKeys=${typingKeys}`);

  // The rest of the report (单位概况, 情况说明 facts, 绩效) is the seed's, entered elsewhere.
  await testDb.report.update({
    where: { id: report.id },
    data: {
      narrative: { create: { ...ZAOZHUANG_2024_NARRATIVE_RECORD } },
      performance: { create: { data: ZAOZHUANG_2024_PERFORMANCE_RECORD } },
      explanations: { create: [{ key: "T绩效|coverage", text: SEED_COVERAGE_EXPLANATION }] },
    },
  });
  await gotoReady(page, `/reports/${report.id}`);
  await workflow(page, "上报");
  await expect(page.getByTestId("report-status")).toContainText("已上报");
});
