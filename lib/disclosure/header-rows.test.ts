import { describe, expect, it } from "vitest";
import { headerRows } from "./header-rows";

describe("headerRows", () => {
  it("merges a shared parent and spans shallow columns down", () => {
    const rows = headerRows([{ header: ["年初结转和结余"] }, { header: ["本年支出", "小计"] }, { header: ["本年支出", "基本支出"] }]);
    expect(rows[0].map((c) => [c.label, c.colSpan, c.rowSpan])).toEqual([["年初结转和结余", 1, 2], ["本年支出", 2, 1]]);
    expect(rows[1].map((c) => c.label)).toEqual(["小计", "基本支出"]);
  });

  it("stretches leaves to a minimum depth", () => {
    const rows = headerRows([{ header: ["a"] }], 2);
    expect(rows).toHaveLength(2);
    expect(rows[0][0].rowSpan).toBe(2);
    expect(rows[1]).toEqual([]);
  });

  it("keeps one row for flat headers", () => {
    expect(headerRows([{ header: ["a"] }, { header: ["b"] }])).toHaveLength(1);
  });
});
