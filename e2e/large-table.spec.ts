import { expect, test } from "@playwright/test";
import { ensureHundredRowReport } from "../prisma/factories";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";
import { gotoReady } from "./support/page";
import { cell, derived, openTable } from "./support/report";

// What a keystroke here may cost is a budget of `npm run bench` (lib/cli/bench.ts), measured on a
// quiet machine; this test checks only that a large table loads whole and its totals follow.
test("a 100-row table loads every row and its 合计 follows an entry", async ({ page, context, baseURL }) => {
  const { unit } = await makeDepartmentWithUnit("大表");
  const staff = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const report = await ensureHundredRowReport(testDb, 2096, unit.id);

  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  await openTable(page, /03 支出/);
  await expect(page.locator("input[data-cell$=':basic']")).toHaveCount(100);
  // Σ basic = Σ (100,000 + i) 分 over i < 100 = 100,049.50 元; project Σ 3i 分 = 148.50 元.
  await expect(derived(page, "t03:合计:basic")).toHaveText("100,049.50");
  await expect(derived(page, "t03:合计:total")).toHaveText("100,198.00");

  // Scrolled down a long table, the column headers are still in view at the top of the grid.
  const grid = page.locator(".editor-grid");
  await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const header = page.getByTestId("editor-t03").getByRole("columnheader", { name: "科目编码" });
  await expect.poll(async () => Math.abs((await header.boundingBox())!.y - (await grid.boundingBox())!.y)).toBeLessThan(4);

  // Row 2010310 (i = 49) holds 1,000.49 元; entering 2,000 raises 合计 by 999.51.
  await cell(page, "t03:2010310:basic").fill("2000");
  await expect(derived(page, "t03:合计:basic")).toHaveText("101,049.01");
  await expect(derived(page, "t03:合计:total")).toHaveText("101,197.51");

  // The subject search shows its whole suggestion list: it is not inside the grid's scroll box,
  // which cut it off below a long table.
  await openTable(page, /02 收入/);
  await page.getByRole("combobox", { name: "添加项级科目（输入编码或名称）" }).fill("项2010");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await expect(page.locator(".editor-grid [role=listbox]")).toHaveCount(0);
});
