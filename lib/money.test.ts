import { describe, expect, it } from "vitest";
import {
  divRoundHalfUp,
  fenToWanHundredths,
  formatNumberForText,
  formatPercent,
  formatWan,
  formatYuan,
  MONEY_MESSAGES,
  parseYuan,
  percentHundredths,
  TABLE_NUMBER_STYLE,
  type NumberStyle,
} from "./money";

const SHANDONG_TEXT: NumberStyle = { thousands: true, trimZeros: true };
const SHANGHAI_TEXT: NumberStyle = { thousands: false, trimZeros: false };

function fenOf(input: string, allowNegative = false): bigint | null {
  const result = parseYuan(input, { allowNegative });
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.message}`);
  return result.fen;
}

function messageOf(input: string, allowNegative = false): string {
  const result = parseYuan(input, { allowNegative });
  if (result.ok) throw new Error(`expected ${input} to be rejected, got ${result.fen}`);
  return result.message;
}

describe("parseYuan accepts what staff type", () => {
  it.each([
    ["1,234.56", 123456n],
    ["1234.56", 123456n],
    ["1234.5", 123450n],
    ["1234", 123400n],
    ["0", 0n],
    ["0.01", 1n],
    ["007", 700n],
    ["  42.10  ", 4210n],
    ["\u3000１２３４．５\u3000", 123450n],
    ["１，２３４．５６", 123456n],
    ["+12", 1200n],
    ["-0", 0n],
    ["1,000,000,000,000", 100_000_000_000_000n],
    ["999,999,999,999.99", 99_999_999_999_999n],
  ])("%s → %s 分", (input, fen) => {
    expect(fenOf(input)).toBe(fen);
  });

  it("treats an empty or blank cell as null, distinct from 0", () => {
    expect(parseYuan("")).toEqual({ ok: true, fen: null });
    expect(parseYuan("   ")).toEqual({ ok: true, fen: null });
    expect(parseYuan("\u3000")).toEqual({ ok: true, fen: null });
    expect(parseYuan("0")).toEqual({ ok: true, fen: 0n });
  });

  it("accepts negatives only when allowed", () => {
    expect(fenOf("-1,234.56", true)).toBe(-123456n);
    expect(fenOf("－５", true)).toBe(-500n);
    expect(messageOf("-5")).toBe("不能为负数");
  });

  it("reads amounts as Excel shows them: accounting zeros, negatives in parentheses, currency signs", () => {
    for (const zero of ["-", "－", "—", " - ", "¥ -"]) expect(fenOf(zero), zero).toBe(0n);
    expect(fenOf("(1,234.50)", true)).toBe(-123450n);
    expect(fenOf("（５）", true)).toBe(-500n);
    expect(messageOf("(1,234.50)")).toBe("不能为负数");
    expect(fenOf("¥1,234.00")).toBe(123400n);
    expect(fenOf("￥ 12")).toBe(1200n);
    expect(messageOf("(-5)", true)).toBe(MONEY_MESSAGES.sign);
    expect(messageOf("()")).toBe(MONEY_MESSAGES.notANumber);
  });
});

describe("parseYuan rejects bad input with a Chinese message", () => {
  it.each([
    ["abc", MONEY_MESSAGES.notANumber],
    ["12a", MONEY_MESSAGES.notANumber],
    ["1e309", MONEY_MESSAGES.notANumber],
    ["1E5", MONEY_MESSAGES.notANumber],
    ["NaN", MONEY_MESSAGES.notANumber],
    ["Infinity", MONEY_MESSAGES.notANumber],
    ["-Infinity", MONEY_MESSAGES.notANumber],
    ["1 234", MONEY_MESSAGES.notANumber],
    ["+", MONEY_MESSAGES.notANumber],
    ["--5", MONEY_MESSAGES.sign],
    ["+-", MONEY_MESSAGES.sign],
    ["5-3", MONEY_MESSAGES.sign],
    ["1.234", "最多两位小数"],
    ["0.001", "最多两位小数"],
    ["1.230", "最多两位小数"],
    ["-5", "不能为负数"],
    ["1,000,000,000,000.01", "超过上限 1,000,000,000,000 元"],
    ["1000000000001", "超过上限 1,000,000,000,000 元"],
    ["12345678901234567890", "超过上限 1,000,000,000,000 元"],
    ["99999999999999999999.99", "超过上限 1,000,000,000,000 元"],
    ["1,23,456", MONEY_MESSAGES.thousands],
    ["12,34", MONEY_MESSAGES.thousands],
    [",123", MONEY_MESSAGES.thousands],
    ["1,234,56", MONEY_MESSAGES.thousands],
    ["1234,567", MONEY_MESSAGES.thousands],
    ["1,234.5,6", MONEY_MESSAGES.thousands],
    ["1.2.3", MONEY_MESSAGES.point],
    [".5", MONEY_MESSAGES.point],
    ["5.", MONEY_MESSAGES.point],
  ])("%s → %s", (input, message) => {
    expect(messageOf(input)).toBe(message);
  });

  it("still rejects a too-large negative when negatives are allowed", () => {
    expect(messageOf("-1,000,000,000,000.01", true)).toBe("超过上限 1,000,000,000,000 元");
  });
});

describe("rounding to 万元", () => {
  it("rounds half away from zero to 0.01 万元 (10,000 分)", () => {
    expect(fenToWanHundredths(4_999n)).toBe(0n);
    expect(fenToWanHundredths(5_000n)).toBe(1n);
    expect(fenToWanHundredths(14_999n)).toBe(1n);
    expect(fenToWanHundredths(15_000n)).toBe(2n);
    expect(fenToWanHundredths(-5_000n)).toBe(-1n);
    expect(fenToWanHundredths(-4_999n)).toBe(0n);
    expect(fenToWanHundredths(4_299_905_195n)).toBe(429_991n);
  });

  it("divRoundHalfUp handles signs and refuses a zero divisor", () => {
    expect(divRoundHalfUp(7n, 2n)).toBe(4n);
    expect(divRoundHalfUp(-7n, 2n)).toBe(-4n);
    expect(divRoundHalfUp(7n, -2n)).toBe(-4n);
    expect(divRoundHalfUp(5n, 3n)).toBe(2n);
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});

describe("formatting", () => {
  it("formatYuan writes 元 with separators and two decimals", () => {
    expect(formatYuan(123456n)).toBe("1,234.56");
    expect(formatYuan(0n)).toBe("0.00");
    expect(formatYuan(5n)).toBe("0.05");
    expect(formatYuan(-123456789n)).toBe("-1,234,567.89");
    expect(formatYuan(100_000_000_000_000n)).toBe("1,000,000,000,000.00");
  });

  it("formatWan reproduces the published table figures", () => {
    expect(formatWan(4_299_905_195n)).toBe("4,299.91");
    expect(formatWan(2_089_953_534n)).toBe("2,089.95");
    expect(formatWan(427_570_000n)).toBe("427.57");
    expect(formatWan(10_000n)).toBe("0.01");
    expect(formatWan(4_999n)).toBe("0.00");
    expect(formatWan(0n)).toBe("0.00");
    expect(formatWan(-10_000n)).toBe("-0.01");
    expect(formatWan(123_456_789_000n, SHANGHAI_TEXT)).toBe("123456.79");
  });

  it("formatNumberForText follows the template's narrative style", () => {
    expect(formatNumberForText(427570n, SHANDONG_TEXT)).toBe("4,275.7");
    expect(formatNumberForText(196200n, SHANDONG_TEXT)).toBe("1,962");
    expect(formatNumberForText(0n, SHANDONG_TEXT)).toBe("0");
    expect(formatNumberForText(1n, SHANDONG_TEXT)).toBe("0.01");
    expect(formatNumberForText(429991n, SHANDONG_TEXT)).toBe("4,299.91");
    expect(formatNumberForText(427570n, SHANGHAI_TEXT)).toBe("4275.70");
    expect(formatNumberForText(427570n, TABLE_NUMBER_STYLE)).toBe("4,275.70");
    expect(formatNumberForText(-220806n, SHANDONG_TEXT)).toBe("-2,208.06");
  });

  it("percentages round half up to two decimals, in the same style", () => {
    // Seed: 基本支出 2,089.95 / 4,299.91 = 48.6%; 项目 51.4%; 100%; 2,208.06 / 6,507.97 = 33.93%.
    expect(formatPercent(208995n, 429991n, SHANDONG_TEXT)).toBe("48.6");
    expect(formatPercent(220995n, 429991n, SHANDONG_TEXT)).toBe("51.4");
    expect(formatPercent(429991n, 429991n, SHANDONG_TEXT)).toBe("100");
    expect(formatPercent(220806n, 650797n, SHANDONG_TEXT)).toBe("33.93");
    expect(formatPercent(427570n, 429991n, SHANDONG_TEXT)).toBe("99.44");
    expect(formatPercent(429991n, 429991n, SHANGHAI_TEXT)).toBe("100.00");
    // 1/8 = 12.5% exactly; 1/800 = 0.125% → 0.13 (half up, not to even).
    expect(formatPercent(1n, 8n, SHANDONG_TEXT)).toBe("12.5");
    expect(formatPercent(1n, 800n, SHANDONG_TEXT)).toBe("0.13");
    expect(percentHundredths(-1n, 800n)).toBe(-13n);
  });

  it("a zero base has no percentage", () => {
    expect(percentHundredths(5n, 0n)).toBeNull();
    expect(formatPercent(5n, 0n, SHANDONG_TEXT)).toBeNull();
  });
});
