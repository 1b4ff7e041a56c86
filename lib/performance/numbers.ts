/**
 * Exact numbers for performance tables: scores, weights (分值), indicator values and 万元
 * amounts are `Decimal`s built from strings, never from JavaScript floats. Division is the
 * one inexact operation, so quotients that get rounded go through `divideRounded`, which
 * works on bigints and cannot be moved across a .xx5 boundary by a precision setting.
 */
import { normalizeAmountText } from "../money";
import Decimal from "decimal.js";

export { Decimal };

export type RoundingMode = "half-even" | "half-up";

export interface RoundingRule {
  readonly places: number;
  readonly mode: RoundingMode;
}

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Most decimals a typed value may carry (万元 to the 元 is 4). */
export const MAX_DECIMALS = 4;
const MAX_INTEGER_DIGITS = 12;

export const NUMBER_MESSAGES = {
  empty: "请填写数值",
  negative: "不能为负数",
  notANumber: "只能填写数字、小数点和千分位逗号（例如 1,234.56）",
  unit: "只填写数字，单位（如 %、万元）请填在单位栏",
  point: "小数点写法不正确（例如 1234.5 或 0.5）",
  thousands: "千分位逗号位置不正确（应每三位一个，例如 1,234,567.89）",
  tooLarge: "数值过大（整数部分最多 12 位）",
  decimals: (max: number) => `最多${max}位小数`,
} as const;

export type NumberParseResult = { ok: true; value: Decimal } | { ok: false; error: string };

/** Chinese IMEs type full-width digits and punctuation; read them as ASCII (as amounts are, plus ％). */
export function normalizeNumberText(input: string): string {
  return normalizeAmountText(input.replace(/％/g, "%"));
}

const GROUPED_INTEGER = /^\d{1,3}(,\d{3})+$/;
const PLAIN_INTEGER = /^\d+$/;

/**
 * Strict reading of a typed non-negative number: digits, at most one decimal point, at most
 * `maxDecimals` decimals, thousands separators only where they belong. Everything else
 * ("1e3", "0x10", "Infinity", ".5", "85万元", "-1") is refused with a Chinese message.
 */
export function parseNumberText(input: string, options: { maxDecimals?: number } = {}): NumberParseResult {
  const maxDecimals = options.maxDecimals ?? MAX_DECIMALS;
  const text = normalizeNumberText(input);
  if (text === "") return fail(NUMBER_MESSAGES.empty);
  if (text.startsWith("-")) return fail(NUMBER_MESSAGES.negative);
  if (/^[0-9.,]+\s*\S+$/.test(text) && /[%\u4e00-\u9fff/]/.test(text)) return fail(NUMBER_MESSAGES.unit);
  if (/[^0-9.,]/.test(text)) return fail(NUMBER_MESSAGES.notANumber);

  const parts = text.split(".");
  if (parts.length > 2) return fail(NUMBER_MESSAGES.point);
  const [integerText, fractionText = ""] = parts;
  if (integerText === "" || (parts.length === 2 && fractionText === "")) return fail(NUMBER_MESSAGES.point);
  if (fractionText.includes(",")) return fail(NUMBER_MESSAGES.thousands);
  if (integerText.includes(",") && !GROUPED_INTEGER.test(integerText)) return fail(NUMBER_MESSAGES.thousands);
  const digits = integerText.replaceAll(",", "");
  if (!PLAIN_INTEGER.test(digits)) return fail(NUMBER_MESSAGES.notANumber);
  if (fractionText.length > maxDecimals) return fail(NUMBER_MESSAGES.decimals(maxDecimals));
  if (digits.replace(/^0+(?=\d)/, "").length > MAX_INTEGER_DIGITS) return fail(NUMBER_MESSAGES.tooLarge);

  return { ok: true, value: new Decimal(fractionText === "" ? digits : `${digits}.${fractionText}`) };
}

function fail(error: string): NumberParseResult {
  return { ok: false, error };
}

/** A literal for code and seeds ("7.5"); throws, because a bad literal is a programming error. */
export function dec(text: string): Decimal {
  const parsed = parseNumberText(text);
  if (!parsed.ok) throw new Error(`invalid decimal literal "${text}": ${parsed.error}`);
  return parsed.value;
}

interface Scaled {
  readonly digits: bigint;
  readonly scale: number;
}

function toScaled(x: Decimal): Scaled {
  if (!x.isFinite()) throw new RangeError("non-finite decimal");
  const text = x.toFixed();
  const negative = text.startsWith("-");
  const [integerPart, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = BigInt(integerPart + fraction);
  return { digits: negative ? -digits : digits, scale: fraction.length };
}

/** numerator / denominator rounded to `rule.places` decimals, computed exactly. */
export function divideRounded(numerator: Decimal, denominator: Decimal, rule: RoundingRule): Decimal {
  if (denominator.isZero()) throw new RangeError("divideRounded: denominator is zero");
  const n = toScaled(numerator);
  const d = toScaled(denominator);
  // n/d × 10^places = n.digits × 10^(d.scale + places) / (d.digits × 10^n.scale)
  let num = n.digits * 10n ** BigInt(d.scale + rule.places);
  let den = d.digits * 10n ** BigInt(n.scale);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  if (negative) num = -num;
  let q = num / den;
  const twiceRemainder = 2n * (num % den);
  const roundUp =
    twiceRemainder > den || (twiceRemainder === den && (rule.mode === "half-up" || q % 2n === 1n));
  if (roundUp) q += 1n;
  return new Decimal(`${negative ? "-" : ""}${q}e-${rule.places}`);
}

export function roundTo(value: Decimal, rule: RoundingRule): Decimal {
  return divideRounded(value, ONE, rule);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/** 分 (the tables' bigint money) → 万元, exactly, for comparisons with 公开05. */
export function wanFromFen(fen: bigint): Decimal {
  return new Decimal(`${fen}e-6`);
}

/**
 * A Decimal scaled by 10^`places` as an exact bigint: 万元 → 分 is 6 places, a score → hundredths
 * is 2. Amounts parse to at most 4 decimals (MAX_DECIMALS) and scores round to 2, so a remainder
 * means a caller passed something finer than its unit: that is refused, never rounded away.
 */
export function scaledInteger(value: Decimal, places: number): bigint {
  const scaled = value.times(new Decimal(10).pow(places));
  if (!scaled.isInteger()) throw new Error(`${value.toFixed()} is finer than 10^-${places}`);
  return BigInt(scaled.toFixed(0));
}

/** 万元 → 分, exactly (see scaledInteger). */
export function fenFromWan(wan: Decimal): bigint {
  return scaledInteger(wan, 6);
}
