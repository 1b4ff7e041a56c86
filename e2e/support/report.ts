import type { Locator, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { createSeedReport } from "../../prisma/seed-report";
import { testDb } from "./db";
import { makeDepartmentWithUnit, makeUser } from "./factories";
import { gotoReady } from "./page";

/** A fresh unit with one staff member and an empty 2024 report. */
export async function makeStaffWithReport(label = "填报测试") {
  const { dept, unit } = await makeDepartmentWithUnit(label);
  const staff = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const report = await testDb.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
  return { dept, unit, staff, report };
}

export const cell = (page: Page, address: string) => page.locator(`input[data-cell="${address}"]`);
export const derived = (page: Page, key: string) => page.locator(`[data-derived="${key}"]`);

export async function openTable(page: Page, tab: RegExp | string) {
  await page.getByRole("tab", { name: tab }).click();
}

/** Adds a 项 row through the picker, by code or by name (then `expectCode` is the row it adds). */
export async function addSubject(page: Page, query: string, expectCode = query) {
  const picker = page.getByRole("combobox", { name: "添加项级科目（输入编码或名称）" });
  await picker.fill(query);
  await picker.press("Enter");
  await expect(page.locator(`tr[data-row-key="${expectCode}"]`)).toBeVisible();
}

/** Pastes text into a cell as Excel/WPS would put it on the clipboard. */
export async function pasteInto(page: Page, address: string, text: string) {
  await pasteText(cell(page, address), text);
}

/** What Ctrl+V of `text` copied from Excel does in the focused element. */
export async function pasteText(target: Locator, text: string) {
  await target.focus();
  await target.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function saveActiveTable(page: Page) {
  await page.getByRole("button", { name: /^保存本表/ }).click();
}

/**
 * A unit whose 2024 report holds the seed unit's published data (so every rule passes),
 * its staff member and a reviewer covering its department.
 */
export async function makeSubmittableReport(label = "流程") {
  const { dept, unit } = await makeDepartmentWithUnit(label);
  const staff = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const reviewer = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });
  const report = await createSeedReport(testDb, unit.id);
  return { dept, unit, staff, reviewer, report };
}

/** Clicks a workflow button, accepting its confirmation. */
export async function workflow(page: Page, label: string) {
  page.once("dialog", (d) => d.accept());
  await page.getByTestId("workflow-bar").getByRole("button", { name: label, exact: true }).click();
}

/** The unit records both publication statements on its approved report, through the report page. */
export async function confirmPublication(page: Page, reportId: string) {
  await gotoReady(page, `/reports/${reportId}`);
  for (const label of ["确认保密审查已完成", "确认主要负责人已审签"]) {
    page.once("dialog", (d) => d.accept());
    await page.getByTestId("publication-panel").getByRole("button", { name: label }).click();
    await expect(page.getByTestId("publication-panel").getByRole("button", { name: label })).toHaveCount(0);
  }
  await expect(page.getByTestId("confirmed-secrecyReview")).toBeVisible();
  await expect(page.getByTestId("confirmed-signOff")).toBeVisible();
}
