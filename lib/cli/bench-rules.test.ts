import { describe, expect, it } from "vitest";
import { formatBench, judged } from "./bench-rules";

const measured = (ratio: number) => ({ name: "填报页面", runs: 20, medianMs: 10 * ratio, p95Ms: 12 * ratio, floorMs: 12, ratio });
const gates = (r: ReturnType<typeof judged>) => r.gate !== false;

describe("judging a bench figure", () => {
  it("passes or fails a plain budget on its ratio", () => {
    expect(judged(measured(1.9), { ms: 300, ratio: 2 })).toMatchObject({ ok: true });
    const over = judged(measured(2.1), { ms: 300, ratio: 2 });
    expect(over.ok).toBe(false);
    expect(gates(over)).toBe(true);
  });

  it("prints a known miss without failing, until it passes its regression guard", () => {
    const known = judged(measured(6.7), { ms: 300, ratio: 2, knownMiss: "决策 012", guard: 12 });
    expect(known).toMatchObject({ ok: false, knownMiss: "决策 012" });
    expect(gates(known)).toBe(false);
    expect(formatBench([known])[1]).toContain("未达预算（决策 012）");

    const regressed = judged(measured(12.5), { ms: 300, ratio: 2, knownMiss: "决策 012", guard: 12 });
    expect(regressed).toMatchObject({ ok: false, pastGuard: 12 });
    expect(gates(regressed)).toBe(true);
    expect(formatBench([regressed])[1]).toContain("超出防退化上限 12×（决策 012）");
  });

  it("prints a page's ratio over the page floor's beside its verdict, without judging it", () => {
    const row = { ...judged(measured(6), { ms: 300, ratio: 2, knownMiss: "决策 012", guard: 12 }), overPageFloor: 6 / 2.4 };
    expect(formatBench([row])[1]).toMatch(/未达预算（决策 012）；最小页面的 2\.50×$/);
    expect(formatBench([judged(measured(1), { ms: 100, ratio: 2 })])[1]).not.toContain("最小页面");
  });

  it("never gates a figure printed for reference", () => {
    expect(gates(judged(measured(30), { ms: 300, ratio: 2, gate: false }))).toBe(false);
  });
});
