/** Chinese ordinals for section, item and glossary numbering (一 … 九百九十九). */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 16 → 十六, 28 → 二十八, 101 → 一百零一, 110 → 一百一十. */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseOrdinal: ${n} is outside 1–999`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (hundreds === 0) {
    if (tens === 0) return DIGITS[ones];
    return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
  }
  let out = `${DIGITS[hundreds]}百`;
  if (tens === 0 && ones === 0) return out;
  // Below 百 every 十 keeps its digit (一百一十), and a missing 十 reads 零 (一百零五).
  out += tens === 0 ? "零" : `${DIGITS[tens]}十`;
  return ones === 0 ? out : out + DIGITS[ones];
}
