// Tests for lib/validation/tables.ts (kept beside the cell rules it applies).
import { describe, expect, it } from "vitest";
import { createSaveTableInputsSchema, saveTableInputsSchema, type SaveTableInputsPayload } from "../validation/tables";
import { replaceTableInputs, emptyInputs } from "./inputs";
import { shandong2024 } from "./templates/shandong-2024";

const payload = (cells: SaveTableInputsPayload["cells"], table: SaveTableInputsPayload["table"] = "t03"): SaveTableInputsPayload => ({
  reportId: "rep_1",
  table,
  baseVersion: 4,
  cells,
});

function issues(input: unknown): string[] {
  const result = saveTableInputsSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
}

describe("saveTableInputsSchema", () => {
  it("parses typed amounts into 分, blank into null", () => {
    const result = saveTableInputsSchema.parse(
      payload([
        { row: "2010301", column: "basic", value: "1,234.56" },
        { row: "2010301", column: "project", value: "１２３４．５" },
        { row: "2010302", column: "project", value: " " },
      ]),
    );
    expect(result).toEqual({
      reportId: "rep_1",
      table: "t03",
      baseVersion: 4,
      cells: [
        { row: "2010301", column: "basic", fen: 123456n },
        { row: "2010301", column: "project", fen: 123450n },
        { row: "2010302", column: "project", fen: null },
      ],
    });
  });

  it("accepts the input cells of the non-coded tables", () => {
    expect(issues(payload([{ row: "nonFiscalOpening", column: "amount", value: "5" }], "t01"))).toEqual([]);
    expect(issues(payload([{ row: "openingGp", column: "amount", value: "5" }], "t04"))).toEqual([]);
    expect(issues(payload([{ row: "30101", column: "amount", value: "5" }], "t06"))).toEqual([]);
    expect(issues(payload([{ row: "actual", column: "reception", value: "5" }], "t09"))).toEqual([]);
  });

  it("rejects bad amounts with the parser's Chinese message, at the cell's path", () => {
    expect(
      issues(
        payload([
          { row: "2010301", column: "basic", value: "1e309" },
          { row: "2010301", column: "project", value: "1.234" },
          { row: "2010302", column: "project", value: "-5" },
        ]),
      ),
    ).toEqual([
      "cells.0.value 只能填写数字、小数点和千分位逗号（例如 1,234.56）",
      "cells.1.value 最多两位小数",
      "cells.2.value 不能为负数",
    ]);
  });

  it("rejects derived cells, summary rows, malformed codes and duplicates", () => {
    expect(
      issues(
        payload([
          { row: "合计", column: "basic", value: "1" },
          { row: "2010301", column: "total", value: "1" },
          { row: "201", column: "basic", value: "1" },
          { row: "20103011", column: "basic", value: "1" },
          { row: "2010301", column: "basic", value: "1" },
          { row: "2010301", column: "basic", value: "2" },
        ]),
      ),
    ).toEqual([
      "cells.0 「合计」为自动计算单元格，不能直接填写",
      "cells.1 「本年支出合计」为自动计算单元格，不能直接填写",
      "cells.2 「201」为类、款汇总行，自动计算，不能直接填写",
      "cells.3 科目编码「20103011」应为7位项级科目编码",
      "cells.5 同一单元格填写了两次",
    ]);
  });

  it("rejects a malformed envelope", () => {
    expect(issues({ reportId: "", table: "t10", baseVersion: -1, cells: "x" })).toEqual([
      "reportId 缺少报表编号",
      "table 表号不正确",
      "baseVersion 版本号不能为负数",
      "cells 单元格列表格式不正确",
    ]);
    expect(issues(null)).toEqual([" 保存内容格式不正确"]);
    expect(issues(payload([{ row: 2010301, column: "basic", value: 5 } as never]))).toEqual([
      "cells.0.row 行编码应为文字",
      "cells.0.value 金额应为文字",
    ]);
  });

  it("feeds replaceTableInputs directly", () => {
    const data = createSaveTableInputsSchema(shandong2024).parse(payload([{ row: "2010301", column: "basic", value: "10" }]));
    const cells = data.cells.flatMap((c) => (c.fen === null ? [] : [{ row: c.row, column: c.column, fen: c.fen }]));
    expect(replaceTableInputs(emptyInputs(), data.table, cells).expenditure).toEqual({ "2010301": { basic: 1000n } });
  });
});
