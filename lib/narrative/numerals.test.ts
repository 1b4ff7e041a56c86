import { describe, expect, it } from "vitest";
import { chineseOrdinal } from "./numerals";

describe("chineseOrdinal", () => {
  it.each([
    [1, "一"],
    [10, "十"],
    [16, "十六"],
    [20, "二十"],
    [28, "二十八"],
    [99, "九十九"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [115, "一百一十五"],
    [230, "二百三十"],
  ])("%i → %s", (n, text) => {
    expect(chineseOrdinal(n)).toBe(text);
  });

  it("refuses numbers it cannot write", () => {
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
    expect(() => chineseOrdinal(1000)).toThrow(RangeError);
  });
});
