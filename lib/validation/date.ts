import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-12-31" that names a real calendar day (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map((part) => Number.parseInt(part, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A required ISO date typed by a person. */
export function isoDate(label = "日期") {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .refine((s) => ISO_DATE.test(s), `${label}格式应为 2024-12-31`)
    .refine((s) => !ISO_DATE.test(s) || isIsoDate(s), `${label}不存在`);
}

/** "2025-02-24" → "2025年2月24日", as published documents print dates. */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map((part) => Number.parseInt(part, 10));
  return `${y}年${m}月${d}日`;
}
