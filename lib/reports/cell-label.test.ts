import { describe, expect, it } from "vitest";
import { shandong2024 } from "@/lib/tables/templates/shandong-2024";
import { describeCell } from "./cell-label";

describe("describeCell", () => {
  const names = new Map([["2010301", "行政运行"]]);
  it("names coded, fixed, economic and 三公 cells as people read them", () => {
    expect(describeCell(shandong2024, names, { table: "t03", row: "2010301", column: "basic" })).toBe("公开03表 2010301 行政运行 · 基本支出");
    expect(describeCell(shandong2024, names, { table: "t04", row: "gpIncome", column: "amount" })).toBe("公开04表 一般公共预算财政拨款收入");
    expect(describeCell(shandong2024, names, { table: "t06", row: "30101", column: "amount" })).toBe("公开06表 30101 基本工资");
    expect(describeCell(shandong2024, names, { table: "t09", row: "actual", column: "abroad" })).toContain("因公出国");
  });
});
