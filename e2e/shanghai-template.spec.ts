import { expect, test } from "@playwright/test";
import { ensureUnit } from "../prisma/factories";
import { fillWithSeedContent } from "../prisma/seed-report";
import { pageAs as as } from "./support/auth";
import { testDb } from "./support/db";
import { makeUser, uniq } from "./support/factories";
import { gotoReady, reloadReady } from "./support/page";
import { cell, openTable, saveActiveTable, workflow } from "./support/report";

/**
 * A unit in 上海 works on the shanghai-2024 template end to end: the report it creates takes its
 * region's template, the editor and the preview follow that template's numbers, order and layout,
 * the server checks it, and it is submitted.
 */
test("a 上海 unit creates, enters, checks, previews and submits a report on the shanghai-2024 template", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const s = uniq();
  const dept = await ensureUnit(testDb, { code: `SHD${s}`, name: `上海测试部门${s}`, isDepartment: true, region: "SHANGHAI" });
  const unit = await ensureUnit(testDb, { code: `SHU${s}`, name: `上海测试部门${s}本级`, parentCode: dept.code });
  expect(unit.region).toBe("SHANGHAI");
  const staff = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const page = await as(browser, baseURL!, staff.login);

  // Created in the browser, on the region's template.
  await gotoReady(page, "/reports");
  await page.getByLabel("决算年度").selectOption("2024");
  await page.getByRole("button", { name: "创建决算" }).click();
  await expect(page.getByTestId("report-status")).toContainText("填报中");
  const report = await testDb.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year: 2024 } } });
  expect(report.templateId).toBe("shanghai-2024");
  const tabs = page.getByRole("tablist", { name: "决算表" }).getByRole("tab");
  const labels = ["一 收支总表", "二 收入", "三 支出", "四 财政拨款总表", "五 一般公共预算", "六 基本支出明细", "七 三公经费", "八 政府性基金", "九 国有资本经营"];
  // A tab may carry the ! of a failing rule after its label.
  await expect(tabs).toHaveText(labels.map((l) => new RegExp(`^${l}`)));

  // An empty report says what is missing.
  await expect(page.getByTestId("rule-list")).toContainText("报表还没有本年收入");

  // The figures of a whole year (the seed's), then an entry through the grid: 100 元 moved
  // between two 表六 items, saved and checked on the server.
  await fillWithSeedContent(testDb, report.id);
  await reloadReady(page);
  await openTable(page, /六 基本支出明细/);
  await expect(page.getByText("人员经费").first()).toBeVisible();
  const wage = cell(page, "t06:30101:amount");
  const allowance = cell(page, "t06:30102:amount");
  const move = (text: string, delta: bigint) => {
    const fen = BigInt(text.replace(/[,.]/g, "")) + delta;
    return `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
  };
  const [wageBefore, allowanceBefore] = [await wage.inputValue(), await allowance.inputValue()];
  await wage.fill(move(wageBefore, -10000n));
  await allowance.fill(move(allowanceBefore, 10000n));
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("表六已保存。全表审核未发现错误。");
  // 国有资本经营 prints the six columns of 政府性基金 in this template.
  await openTable(page, /九 国有资本经营/);
  await expect(page.locator("table").filter({ hasText: "年末结转和结余" }).first()).toBeVisible();

  // The preview prints the template's tables in its order and number style.
  const preview = await browser.newPage({ storageState: await page.context().storageState() });
  await gotoReady(preview, `/reports/${report.id}/preview`);
  const order = await preview.locator('[data-testid^="table-t"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));
  expect(order).toEqual(["table-t01", "table-t02", "table-t03", "table-t04", "table-t05", "table-t06", "table-t09", "table-t07", "table-t08"]);
  await expect(preview.getByTestId("table-t01")).toContainText("表一");
  await expect(preview.getByTestId("table-t01")).toContainText("4299.91");
  await expect(preview.getByTestId("table-t01")).not.toContainText("行次");
  await expect(preview.getByTestId("table-t09")).toContainText("表七");
  await expect(preview.getByTestId("table-t09")).toContainText("预算数");
  await expect(preview.getByTestId("part-narrative")).toContainText("4299.91万元");
  await expect(preview.getByTestId("part-narrative")).not.toContainText("4,299.91");
  await preview.close();

  // Submitted: the server's gate runs every check on the 上海 template.
  await gotoReady(page, `/reports/${report.id}`);
  await workflow(page, "上报");
  await expect(page.getByTestId("report-status")).toContainText("已上报");
  expect((await testDb.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("SUBMITTED");
});

test("an admin cannot put a 山东 unit under a 上海 department", async ({ browser, baseURL }) => {
  const s = uniq();
  const dept = await ensureUnit(testDb, { code: `SHA${s}`, name: `上海部门${s}`, isDepartment: true, region: "SHANGHAI" });
  const page = await as(browser, baseURL!, "admin");
  await gotoReady(page, "/admin/units");
  await page.getByRole("button", { name: "新增单位" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("单位编码").fill(`SHB${s}`);
  await dialog.getByLabel("单位名称").fill(`错地区单位${s}`);
  await dialog.getByLabel("所属部门").selectOption({ label: `${dept.name}（${dept.code}）` });
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByText("应与上级部门一致")).toBeVisible();
  expect(await testDb.unit.count({ where: { code: `SHB${s}` } })).toBe(0);
  await dialog.getByLabel("所在地区").selectOption({ label: "上海市" });
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId(`unit-SHB${s}`)).toContainText("上海市");
});
