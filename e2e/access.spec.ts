import { expect, test } from "@playwright/test";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";
import { gotoReady } from "./support/page";

const forbidden = async (page: import("@playwright/test").Page, path: string) => {
  const res = await gotoReady(page, path);
  expect(res?.status(), path).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
};

test.describe("each role sees only what it should", () => {
  test("unit staff: own reports only; no admin or review pages", async ({ page, context, baseURL }) => {
    await loginAs(context, "staff", baseURL!);
    await gotoReady(page, "/reports");
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link")).toHaveText(["我的决算"]);
    for (const path of ["/admin/units", "/admin/users", "/admin/catalogs", "/review"]) await forbidden(page, path);
  });

  test("reviewer: the review desk with covered units only; no admin or staff pages", async ({ page, context, baseURL }) => {
    // 财政局 (102) is outside the demo reviewer's jurisdiction (101 and 103).
    const outside = await testDb.unit.findUniqueOrThrow({ where: { code: "102001" } });
    await testDb.report.upsert({ where: { unitId_year: { unitId: outside.id, year: 2024 } }, update: {}, create: { unitId: outside.id, year: 2024, templateId: "shandong-2024" } });
    await loginAs(context, "reviewer", baseURL!);
    await gotoReady(page, "/review?year=2024");
    await expect(page.getByTestId("review-row-101001")).toContainText("枣庄市人民政府办公室本级");
    await expect(page.getByTestId("review-row-102001")).toHaveCount(0);
    for (const path of ["/admin/units", "/admin/users", "/admin/catalogs", "/reports"]) await forbidden(page, path);
  });

  test("admin: units, users and catalogs; no reports", async ({ page, context, baseURL }) => {
    await loginAs(context, "admin", baseURL!);
    await gotoReady(page, "/admin/units");
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link")).toHaveText(["单位管理", "用户管理", "科目编码"]);
    await expect(page.getByTestId("unit-101001")).toContainText("枣庄市人民政府办公室本级");
    for (const path of ["/reports", "/review"]) await forbidden(page, path);
  });

  test("anyone sees the 系统状态 page: the app answers and reaches its database", async ({ page }) => {
    const res = await gotoReady(page, "/status");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "系统状态" })).toBeVisible();
    await expect(page.getByTestId("status-app")).toHaveText("正常运行");
    await expect(page.getByTestId("status-database")).toHaveText("连接正常");
  });

  test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
    for (const path of ["/reports", "/admin/units", "/review"]) {
      await gotoReady(page, path);
      await expect(page).toHaveURL(/\/login/);
    }
  });
});

test.describe("another unit's report", () => {
  test("is not found for a staff member of a different unit, by page and by API", async ({ page, context, baseURL, request }) => {
    const { unit: mine } = await makeDepartmentWithUnit("我的部门");
    const { unit: theirs } = await makeDepartmentWithUnit("别的部门");
    const me = await makeUser("UNIT_STAFF", { unitCode: mine.code });
    const theirReport = await testDb.report.create({ data: { unitId: theirs.id, year: 2024, templateId: "shandong-2024" } });
    const myReport = await testDb.report.create({ data: { unitId: mine.id, year: 2024, templateId: "shandong-2024" } });

    await loginAs(context, me.login, baseURL!);
    const own = await page.request.get(`/api/reports/${myReport.id}`);
    expect(own.status()).toBe(200);
    expect((await own.json()).unit.name).toBe(mine.name);

    const other = await page.request.get(`/api/reports/${theirReport.id}`);
    expect(other.status()).toBe(404);
    expect(JSON.stringify(await other.json())).not.toContain(theirs.name);

    const res = await gotoReady(page, `/reports/${theirReport.id}`);
    expect(res?.status()).toBe(404);

    const anonymous = await request.get(`/api/reports/${myReport.id}`);
    expect(anonymous.status()).toBe(401);
  });

  test("is visible to a reviewer who covers the department, not to one who does not", async ({ context, baseURL, page }) => {
    const { dept, unit } = await makeDepartmentWithUnit("审核范围");
    const report = await testDb.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
    const covering = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });
    const other = await makeUser("REVIEWER", { scopeUnitCodes: ["102"] });

    await loginAs(context, covering.login, baseURL!);
    expect((await page.request.get(`/api/reports/${report.id}`)).status()).toBe(200);
    await context.clearCookies();
    await loginAs(context, other.login, baseURL!);
    expect((await page.request.get(`/api/reports/${report.id}`)).status()).toBe(404);
  });
});
