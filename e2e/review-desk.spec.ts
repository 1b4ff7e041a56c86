import { expect, test } from "@playwright/test";
import type { ReportStatus } from "../generated/prisma/client";
import { ensureUnit } from "../prisma/factories";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeUser, uniq } from "./support/factories";
import { gotoReady } from "./support/page";

/** The 财政局 review desk over more reports than one page holds: counts, order, paging and filters. */

const DAY = 24 * 60 * 60 * 1000;

test("the review desk counts a jurisdiction's reports, lists those waiting longest first, pages by 50 and filters", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const s = uniq();
  const dept = await ensureUnit(testDb, { code: `RD${s}`, name: `工作台部门${s}`, isDepartment: true });
  const now = Date.now();
  // 55 units: 30 submitted (the first unit 31 days ago, the 30th 60 days ago), 5 approved 30 days ago (overdue) and 5 approved
  // yesterday, 10 drafts, 3 published; the last two have no report yet.
  const plan: { status: ReportStatus; submittedDaysAgo: number | null; approvedDaysAgo?: number }[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ status: "SUBMITTED" as const, submittedDaysAgo: 31 + i })),
    ...Array.from({ length: 5 }, () => ({ status: "APPROVED" as const, submittedDaysAgo: 29, approvedDaysAgo: 30 })),
    ...Array.from({ length: 5 }, () => ({ status: "APPROVED" as const, submittedDaysAgo: 28, approvedDaysAgo: 1 })),
    ...Array.from({ length: 10 }, () => ({ status: "DRAFT" as const, submittedDaysAgo: null })),
    ...Array.from({ length: 3 }, () => ({ status: "PUBLISHED" as const, submittedDaysAgo: 27, approvedDaysAgo: 20 })),
  ];
  const codes: string[] = [];
  for (let i = 0; i < 55; i++) {
    const unit = await ensureUnit(testDb, { code: `RD${s}${String(i).padStart(2, "0")}`, name: `工作台单位${s}-${i}`, parentCode: dept.code });
    codes.push(unit.code);
    const p = plan[i];
    if (!p) continue;
    await testDb.report.create({
      data: {
        unitId: unit.id,
        year: 2024,
        templateId: "shandong-2024",
        status: p.status,
        submittedAt: p.submittedDaysAgo === null ? null : new Date(now - p.submittedDaysAgo * DAY),
        approvedAt: p.approvedDaysAgo === undefined ? null : new Date(now - p.approvedDaysAgo * DAY),
        publishedAt: p.status === "PUBLISHED" ? new Date(now - 10 * DAY) : null,
      },
    });
  }
  const reviewer = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });
  await loginAs(context, reviewer.login, baseURL!);

  const rowCodes = async () =>
    (await page.locator('[data-testid^="review-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")!.replace("review-row-", ""))));

  await gotoReady(page, "/review?year=2024");
  await expect(page.getByTestId("count-SUBMITTED")).toContainText("30");
  await expect(page.getByTestId("count-APPROVED")).toContainText("10");
  await expect(page.getByTestId("count-DRAFT")).toContainText("10");
  await expect(page.getByTestId("count-PUBLISHED")).toContainText("3");
  await expect(page.getByTestId("count-OVERDUE")).toContainText("5");
  await expect(page.getByTestId("status-counts")).toContainText("全部 53");
  await expect(page.getByTestId("status-counts")).toContainText("尚未创建 2");
  // Waiting longest first, by the day each was submitted; those never submitted last, by code.
  const age = (i: number) => plan[i].submittedDaysAgo ?? -1;
  const expected = plan.map((_, i) => i).sort((a, b) => age(b) - age(a) || a - b).map((i) => codes[i]);
  expect(expected.slice(0, 2)).toEqual([codes[29], codes[28]]);
  expect(await rowCodes()).toEqual(expected.slice(0, 50));
  await expect(page.getByRole("navigation", { name: "分页" })).toContainText("第 1 / 2 页，共 53 条");

  await page.getByRole("link", { name: "下一页" }).click();
  await expect(page.getByRole("navigation", { name: "分页" })).toContainText("第 2 / 2 页，共 53 条");
  expect(await rowCodes()).toEqual(expected.slice(50));

  await gotoReady(page, "/review?year=2024&status=OVERDUE");
  expect(await rowCodes()).toEqual(codes.slice(30, 35));
  for (const code of codes.slice(30, 35)) await expect(page.getByTestId(`review-row-${code}`)).toContainText("已逾期 10 天");
  await expect(page.getByTestId(`review-row-${codes[30]}`)).toContainText(dept.name);

  await gotoReady(page, "/review?year=2024&status=DRAFT");
  expect(await rowCodes()).toEqual(codes.slice(40, 50));
});
