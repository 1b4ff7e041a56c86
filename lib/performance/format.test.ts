import { describe, expect, it } from "vitest";
import { formatAmount, formatPercent, formatScore, formatScoreFixed, formatValue, MESSAGE_AMOUNT_STYLE } from "./format";
import { countGrades, gradeOf, SHANGHAI_GRADES, SHANDONG_GRADES } from "./grades";
import { dec } from "./numbers";

describe("formatting", () => {
  it("prints scores as the seed does, trailing zeros dropped", () => {
    expect(["6.5", "6.50", "7.12", "99.3", "100", "100.00", "98.20", "0"].map((s) => formatScore(dec(s)))).toEqual([
      "6.5",
      "6.5",
      "7.12",
      "99.3",
      "100",
      "100",
      "98.2",
      "0",
    ]);
  });

  it("prints the 总分 row with two decimals", () => {
    expect(formatScoreFixed(dec("98.2"))).toBe("98.20");
    expect(formatScoreFixed(dec("100"))).toBe("100.00");
  });

  it("prints percentages", () => {
    expect(formatPercent(dec("95.82"))).toBe("95.82%");
    expect(formatPercent(dec("100.00"))).toBe("100%");
    expect(formatPercent(dec("111.60"))).toBe("111.6%");
  });

  it("prints amounts in table and message styles", () => {
    expect(formatAmount(dec("352"))).toBe("352");
    expect(formatAmount(dec("337.28"))).toBe("337.28");
    expect(formatAmount(dec("1356.16"))).toBe("1356.16");
    expect(formatAmount(dec("2185.74"), MESSAGE_AMOUNT_STYLE)).toBe("2,185.74");
    expect(formatAmount(dec("1234.5"), { thousands: true, trimZeros: false })).toBe("1,234.50");
    expect(formatAmount(dec("1000000"), MESSAGE_AMOUNT_STYLE)).toBe("1,000,000");
  });

  it("prints indicator values with units", () => {
    expect(formatValue(dec("85"), "万元")).toBe("85万元");
    expect(formatValue(dec("260.0"), "个/套")).toBe("260个/套");
    expect(formatValue(dec("98.99"), "%")).toBe("98.99%");
  });
});

describe("grades", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
  ])("Shandong: %s → %s", (score, label) => {
    expect(gradeOf(dec(score), SHANDONG_GRADES)).toBe(label);
  });

  it("Shanghai uses 优/良/合格/不合格 on the same cut-offs", () => {
    expect(["95", "85", "65", "59.99"].map((s) => gradeOf(dec(s), SHANGHAI_GRADES))).toEqual(["优", "良", "合格", "不合格"]);
  });

  it("counts grades in scale order, zeros included", () => {
    expect(countGrades(["99.9", "98.2", "85", "10"].map(dec))).toEqual([
      { label: "优", count: 2 },
      { label: "良", count: 1 },
      { label: "中", count: 0 },
      { label: "差", count: 1 },
    ]);
  });
});
