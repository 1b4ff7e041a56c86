import { describe, expect, it } from "vitest";
import { parsePrintedActual, parsePrintedTarget } from "./printed";
import { formatActual, formatTarget } from "./scoring";

describe("printed targets and actuals", () => {
  it.each(["≤85万元", "≥300个/套", "=100%", ">0人", "<5天", "≥1370.5万元"])("reads and reprints %s", (text) => {
    const r = parsePrintedTarget(text);
    expect(r.ok && formatTarget(r.value)).toBe(text);
  });

  it("normalizes other spellings of the operators", () => {
    const r = parsePrintedTarget(">= 90 %");
    expect(r.ok && r.value).toMatchObject({ kind: "quantitative", operator: "≥", unit: "%" });
    const full = parsePrintedTarget("＝１００％");
    expect(full.ok && full.value).toMatchObject({ kind: "quantitative", operator: "=", unit: "％" });
  });

  it("reads qualitative targets", () => {
    expect(parsePrintedTarget("优")).toEqual({ ok: true, value: { kind: "qualitative", expected: "优" } });
    expect(parsePrintedTarget(" 是 ")).toEqual({ ok: true, value: { kind: "qualitative", expected: "是" } });
  });

  it("refuses a number without an operator, and an operator without a number", () => {
    expect(parsePrintedTarget("100%")).toEqual({ ok: false, error: "年度指标值“100%”缺少比较符号（≥、≤、=、>、<）" });
    expect(parsePrintedTarget("≥很多")).toEqual({ ok: false, error: "年度指标值“≥很多”的比较符号后应为数值" });
    expect(parsePrintedTarget("≥1.23456人").ok).toBe(false);
    expect(parsePrintedTarget("").ok).toBe(false);
  });

  it("reads actuals as numbers with units, or as text", () => {
    for (const text of ["85万元", "260个/套", "98.99%", "1356.16万元"]) {
      const r = parsePrintedActual(text);
      expect(r.ok && r.value.kind === "quantitative" && formatActual(r.value)).toBe(text);
    }
    expect(parsePrintedActual("是")).toEqual({ ok: true, value: { kind: "qualitative", text: "是" } });
  });
});
