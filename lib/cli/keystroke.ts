import type { Page } from "@playwright/test";
import { REFERENCE_LOOP } from "./stats";

/**
 * Times, inside the browser, how long one keystroke in 公开03 takes to show in the derived
 * 合计 cell: the input event, React's render and the DOM update. Returns each timing in ms.
 * The page must show the report editor with 公开03 open and the 100-row table loaded.
 */
export function measureKeystrokes(page: Page, cell: string, runs = 25): Promise<number[]> {
  return page.evaluate(
    async ({ cell, runs }) => {
      const input = document.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`)!;
      const total = document.querySelector('[data-derived="t03:合计:total"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const out: number[] = [];
      for (let k = 0; k < runs; k++) {
        const before = total.textContent;
        const changed = new Promise<void>((resolve) => {
          const mo = new MutationObserver(() => {
            if (total.textContent !== before) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(total, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        setValue.call(input, String(1000 + k));
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await changed;
        out.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      return out;
    },
    { cell, runs },
  );
}

/** The keystroke's floor: the fixed reference loop (lib/cli/stats.ts), timed in the same page. */
export function measureReferenceInPage(page: Page, runs = 25): Promise<number[]> {
  return page.evaluate(
    ({ source, runs }) => {
      const loop = new Function(source);
      for (let i = 0; i < 20; i++) loop();
      const out: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        loop();
        out.push(performance.now() - t0);
      }
      return out;
    },
    { source: REFERENCE_LOOP, runs },
  );
}
