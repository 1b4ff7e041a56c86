import { describe, expect, it } from "vitest";
import { isUnsafeText } from "./text";

describe("isUnsafeText", () => {
  it.each([
    ["markup", "<img src=x>"],
    ["a NUL byte", "行政\u0000运行"],
    ["a right-to-left override", "报告\u202egnp.exe"],
    ["a zero-width space", "行政\u200b运行"],
    ["a byte-order mark", "\ufeff行政运行"],
    ["a lone high surrogate", "行政\ud800"],
    ["a lone low surrogate", "\udc00行政"],
    ["a reversed pair", "\udc00\ud800"],
  ])("refuses %s", (_, text) => {
    expect(isUnsafeText(text)).toBe(true);
    expect(isUnsafeText(text, { multiline: true })).toBe(true);
  });

  it("keeps characters outside the basic plane, and text that only reads like an attack", () => {
    for (const text of ["𠀀𪚥", "' OR 1=1 --", "javascript:alert(1)", "=SUM(A1)", "1,2,3", "１２３"]) expect(isUnsafeText(text)).toBe(false);
  });

  it("lets prose keep tabs and line breaks, one-line text not", () => {
    expect(isUnsafeText("第一段\r\n\t第二段", { multiline: true })).toBe(false);
    expect(isUnsafeText("第一段\n第二段")).toBe(true);
  });
});
