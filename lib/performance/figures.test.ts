import { describe, expect, it } from "vitest";
import { EMPTY_PERFORMANCE, type PerformanceDocument } from "./document";
import { performanceFigures } from "./figures";
import { Decimal, fenFromWan } from "./numbers";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "./seed/stored-record";

describe("performanceFigures", () => {
  it("gives 十三 the seed's figures, exactly in 分 and hundredths", () => {
    expect(performanceFigures(SEED)).toEqual({
      projects: 13,
      // 11 projects print no 全年执行数, so the money covered stays open.
      coveredFen: null,
      gradeCounts: [{ grade: "优", count: 13 }],
      detailed: [{ project: "单位运行经费", scoreHundredths: 9820n, budgetFullFen: 352_000_000n, executedFen: 337_280_000n }],
      keyEvaluations: [{ project: "12345市长热线运行保障经费", moneyFen: 1_356_160_000n, scoreHundredths: 9990n, grade: "优" }],
    });
  });

  it("sums the money once every project's amount is known", () => {
    const known: PerformanceDocument = { ...SEED, projects: SEED.projects.map((p) => (p.detail === null && p.executed === undefined ? { ...p, executed: "0.01" } : p)) };
    expect(performanceFigures(known).coveredFen).toBe(337_280_000n + 1_356_160_000n + 11n * 10_000n);
  });

  it("is empty for an empty document", () => {
    expect(performanceFigures(EMPTY_PERFORMANCE)).toEqual({ projects: 0, coveredFen: 0n, gradeCounts: [], detailed: [], keyEvaluations: [] });
  });

  it("refuses an amount finer than 1 分 rather than rounding it", () => {
    expect(fenFromWan(new Decimal("1356.16"))).toBe(1_356_160_000n);
    expect(() => fenFromWan(new Decimal("0.0000001"))).toThrow();
  });
});
