/**
 * Dates and times as the pages print them, in 北京时间 ("2024/7/1", "2024/7/1 09:05:00"). Each
 * formatter is made once: `toLocaleDateString("zh-CN", { timeZone })` builds a new
 * Intl.DateTimeFormat on every call (~0.1–0.3 ms here), and the review desk's 50 rows spent 15 ms
 * of every request on it.
 */
const ZONE = "Asia/Shanghai";
const dateFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: ZONE, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

export function formatDateTime(d: Date): string {
  return dateTimeFormat.format(d);
}
