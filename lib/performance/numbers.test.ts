import { describe, expect, it } from "vitest";
import { Decimal, NUMBER_MESSAGES, dec, divideRounded, parseNumberText, roundTo, wanFromFen, type RoundingRule } from "./numbers";

const HALF_EVEN: RoundingRule = { places: 2, mode: "half-even" };
const HALF_UP: RoundingRule = { places: 2, mode: "half-up" };

function parsed(text: string, maxDecimals?: number): string {
  const r = parseNumberText(text, { maxDecimals });
  return r.ok ? r.value.toFixed() : `ERR ${r.error}`;
}

describe("parseNumberText", () => {
  it.each([
    ["352", "352"],
    ["337.28", "337.28"],
    ["1,356.16", "1356.16"],
    ["1,234,567.8901", "1234567.8901"],
    ["  7.5 ", "7.5"],
    ["　90　", "90"],
    ["１３５６．１６", "1356.16"],
    ["１，３５６", "1356"],
    ["0", "0"],
    ["0.5", "0.5"],
    ["007", "7"],
  ])("reads %j as %s", (text, value) => {
    expect(parsed(text)).toBe(value);
  });

  it.each([
    ["", NUMBER_MESSAGES.empty],
    ["   ", NUMBER_MESSAGES.empty],
    ["-1", NUMBER_MESSAGES.negative],
    ["－3.5", NUMBER_MESSAGES.negative],
    [".5", NUMBER_MESSAGES.point],
    ["5.", NUMBER_MESSAGES.point],
    ["1.2.3", NUMBER_MESSAGES.point],
    ["1,23", NUMBER_MESSAGES.thousands],
    ["12,345,67", NUMBER_MESSAGES.thousands],
    ["1.234,5", NUMBER_MESSAGES.thousands],
    ["1e3", NUMBER_MESSAGES.notANumber],
    ["Infinity", NUMBER_MESSAGES.notANumber],
    ["NaN", NUMBER_MESSAGES.notANumber],
    ["0x10", NUMBER_MESSAGES.notANumber],
    ["+5", NUMBER_MESSAGES.notANumber],
    ["1 000", NUMBER_MESSAGES.notANumber],
    ["90%", NUMBER_MESSAGES.unit],
    ["85万元", NUMBER_MESSAGES.unit],
    ["260个/套", NUMBER_MESSAGES.unit],
    ["1234567890123", NUMBER_MESSAGES.tooLarge],
    ["1.23456", NUMBER_MESSAGES.decimals(4)],
  ])("refuses %j", (text, message) => {
    expect(parsed(text)).toBe(`ERR ${message}`);
  });

  it("allows at most 4 decimals by default and fewer on request", () => {
    expect(parsed("1.2345")).toBe("1.2345");
    expect(parsed("7.125", 2)).toBe(`ERR ${NUMBER_MESSAGES.decimals(2)}`);
    expect(NUMBER_MESSAGES.decimals(2)).toBe("最多2位小数");
  });

  it("accepts the 12-digit maximum", () => {
    expect(parsed("999,999,999,999.99")).toBe("999999999999.99");
  });

  it("dec() throws on a bad literal", () => {
    expect(() => dec("7,5")).toThrow(/invalid decimal literal/);
    expect(dec("7.5").equals(new Decimal("7.5"))).toBe(true);
  });
});

describe("divideRounded", () => {
  const q = (n: string, d: string, rule = HALF_EVEN) => divideRounded(dec(n), dec(d), rule).toFixed(2);

  it("rounds exact halves to even", () => {
    expect(q("14250", "2000")).toBe("7.12"); // 7.125
    expect(q("7.135", "1")).toBe("7.14");
    expect(q("0.005", "1")).toBe("0.00");
    expect(q("0.015", "1")).toBe("0.02");
    expect(q("2.675", "1")).toBe("2.68");
    expect(q("2.665", "1")).toBe("2.66");
  });

  it("rounds exact halves up in half-up mode", () => {
    expect(q("14250", "2000", HALF_UP)).toBe("7.13");
    expect(q("2.665", "1", HALF_UP)).toBe("2.67");
    // 1.005 is 1.00499… as a float; exact arithmetic keeps it a half.
    expect(q("1.005", "1", HALF_UP)).toBe("1.01");
  });

  it("rounds non-halves to nearest in both modes", () => {
    expect(q("1", "3")).toBe("0.33");
    expect(q("2", "3")).toBe("0.67");
    expect(q("3372.8", "352")).toBe("9.58"); // 9.5818…
    expect(q("13561.6", "1370")).toBe("9.90"); // 9.8989…
    expect(q("13561.6", "1370", HALF_UP)).toBe("9.90");
  });

  it("handles signs and other precisions", () => {
    expect(divideRounded(dec("7.125").negated(), dec("1"), HALF_EVEN).toFixed(2)).toBe("-7.12");
    expect(divideRounded(dec("7.135"), dec("1").negated(), HALF_EVEN).toFixed(2)).toBe("-7.14");
    expect(divideRounded(dec("5"), dec("2"), { places: 0, mode: "half-even" }).toFixed()).toBe("2");
    expect(roundTo(dec("98.2068"), HALF_EVEN).toFixed(2)).toBe("98.21");
  });

  it("refuses a zero denominator", () => {
    expect(() => divideRounded(dec("1"), dec("0"), HALF_EVEN)).toThrow(RangeError);
  });
});

describe("wanFromFen", () => {
  it("converts 分 to 万元 exactly", () => {
    expect(wanFromFen(2_185_740_000n).toFixed(2)).toBe("2185.74");
    expect(wanFromFen(1n).toFixed()).toBe("0.000001");
  });
});
