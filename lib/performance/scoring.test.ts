import { describe, expect, it } from "vitest";
import { formatScore } from "./format";
import { Decimal, dec } from "./numbers";
import {
  SCORE_ROUNDING,
  formatActual,
  formatTarget,
  proportionalScore,
  roundScore,
  scoreIndicator,
  totalScore,
  weightTotalMessage,
  type Actual,
  type Operator,
  type Target,
} from "./scoring";

const quant = (operator: Operator, value: string | null, unit = "个"): Target => ({
  kind: "quantitative",
  operator,
  value: value === null ? null : dec(value),
  unit,
});
const got = (value: string | null, unit = ""): Actual => ({ kind: "quantitative", value: value === null ? null : dec(value), unit });
const text = (t: string): Actual => ({ kind: "qualitative", text: t });

function score(target: Target, actual: Actual, weight: string, deviationReason: string | null = null) {
  const r = scoreIndicator({ target, actual, weight: dec(weight), deviationReason });
  return { ...r, shown: formatScore(r.score), messages: r.issues.map((i) => i.message) };
}

describe("rounding rule", () => {
  it("is half-even to two decimals", () => {
    expect(SCORE_ROUNDING).toEqual({ places: 2, mode: "half-even" });
    expect(formatScore(roundScore(dec("7.125")))).toBe("7.12");
    expect(formatScore(roundScore(dec("9.899")))).toBe("9.9");
    expect(roundScore(dec("9.899")).toFixed(2)).toBe("9.90");
  });

  it("would not reproduce the seed's 7.12 with half-up", () => {
    expect(formatScore(roundScore(dec("7.125"), { places: 2, mode: "half-up" }))).toBe("7.13");
  });

  it.each([
    ["5", "1", "8", "0.62"], // 0.625 → even 2
    ["2.5", "19", "20", "2.38"], // 2.375 → even 8
    ["3", "7", "8", "2.62"], // 2.625
    ["7.5", "1900", "2000", "7.12"], // 7.125
    ["7.5", "1910", "2000", "7.16"], // 7.1625
    ["10", "1", "3", "3.33"],
  ])("%s × %s/%s → %s", (w, n, d, shown) => {
    expect(proportionalScore(dec(w), dec(n), dec(d)).toFixed(2)).toBe(shown);
  });
});

describe("numeric targets", () => {
  it("gives full points when ≥ is met or exceeded", () => {
    expect(score(quant("≥", "300"), got("300"), "7.5")).toMatchObject({ shown: "7.5", met: true, deviationRequired: false });
    expect(score(quant("≥", "300"), got("450"), "7.5").shown).toBe("7.5");
  });

  it("gives 分值 × 实际/目标 for a missed ≥ (the seed's 6.5 and 7.12)", () => {
    expect(score(quant("≥", "300", "个/套"), got("260"), "7.5", "采购数量未达到目标值")).toMatchObject({
      shown: "6.5",
      met: false,
      deviationRequired: true,
      basis: "actual/target",
      messages: [],
    });
    expect(score(quant("≥", "2000", "人次"), got("1900"), "7.5", "未达标").shown).toBe("7.12");
  });

  it("treats > like ≥ but misses at the bound, keeping the proportional score", () => {
    const r = score(quant(">", "90", "%"), got("90"), "10", "持平");
    expect(r).toMatchObject({ met: false, deviationRequired: true, shown: "10" });
    expect(score(quant(">", "90", "%"), got("91"), "10").met).toBe(true);
  });

  it("gives full points when ≤ is met and 分值 × 目标/实际 when missed", () => {
    expect(score(quant("≤", "85", "万元"), got("85"), "2.5")).toMatchObject({ shown: "2.5", met: true });
    expect(score(quant("≤", "85", "万元"), got("0"), "2.5").met).toBe(true);
    expect(score(quant("≤", "100", "万元"), got("125"), "10", "超支")).toMatchObject({ shown: "8", basis: "target/actual" });
    expect(score(quant("<", "100", "万元"), got("100"), "10", "持平")).toMatchObject({ met: false, shown: "10" });
    expect(score(quant("<", "100", "万元"), got("99"), "10").met).toBe(true);
  });

  it("gives 分值 × min/max for a missed =, under or over", () => {
    expect(score(quant("=", "100", "%"), got("100"), "5")).toMatchObject({ shown: "5", met: true });
    expect(score(quant("=", "100", "%"), got("98"), "5", "延误")).toMatchObject({ shown: "4.9", basis: "min/max" });
    expect(score(quant("=", "100", "%"), got("102"), "5", "超出").shown).toBe("4.9"); // 4.9019…
    expect(score(quant("=", "0"), got("3"), "5", "x").shown).toBe("0");
  });

  it("handles an actual of 0 and a target of 0 without dividing by zero", () => {
    expect(score(quant("≥", "300"), got("0"), "7.5", "未采购")).toMatchObject({ shown: "0", met: false });
    expect(score(quant("≥", "0"), got("0"), "7.5")).toMatchObject({ shown: "7.5", met: true });
    expect(score(quant(">", "0"), got("0"), "7.5", "无")).toMatchObject({ shown: "0", met: false });
    expect(score(quant("≤", "0"), got("5"), "7.5", "超")).toMatchObject({ shown: "0", met: false });
    expect(score(quant("<", "0"), got("0"), "7.5", "无")).toMatchObject({ shown: "0", met: false });
  });

  it("never exceeds the weight and is never negative", () => {
    const operators: Operator[] = ["≥", "≤", "=", ">", "<"];
    for (const op of operators) {
      for (const t of ["0", "1", "90", "300"]) {
        for (const a of ["0", "0.5", "89.995", "90", "1000"]) {
          const s = scoreIndicator({ target: quant(op, t), actual: got(a), weight: dec("7.5"), deviationReason: "x" }).score;
          expect(s.greaterThanOrEqualTo(0) && s.lessThanOrEqualTo(dec("7.5")), `${op}${t} / ${a} → ${s}`).toBe(true);
        }
      }
    }
  });
});

describe("qualitative targets", () => {
  const q = (expected: string): Target => ({ kind: "qualitative", expected });

  it("gives full points when achieved, ignoring surrounding spaces", () => {
    expect(score(q("优"), text("优"), "7.5")).toMatchObject({ shown: "7.5", met: true });
    expect(score(q("是"), text(" 是　"), "15")).toMatchObject({ shown: "15", met: true });
  });

  it("gives 0 and requires a reason when not achieved", () => {
    const r = score(q("优"), text("良"), "7.5");
    expect(r).toMatchObject({ shown: "0", met: false, deviationRequired: true, basis: "qualitative-missed" });
    expect(r.messages).toEqual(["未达到年度指标值（目标优，实际良），请填写偏差原因分析及改进措施"]);
    expect(r.issues[0].path).toEqual(["deviationReason"]);
    expect(score(q("优"), text("良"), "7.5", "质量评价为良，将加强管理").messages).toEqual([]);
  });
});

describe("deviation reasons", () => {
  it("counts a reason of only spaces (also full-width) as missing", () => {
    for (const blank of ["", "   ", "　　", "\n"]) {
      expect(score(quant("≥", "300", "个/套"), got("260"), "7.5", blank).messages).toEqual([
        "未达到年度指标值（目标≥300个/套，实际260个/套），请填写偏差原因分析及改进措施",
      ]);
    }
  });

  it("is not required for a met target, nor when the caller says so", () => {
    expect(score(quant("≥", "300"), got("300"), "7.5").messages).toEqual([]);
    const r = scoreIndicator(
      { target: quant("≥", "300"), actual: got("260"), weight: dec("7.5"), deviationReason: null },
      { requireDeviationReason: false },
    );
    expect(r).toMatchObject({ met: false, deviationRequired: false, issues: [] });
  });
});

describe("incomplete indicators", () => {
  it("reports a numeric target without its number", () => {
    const r = score(quant("≥", null), got("5"), "5");
    expect(r).toMatchObject({ shown: "0", basis: "incomplete", deviationRequired: false });
    expect(r.issues).toEqual([
      { path: ["target", "value"], message: "年度指标值缺少数值（“≥”后应填写一个数）", severity: "error" },
    ]);
  });

  it("reports a missing, negative or mistyped actual", () => {
    expect(score(quant("≥", "5"), got(null), "5").messages).toEqual(["请填写实际完成值"]);
    expect(
      scoreIndicator({ target: quant("≥", "5"), actual: got(null), weight: dec("5"), deviationReason: null }).score.isZero(),
    ).toBe(true);
    const negative: Actual = { kind: "quantitative", value: new Decimal(-1), unit: "" };
    expect(score(quant("≥", "5"), negative, "5").messages).toEqual(["实际完成值不能为负数"]);
    expect(score(quant("≥", "5"), text("好"), "5").messages).toEqual(["年度指标值是数值，实际完成值也应填写数值"]);
    expect(score({ kind: "qualitative", expected: "是" }, got("1"), "5").messages).toEqual([
      "年度指标值为“是”，实际完成值应填写文字而不是数值",
    ]);
    expect(score({ kind: "qualitative", expected: "是" }, text(" "), "5").messages).toEqual(["请填写实际完成值"]);
  });

  it("reports a unit that differs from the target's", () => {
    const r = score(quant("≤", "85", "万元"), got("850000", "元"), "2.5");
    expect(r).toMatchObject({ shown: "0", basis: "incomplete" });
    expect(r.messages).toEqual(["实际完成值的单位“元”与年度指标值的单位“万元”不一致"]);
    expect(score(quant("≤", "85", "万元"), got("85", "万元"), "2.5").met).toBe(true);
  });

  it("reports negative and zero weights", () => {
    const negative = scoreIndicator({ target: quant("≥", "1"), actual: got("1"), weight: new Decimal(-5), deviationReason: null });
    expect(negative.score.isZero()).toBe(true);
    expect(negative.issues.map((i) => i.message)).toEqual(["分值不能为负数"]);
    expect(score(quant("≥", "1"), got("1"), "0").messages).toEqual(["分值应大于0"]);
  });
});

describe("weights and totals", () => {
  it("requires weights to total exactly 100", () => {
    expect(weightTotalMessage(dec("97.5"))).toBe("分值合计应为100，当前为97.5");
    expect(weightTotalMessage(dec("100.01"))).toBe("分值合计应为100，当前为100.01");
    expect(weightTotalMessage(dec("100.00"))).toBeNull();
  });

  it("adds printed scores (the seed's 98.20), not exact ones (98.21)", () => {
    const printed = ["9.58", "2.5", "7.5", "6.5", "7.12", "5", "5", "7.5", "7.5", "7.5", "7.5", "15", "10"].map(dec);
    expect(totalScore(printed).toFixed(2)).toBe("98.20");
    const exact = dec("3372.8").div(dec("352")).plus(dec("88.625"));
    expect(roundScore(exact).toFixed(2)).toBe("98.21");
  });
});

describe("printing targets and actuals", () => {
  it("prints them as the tables do", () => {
    expect(formatTarget(quant("≤", "85", "万元"))).toBe("≤85万元");
    expect(formatTarget(quant("=", "100", "%"))).toBe("=100%");
    expect(formatTarget({ kind: "qualitative", expected: "优" })).toBe("优");
    expect(formatActual(got("260"), "个/套")).toBe("260个/套");
    expect(formatActual(got("1356.16", "万元"))).toBe("1356.16万元");
    expect(formatActual(text("是"))).toBe("是");
  });
});
