import { expect, test } from "@playwright/test";
import { loginAs } from "./support/auth";
import { seedRecord, seedReport } from "./support/narrative-report";
import { gotoReady } from "./support/page";

/**
 * The rule list beside the tables lists every check of the report — the tables', the 情况说明's and
 * the 绩效's — as the submission gate will judge it, and each one leads to where it is fixed.
 */
test("a 情况说明 check in the rule list opens the facts page with the cursor in the field to fix", async ({ page, context, baseURL }) => {
  const record = seedRecord();
  delete record.facts.form.reasons["item:2010301"];
  const { staff, report } = await seedReport("规则跳转", { narrative: record, performance: true });
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);

  const list = page.getByTestId("rule-list");
  const check = list.getByRole("button", { name: /\[narrative\.reason\.missing\].*行政运行/ });
  await expect(check).toBeVisible();
  // Tables and 绩效 are complete: the reason is the only error.
  await expect(list.getByRole("button").filter({ hasText: /^\[[^\]]+\]错误/ })).toHaveCount(1);

  await check.click();
  await expect(page).toHaveURL(new RegExp(`/reports/${report.id}/narrative\\?field=reasons\\.item`));
  await expect(page.locator('[data-reason="item:2010301"]')).toBeFocused();
});
