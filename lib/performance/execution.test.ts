import { describe, expect, it } from "vitest";
import { evaluateExecution, executionRate, executionScore, type BudgetExecutionInput, type FundingAmounts } from "./execution";
import { formatPercent, formatScore } from "./format";
import { dec } from "./numbers";

const row = (initial: string, full: string, executed: string): FundingAmounts => ({
  initial: dec(initial),
  full: dec(full),
  executed: dec(executed),
});
const none = row("0", "0", "0");
const input = (currentYear: FundingAmounts, carryOver = none, other = none, weight = "10"): BudgetExecutionInput => ({
  funding: { currentYear, carryOver, other },
  weight: dec(weight),
});

describe("budget execution", () => {
  it("reproduces the seed: 337.28 / 352 = 95.82% → 9.58", () => {
    const r = evaluateExecution(input(row("352", "352", "337.28")));
    expect(formatPercent(r.rate!)).toBe("95.82%");
    expect(formatScore(r.score!)).toBe("9.58");
    expect(r.issues).toEqual([]);
    expect(r.total).toMatchObject({ label: "年度资金总额" });
    expect(r.total.full.toFixed()).toBe("352");
    expect(r.sources.map((s) => [s.label, s.rate === null ? "—" : formatPercent(s.rate)])).toEqual([
      ["当年财政拨款", "95.82%"],
      ["上年结转资金", "—"],
      ["其他资金", "—"],
    ]);
  });

  it("reproduces the key evaluation: 1356.16 / 1370 = 98.99% → 9.9", () => {
    expect(formatPercent(executionRate(dec("1356.16"), dec("1370"))!)).toBe("98.99%");
    expect(formatScore(executionScore(dec("10"), dec("1356.16"), dec("1370"))!)).toBe("9.9");
  });

  it("takes the weight as a parameter", () => {
    expect(formatScore(evaluateExecution(input(row("352", "352", "337.28")), undefined).score!)).toBe("9.58");
    expect(formatScore(evaluateExecution(input(row("352", "352", "337.28"), none, none, "20")).score!)).toBe("19.16");
  });

  it("scores from the exact ratio, not from the printed rate", () => {
    // 95,749 / 100,000: rate 95.749% prints 95.75%, but 10 × 0.95749 = 9.5749 → 9.57, not 9.58.
    expect(formatPercent(executionRate(dec("95749"), dec("100000"))!)).toBe("95.75%");
    expect(formatScore(executionScore(dec("10"), dec("95749"), dec("100000"))!)).toBe("9.57");
  });

  it("sums the funding sources into the total row", () => {
    const r = evaluateExecution(input(row("300", "300", "290"), row("50", "50", "40"), row("2", "2", "2")));
    expect([r.total.initial, r.total.full, r.total.executed].map((d) => d.toFixed())).toEqual(["352", "352", "332"]);
    expect(formatPercent(r.rate!)).toBe("94.32%");
    expect(r.sources.map((s) => formatPercent(s.rate!))).toEqual(["96.67%", "80%", "100%"]);
  });

  it("explains a zero 全年预算数 instead of dividing by zero", () => {
    const spent = evaluateExecution(input(row("0", "0", "5")));
    expect(spent.rate).toBeNull();
    expect(spent.score).toBeNull();
    expect(spent.issues.map((i) => i.message)).toEqual([
      "年度资金总额：全年预算数为0，但全年执行数为5万元，无法计算执行率；请核对全年预算数",
    ]);
    const empty = evaluateExecution(input(none));
    expect(empty.issues.map((i) => i.message)).toEqual(["年度资金总额：全年预算数为0，无法计算执行率"]);
  });

  it("flags a source spent without budget when several sources are used", () => {
    const r = evaluateExecution(input(row("352", "352", "300"), none, row("0", "0", "5")));
    expect(r.issues.map((i) => i.message)).toEqual([
      "其他资金：全年预算数为0，但全年执行数为5万元，无法计算执行率；请核对全年预算数",
    ]);
    expect(r.issues[0].path).toEqual(["execution", "funding", "other", "full"]);
    expect(formatScore(r.score!)).toBe("8.66"); // 10 × 305/352 = 8.664…
  });

  it("flags spending above budget and caps the score at the weight", () => {
    const r = evaluateExecution(input(row("352", "352", "400")));
    expect(r.issues.map((i) => i.message)).toEqual(["年度资金总额：全年执行数400万元大于全年预算数352万元"]);
    expect(formatScore(r.score!)).toBe("10");
    expect(formatPercent(r.rate!)).toBe("113.64%");
  });

  it("flags negative amounts and a negative weight", () => {
    const negative = { initial: dec("1"), full: dec("5").negated(), executed: dec("1") };
    const r = evaluateExecution({ funding: { currentYear: negative, carryOver: none, other: none }, weight: dec("10").negated() });
    expect(r.issues.map((i) => i.message)).toEqual(["当年财政拨款的金额不能为负数", "预算执行分值不能为负数"]);
    expect(r.score).toBeNull();
  });
});
