import { expect, type Page, type Response } from "@playwright/test";

/**
 * Waits until the page's script has run (components/hydration-marker.tsx). A full page load
 * shows server-rendered buttons before React attaches their handlers; a click in between is
 * lost. Call it after every full load (goto, reload, a sign-in that reloads) and before
 * touching a client-side control.
 */
export async function expectHydrated(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
}

/** `page.goto`, then wait for hydration; returns the navigation's response. */
export async function gotoReady(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await expectHydrated(page);
  return response;
}

/** `page.reload`, then wait for hydration of the new document. */
export async function reloadReady(page: Page): Promise<Response | null> {
  const response = await page.reload();
  await expectHydrated(page);
  return response;
}
