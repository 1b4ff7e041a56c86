import { expect, test, type Page } from "@playwright/test";
import { homePath } from "../lib/authz";
import { DEMO_ACCOUNTS } from "../prisma/seed";
import { signInWithForm } from "./support/auth";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";
import { expectHydrated, gotoReady } from "./support/page";

// Next's route announcer is also an alert; the form's own sits inside <main>.
const formError = (page: Page) => page.locator("main").getByRole("alert");

test.describe("sign-in", () => {
  for (const account of DEMO_ACCOUNTS.filter((a) => ["admin", "reviewer", "staff", "deptreviewer"].includes(a.login))) {
    test(`${account.login} signs in with the form and lands on the role's home`, async ({ page }) => {
      await signInWithForm(page, account.login, account.password);
      const home = homePath(account.role);
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.getByTestId("current-user")).toContainText(account.displayName);
    });
  }

  test("a wrong password is refused with a Chinese message", async ({ page }) => {
    const { unit } = await makeDepartmentWithUnit();
    const { login } = await makeUser("UNIT_STAFF", { unitCode: unit.code });
    await signInWithForm(page, login, "wrong-password1");
    await expect(formError(page)).toContainText("账号或密码错误");
    await expect(page).toHaveURL(/\/login/);
  });

  test("five failures in a row lock the account for 15 minutes, even with the right password", async ({ page }) => {
    const { unit } = await makeDepartmentWithUnit();
    const { login, password } = await makeUser("UNIT_STAFF", { unitCode: unit.code });
    for (let i = 1; i <= 4; i++) {
      await signInWithForm(page, login, "Wrong12345");
      await expect(formError(page)).toContainText(`再失败 ${5 - i} 次`);
    }
    await signInWithForm(page, login, "Wrong12345");
    await expect(formError(page)).toContainText("账号已锁定 15 分钟");
    await signInWithForm(page, login, password);
    await expect(formError(page)).toContainText("账号已锁定");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInWithForm(page, "staff", "Staff2024");
    await expect(page).toHaveURL(/\/reports$/);
    // The sign-in reloaded the page: 退出 does nothing until its handler is attached.
    await expectHydrated(page);
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/login/);
    await gotoReady(page, "/reports");
    await expect(page).toHaveURL(/\/login/);
  });
});
