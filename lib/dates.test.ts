import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("dates in 北京时间", () => {
  it("prints what toLocale…String printed, midnight and the turn of the year included", () => {
    const zone = { timeZone: "Asia/Shanghai" };
    for (let t = Date.UTC(2023, 11, 31, 15, 59, 59); t < Date.UTC(2025, 0, 2); t += 3_600_000 * 5 + 61_001) {
      const d = new Date(t);
      expect(formatDate(d)).toBe(d.toLocaleDateString("zh-CN", zone));
      expect(formatDateTime(d)).toBe(d.toLocaleString("zh-CN", zone));
      expect(formatDateTime(d)).toBe(d.toLocaleString("zh-CN", { ...zone, hour12: false }));
    }
  });

  it("is Beijing time whatever the server's zone", () => {
    const midnightInBeijing = new Date(Date.UTC(2024, 0, 1, 16, 0, 5));
    expect(formatDate(midnightInBeijing)).toBe("2024/1/2");
    expect(formatDateTime(midnightInBeijing)).toBe("2024/1/2 00:00:05");
  });
});
