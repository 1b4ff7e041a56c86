import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parseJsonExact, type JsonNumber } from "../lib/fixture/json";
import { inputsFromTables } from "../lib/reports/table-data";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { gotoReady } from "./support/page";
import { makeStaffWithReport, makeSubmittableReport } from "./support/report";

const FIXTURE = fileURLToPath(new URL("../lib/fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url));

/** "4275.70" → "4,275.70", as the 山东 tables print it. */
const printed = (token: JsonNumber) => {
  const [integer, fraction = ""] = token.raw.split(".");
  return `${integer.replace(/\B(?=(\d{3})+$)/g, ",")}.${fraction.padEnd(2, "0")}`;
};

/** The text of each body row of a rendered table, keyed by its first cell (a code or a label). */
async function renderedRows(page: Page, table: string): Promise<Map<string, string[]>> {
  const rows = await page.getByTestId(`table-${table}`).locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td,th")].map((c) => (c.textContent ?? "").trim())));
  return new Map(rows.map((cells) => [cells[0], cells]));
}

test("a published disclosure is imported after a preview, and its tables render equal to the document", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const { staff, report } = await makeStaffWithReport("导入公开");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/import`);
  await page.locator("#published-file").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "检查并预览" }).nth(1).click();
  const result = page.getByTestId("published-result");
  await expect(result).toContainText("「枣庄市人民政府办公室本级」2024 年度决算（尚未保存）");
  await expect(result).toContainText("重新计算的各表与原文完全一致");
  await expect(result).toContainText("请确认是本单位的决算");
  // Nothing is stored by the preview.
  expect(await testDb.reportTable.count({ where: { reportId: report.id } })).toBe(0);
  await page.getByRole("button", { name: "确认导入（替换全部九张表）" }).click();
  await expect(result).toContainText("已导入「枣庄市人民政府办公室本级」2024 年度决算的九张表");
  expect(await testDb.reportTable.count({ where: { reportId: report.id } })).toBe(9);
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "report.importPublished" } })).toBe(1);

  // Every printed figure of the coded tables and of 公开01 is what the tables page renders.
  const document = parseJsonExact(readFileSync(FIXTURE, "utf8")) as Record<string, { rows?: { code: string; values: (JsonNumber | null)[] }[]; income?: { label: string; amount: JsonNumber | null }[]; expenditure?: { label: string; amount: JsonNumber | null }[] }>;
  await gotoReady(page, `/reports/${report.id}/tables`);
  let compared = 0;
  for (const table of ["t02", "t03", "t05", "t07"]) {
    const rows = await renderedRows(page, table);
    for (const row of document[table].rows ?? []) {
      const cells = rows.get(row.code);
      expect(cells, `${table} ${row.code}`).toBeDefined();
      const amounts = row.code === "合计" ? cells!.slice(1) : cells!.slice(2);
      row.values.forEach((v, i) => {
        if (v === null) return;
        expect(amounts[i], `${table} ${row.code} 第${i + 1}栏`).toBe(printed(v));
        compared++;
      });
    }
  }
  const t01 = await page.getByTestId("table-t01").innerText();
  for (const line of [...(document.t01.income ?? []), ...(document.t01.expenditure ?? [])]) {
    if (line.amount === null) continue;
    expect(t01).toContain(printed(line.amount));
    compared++;
  }
  expect(compared).toBeGreaterThan(150);
});

test("the Excel file this system publishes imports the same way", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("导入Excel");
  const seedPublication = await testDb.publication.findFirstOrThrow({ where: { unitCode: "101001", year: 2024, current: true } });
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/import`);
  await page.locator("#published-file").setInputFiles({ name: "2024年度决算.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(seedPublication.xlsx) });
  await page.getByRole("button", { name: "检查并预览" }).nth(1).click();
  const result = page.getByTestId("published-result");
  await expect(result).toContainText("「枣庄市人民政府办公室本级」2024 年度决算（尚未保存）");
  await expect(result).toContainText("重新计算的各表与原文完全一致");
  await page.getByRole("button", { name: "确认导入（替换全部九张表）" }).click();
  await expect(result).toContainText("已导入");
  await gotoReady(page, `/reports/${report.id}/tables`);
  await expect(page.getByTestId("table-t05")).toContainText("1,043.28");
});

test("a published file for another year or a file that is not one is refused with the reason, and nothing is stored", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("导入拒绝");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/import`);
  const text = readFileSync(FIXTURE, "utf8");
  const result = page.getByTestId("published-result");
  const upload = async (name: string, body: string) => {
    await page.locator("#published-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(body) });
    await page.getByRole("button", { name: "检查并预览" }).nth(1).click();
  };
  await upload("2023.json", text.replace('"year": 2024', '"year": 2023'));
  await expect(result).toContainText("文件是 2023 年度的决算，本报表为 2024 年度，未导入");
  await upload("broken.json", text.slice(0, 500));
  await expect(result).toContainText("无法导入：JSON 格式错误");
  await upload("wrong.json", text.replace('"amountUnit": "万元"', '"amountUnit": "元"'));
  await expect(result).toContainText("amountUnit：取值不正确，应为 万元");
  expect(await testDb.reportTable.count({ where: { reportId: report.id } })).toBe(0);
});

test("the offline workbook round trip: download, fill in Excel, upload, see what changes, confirm", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const { staff, report } = await makeSubmittableReport("离线填报");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/import`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-workbook").click()]);
  expect(download.suggestedFilename()).toMatch(/^2024年度.*决算离线填报表\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());

  // Filled offline as people do: 100 元 moved between two 公开06 items.
  const t06 = book.getWorksheet("公开06表")!;
  const rowOf = (code: string) => {
    let found = 0;
    t06.eachRow((row, n) => {
      if (row.getCell(1).value === code) found = n;
    });
    return t06.getRow(found);
  };
  const wage = rowOf("30101").getCell(3);
  const allowance = rowOf("30102").getCell(3);
  const [wageBefore, allowanceBefore] = [Number(wage.value), Number(allowance.value)];
  wage.value = Math.round((wageBefore - 100) * 100) / 100;
  allowance.value = Math.round((allowanceBefore + 100) * 100) / 100;

  // First with two mistakes: each is named by sheet, row and column, and nothing is stored.
  const t02 = book.getWorksheet("公开02表")!;
  const original = t02.getRow(3).getCell(3).value;
  t02.getRow(3).getCell(3).value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
  t02.getRow(4).getCell(4).value = "见附件";
  const file = page.locator("#workbook-file");
  await file.setInputFiles({ name: "填好的.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await page.getByRole("button", { name: "检查并预览" }).first().click();
  const errors = page.getByTestId("workbook-errors");
  await expect(errors).toContainText("「公开02表」第3行第3列（财政拨款收入（元））：应填写数字，不能是公式");
  await expect(errors).toContainText("「公开02表」第4行第4列（上级补助收入（元））：「见附件」只能填写数字");
  await expect(page.getByTestId("workbook-result")).toContainText("文件中有 2 处问题，未导入任何数据");

  // Fixed, uploaded again: the preview lists exactly the two changed cells; confirming saves them.
  t02.getRow(3).getCell(3).value = original;
  t02.getRow(4).getCell(4).value = null;
  await file.setInputFiles({ name: "填好的.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await page.getByRole("button", { name: "检查并预览" }).first().click();
  const changes = page.getByTestId("workbook-changes");
  await expect(changes.locator("li")).toHaveCount(2);
  await expect(changes).toContainText("公开06表 30101 基本工资");
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "report.importWorkbook" } })).toBe(0);
  await page.getByRole("button", { name: "确认导入（修改 2 个单元格）" }).click();
  await expect(page.getByTestId("workbook-result")).toContainText("已导入：修改 2 个单元格");
  const stored = inputsFromTables(await testDb.reportTable.findMany({ where: { reportId: report.id } }));
  expect(stored.basicByEconomic["30101"]).toBe(BigInt(Math.round((wageBefore - 100) * 100)));
  expect(stored.basicByEconomic["30102"]).toBe(BigInt(Math.round((allowanceBefore + 100) * 100)));
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "report.importWorkbook" } })).toBe(1);
});

test("a workbook of another unit is refused", async ({ page, context, baseURL }) => {
  const first = await makeSubmittableReport("离线甲");
  const second = await makeStaffWithReport("离线乙");
  await loginAs(context, first.staff.login, baseURL!);
  const res = await page.request.get(`/api/reports/${first.report.id}/workbook`);
  expect(res.status()).toBe(200);
  const bytes = await res.body();
  await loginAs(context, second.staff.login, baseURL!);
  // Another unit's workbook route is not even visible.
  expect((await page.request.get(`/api/reports/${first.report.id}/workbook`)).status()).toBe(404);
  await gotoReady(page, `/reports/${second.report.id}/import`);
  await page.locator("#workbook-file").setInputFiles({ name: "别人的.xlsx", mimeType: "application/octet-stream", buffer: bytes });
  await page.getByRole("button", { name: "检查并预览" }).first().click();
  await expect(page.getByTestId("workbook-errors")).toContainText(`这是单位「${first.unit.name}」（${first.unit.code}）的填报表，不是本单位的`);
  expect(await testDb.reportTable.count({ where: { reportId: second.report.id } })).toBe(0);
});


test("上年数 come from last year's published disclosure in the system, or from its file, and the text says where from", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  // A unit whose 2024 report is published (its publication copied from the seed's), now writing 2025.
  const { unit, staff, report } = await makeSubmittableReport("上年公开");
  const seedPublication = await testDb.publication.findFirstOrThrow({ where: { unitCode: "101001", year: 2024, current: true } });
  const { id: _id, reportId: _r, ...copy } = seedPublication;
  await testDb.report.update({ where: { id: report.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  await testDb.publication.create({ data: { ...copy, content: copy.content as object, reportId: report.id, unitCode: unit.code, unitName: unit.name } });
  const next = await testDb.report.create({ data: { unitId: unit.id, year: 2025, templateId: "shandong-2024" } });

  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${next.id}/narrative`);
  await page.getByRole("button", { name: "从2024年度已公开的决算带入" }).click();
  await expect(page.getByTestId("narrative-notice")).toContainText("取自2024年度已公开的决算（第1版，");
  await expect(page.getByLabel("上年收、支总计（元）")).toHaveValue("42,999,100.00");
  await expect(page.getByLabel("上年数来源")).toHaveValue(/^取自2024年度已公开的决算（第1版，\d{4}-\d{2}-\d{2}公开）$/);
  // The text says where the figures come from (this draft's facts are not complete enough to save yet).
  await expect(page.getByTestId("live-narrative").locator('[data-section="1"]')).toContainText("上年决算数取自2024年度已公开的决算（第1版，");

  // A unit new to the system brings last year's figures from the published file instead.
  const other = await makeStaffWithReport("上年文件");
  const otherNext = await testDb.report.create({ data: { unitId: other.unit.id, year: 2025, templateId: "shandong-2024" } });
  await loginAs(context, other.staff.login, baseURL!);
  await gotoReady(page, `/reports/${otherNext.id}/narrative`);
  // Its own 2024 report is an unpublished draft: offered as such, but the published file is the better source.
  await expect(page.getByRole("button", { name: "从2024年度决算带入" })).toBeVisible();
  await page.getByLabel("2024年度公开决算文件").setInputFiles(FIXTURE);
  await expect(page.getByTestId("narrative-notice")).toContainText("取自导入的2024年度已公开决算文件（枣庄市人民政府办公室本级）");
  await expect(page.getByLabel("上年一般公共预算财政拨款支出（元）")).toHaveValue("42,757,000.00");
  // A file of the wrong year is refused and fills nothing.
  await gotoReady(page, `/reports/${other.report.id}/narrative`);
  await page.getByLabel("2023年度公开决算文件").setInputFiles(FIXTURE);
  await expect(page.getByTestId("narrative-notice")).toContainText("文件是 2024 年度的决算，上年数应取自 2023 年度的决算");
  await expect(page.getByLabel("上年收、支总计（元）")).toHaveValue("");
});
