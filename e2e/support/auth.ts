import type { Browser, BrowserContext, Page } from "@playwright/test";
import { SESSION_COOKIE, sessionToken } from "../../lib/cli/session-cookie";
import { testDb } from "./db";
import { gotoReady } from "./page";

/**
 * Signs a user in by minting the session cookie the app would issue, rather than going
 * through the login form (which has its own tests).
 */
export async function loginAs(context: BrowserContext, login: string, baseURL: string) {
  const user = await testDb.user.findUniqueOrThrow({ where: { login } });
  const token = await sessionToken(user);
  const url = new URL(baseURL);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
}

/**
 * Signs in through the login form. On success the form reloads the app (a full page load), so
 * a caller that then clicks something waits for `expectHydrated` first.
 */
export async function signInWithForm(page: Page, login: string, password: string) {
  // Before hydration the form would submit natively, putting the password in the URL.
  await gotoReady(page, "/login");
  await page.getByLabel("账号").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** A page in its own browser context, signed in as `login`. */
export async function pageAs(browser: Browser, baseURL: string, login: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await loginAs(context, login, baseURL);
  return context.newPage();
}
