/**
 * Money is integer 分 (`bigint`) everywhere: books are kept to the 分, and 万元 with two
 * decimals exist only at the display edge. Nothing here touches a JavaScript float.
 */

export type Fen = bigint;

/** How numbers are written: tables always keep two decimals; narratives may trim zeros. */
export interface NumberStyle {
  readonly thousands: boolean;
  readonly trimZeros: boolean;
}

export const TABLE_NUMBER_STYLE: NumberStyle = { thousands: true, trimZeros: false };
/** Machine-readable: open data and CSV ("4299.91"). */
export const PLAIN_NUMBER_STYLE: NumberStyle = { thousands: false, trimZeros: false };

export const FEN_PER_YUAN = 100n;
/** 1 万元 = 10,000 元 = 1,000,000 分. */
export const FEN_PER_WAN = 1_000_000n;
/** The published unit is 0.01 万元 = 100 元 = 10,000 分. */
export const FEN_PER_WAN_HUNDREDTH = 10_000n;

export const MAX_YUAN = 1_000_000_000_000n;
export const MAX_FEN = MAX_YUAN * FEN_PER_YUAN;

export const MONEY_MESSAGES = {
  notANumber: "只能填写数字、小数点和千分位逗号（例如 1,234.56）",
  sign: "正负号只能写一个，且只能写在最前面",
  decimals: "最多两位小数",
  negative: "不能为负数",
  tooLarge: "超过上限 1,000,000,000,000 元",
  thousands: "千分位逗号位置不正确（应每三位一个，例如 1,234,567.89）",
  point: "小数点写法不正确（例如 1234.5 或 0.5）",
} as const;

/**
 * `fen: null` means the cell was left blank. Blank is kept apart from 0 because the
 * published tables print blank cells, and "not entered" must survive a round trip.
 */
export type ParseYuanResult =
  | { ok: true; fen: Fen | null }
  | { ok: false; message: string };

export interface ParseYuanOptions {
  allowNegative?: boolean;
}

const FULL_WIDTH: Record<string, string> = {
  "．": ".",
  "，": ",",
  "－": "-",
  "−": "-",
  "＋": "+",
};

/**
 * Amounts as people type them and as Excel shows them: full-width digits and punctuation from
 * Chinese IMEs become ASCII; the accounting format's zero ("-", "－", "—") is zero; a negative in
 * parentheses ("(1,234.00)", "（1,234.00）") is a minus sign; a currency sign is dropped.
 */
export function normalizeAmountText(input: string): string {
  let out = "";
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  let text = out.trim().replace(/^[¥￥]\s*/, "");
  if (/^[-—–]$/.test(text)) return "0";
  const bracketed = /^[(（]\s*(.+?)\s*[)）]$/.exec(text);
  if (bracketed && !/^[-+]/.test(bracketed[1])) text = `-${bracketed[1]}`;
  return text;
}

const GROUPED_INTEGER = /^\d{1,3}(,\d{3})+$/;
const PLAIN_INTEGER = /^\d+$/;

/** Parses an amount typed in 元 ("1,234.56", "１２３４．５", "  12 ") into 分. */
export function parseYuan(input: string, options: ParseYuanOptions = {}): ParseYuanResult {
  const text = normalizeAmountText(input);
  if (text === "") return { ok: true, fen: null };

  let body = text;
  let negative = false;
  if (body[0] === "-" || body[0] === "+") {
    negative = body[0] === "-";
    body = body.slice(1);
  }
  if (body.includes("-") || body.includes("+")) return fail(MONEY_MESSAGES.sign);
  if (body === "" || /[^0-9.,]/.test(body)) return fail(MONEY_MESSAGES.notANumber);

  const parts = body.split(".");
  if (parts.length > 2) return fail(MONEY_MESSAGES.point);
  const [integerText, fractionText = ""] = parts;
  if (integerText === "" || (parts.length === 2 && fractionText === "")) {
    return fail(MONEY_MESSAGES.point);
  }
  if (fractionText.includes(",")) return fail(MONEY_MESSAGES.thousands);
  if (integerText.includes(",") && !GROUPED_INTEGER.test(integerText)) {
    return fail(MONEY_MESSAGES.thousands);
  }
  const digits = integerText.replaceAll(",", "");
  if (!PLAIN_INTEGER.test(digits)) return fail(MONEY_MESSAGES.notANumber);
  if (fractionText.length > 2) return fail(MONEY_MESSAGES.decimals);

  // Length first, so a 400-digit paste never becomes a 400-digit bigint.
  const significant = digits.replace(/^0+(?=\d)/, "");
  const fen =
    significant.length > MAX_YUAN.toString().length
      ? MAX_FEN + 1n
      : BigInt(significant) * FEN_PER_YUAN + BigInt(fractionText.padEnd(2, "0"));

  if (negative && fen !== 0n && !options.allowNegative) return fail(MONEY_MESSAGES.negative);
  if (fen > MAX_FEN) return fail(MONEY_MESSAGES.tooLarge);
  return { ok: true, fen: negative ? -fen : fen };
}

function fail(message: string): ParseYuanResult {
  return { ok: false, message };
}

/** Integer division rounding half away from zero (the 四舍五入 of the published tables). */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("divRoundHalfUp: denominator is zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** 分 → hundredths of 万元, rounded half up, as every published cell is. */
export function fenToWanHundredths(fen: Fen): bigint {
  return divRoundHalfUp(fen, FEN_PER_WAN_HUNDREDTH);
}

/** Writes an integer that carries `decimals` implied decimal places. */
export function formatScaled(value: bigint, decimals: number, style: NumberStyle): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, "0");
  let integer = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  if (style.thousands) integer = integer.replace(/\B(?=(\d{3})+$)/g, ",");
  if (style.trimZeros) fraction = fraction.replace(/0+$/, "");
  const body = fraction === "" ? integer : `${integer}.${fraction}`;
  return negative ? `-${body}` : body;
}

/** "1,234.56" — 元 with two decimals, for messages and inputs. */
export function formatYuan(fen: Fen): string {
  return formatScaled(fen, 2, TABLE_NUMBER_STYLE);
}

/** "4,299.91" — the 万元 figure a published cell shows for this exact amount. */
export function formatWan(fen: Fen, style: NumberStyle = TABLE_NUMBER_STYLE): string {
  return formatScaled(fenToWanHundredths(fen), 2, style);
}

/** Narrative numbers in the template's style: Shandong writes "4,275.7", "1,962", "0". */
export function formatNumberForText(hundredths: bigint, style: NumberStyle): string {
  return formatScaled(hundredths, 2, style);
}

/** numerator / denominator as a percentage in hundredths (48.60% → 4860n); null when the base is 0. */
export function percentHundredths(numerator: bigint, denominator: bigint): bigint | null {
  if (denominator === 0n) return null;
  return divRoundHalfUp(numerator * 10_000n, denominator);
}

/** "48.6", "100", "33.93" (without the % sign); null when the base is 0, which texts word specially. */
export function formatPercent(
  numerator: bigint,
  denominator: bigint,
  style: NumberStyle,
): string | null {
  const hundredths = percentHundredths(numerator, denominator);
  return hundredths === null ? null : formatScaled(hundredths, 2, style);
}
