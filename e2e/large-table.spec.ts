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

  // Row 2010310 (i = 49) holds 1,000.49 元; entering 2,000 raises 合计 by 999.51.
  await cell(page, "t03:2010310:basic").fill("2000");
  await expect(derived(page, "t03:合计:basic")).toHaveText("101,049.01");
  await expect(derived(page, "t03:合计:total")).toHaveText("101,197.51");
});
