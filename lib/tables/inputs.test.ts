import { describe, expect, it } from "vitest";
import {
  checkInputCell,
  emptyInputs,
  formatCellAddress,
  parseCellAddress,
  readInputCell,
  replaceTableInputs,
  TABLE_INPUT_GROUP,
  tableInputCells,
  withInputCell,
  type InputCellAddress,
} from "./inputs";
import { zaozhuang2024Inputs } from "./seed/zaozhuang-2024";
import { shandong2024 } from "./templates/shandong-2024";
import { TABLE_KEYS, type TableKey } from "./types";

describe("input cell addresses", () => {
  it("round-trip through their string form", () => {
    const address: InputCellAddress = { table: "t03", row: "2010301", column: "basic" };
    expect(formatCellAddress(address)).toBe("t03:2010301:basic");
    expect(parseCellAddress("t03:2010301:basic")).toEqual(address);
    expect(parseCellAddress("t09:actual:reception")).toEqual({ table: "t09", row: "actual", column: "reception" });
  });

  it.each(["", "t03", "t03:2010301", "t10:1:basic", "x03:1:basic", "t03:1:basic:extra"])("rejects %j", (text) => {
    expect(parseCellAddress(text)).toBeNull();
  });
});

describe("checkInputCell", () => {
  const check = (table: TableKey, row: string, column: string) => checkInputCell(shandong2024, table, row, column);

  it("accepts the input cells of every table", () => {
    expect(check("t02", "2010301", "fiscal")).toEqual({ ok: true });
    expect(check("t03", "2010301", "toAffiliated")).toEqual({ ok: true });
    expect(check("t05", "2010301", "project")).toEqual({ ok: true });
    expect(check("t07", "2120899", "opening")).toEqual({ ok: true });
    expect(check("t08", "2230101", "basic")).toEqual({ ok: true });
    expect(check("t01", "nonFiscalOpening", "amount")).toEqual({ ok: true });
    expect(check("t04", "openingGf", "amount")).toEqual({ ok: true });
    expect(check("t06", "30217", "amount")).toEqual({ ok: true });
    expect(check("t09", "actual", "vehicleOps")).toEqual({ ok: true });
  });

  it.each([
    ["t03", "合计", "basic", "「合计」为自动计算单元格，不能直接填写"],
    ["t03", "2010301", "total", "「本年支出合计」为自动计算单元格，不能直接填写"],
    ["t07", "2120899", "closing", "「年末结转和结余」为自动计算单元格，不能直接填写"],
    ["t03", "201", "basic", "「201」为类、款汇总行，自动计算，不能直接填写"],
    ["t03", "20103", "basic", "「20103」为类、款汇总行，自动计算，不能直接填写"],
    ["t03", "201030", "basic", "科目编码「201030」应为7位项级科目编码"],
    ["t03", "2010301", "fiscal", "公开03表没有「fiscal」栏"],
    ["t01", "total", "amount", "「本年收入合计」为自动计算单元格，不能直接填写"],
    ["t01", "nonFiscalOpening", "x", "公开01表没有「x」栏"],
    ["t04", "closingBalance", "amount", "「年末财政拨款结转和结余」为自动计算单元格，不能直接填写"],
    ["t04", "nothing", "amount", "公开04表没有可填写的「nothing」行"],
    ["t01", "toString", "amount", "公开01表没有可填写的「toString」行"],
    ["t06", "301", "amount", "「301 工资福利支出」为自动计算单元格，不能直接填写"],
    ["t06", "30230", "amount", "经济分类科目「30230」不在公开06表的科目列表中"],
    ["t09", "actual", "total", "「决算数合计」为自动计算单元格，不能直接填写"],
    ["t09", "actual", "vehicles", "「决算数公务用车购置及运行维护费小计」为自动计算单元格，不能直接填写"],
    ["t09", "other", "abroad", "公开09表没有「other」行，应为预算数（budget）或决算数（actual）"],
  ] as const)("%s %s %s → %s", (table, row, column, message) => {
    expect(check(table, row, column)).toEqual({ ok: false, message });
  });
});

describe("reading and writing inputs", () => {
  it("reads and writes a cell of every kind without touching the original", () => {
    const cells: InputCellAddress[] = [
      { table: "t02", row: "2010301", column: "other" },
      { table: "t01", row: "surplusDistribution", column: "amount" },
      { table: "t04", row: "gpIncome", column: "amount" },
      { table: "t06", row: "30101", column: "amount" },
      { table: "t09", row: "budget", column: "reception" },
    ];
    const before = structuredClone(zaozhuang2024Inputs);
    for (const address of cells) {
      const next = withInputCell(zaozhuang2024Inputs, address, 777n);
      expect(readInputCell(next, address)).toBe(777n);
      const cleared = withInputCell(next, address, undefined);
      expect(readInputCell(cleared, address)).toBeUndefined();
    }
    expect(zaozhuang2024Inputs).toEqual(before);
  });

  it("never treats prototype keys as cells", () => {
    expect(readInputCell(zaozhuang2024Inputs, { table: "t03", row: "toString", column: "basic" })).toBeUndefined();
    expect(readInputCell(zaozhuang2024Inputs, { table: "t01", row: "toString", column: "amount" })).toBeUndefined();
    expect(() => withInputCell(emptyInputs(), { table: "t03", row: "__proto__", column: "basic" }, 1n)).toThrow(RangeError);
    expect(() => replaceTableInputs(emptyInputs(), "t06", [{ row: "__proto__", column: "amount", fen: 1n }])).toThrow(RangeError);
  });

  it("drops a coded row once its last cell is cleared", () => {
    const address = { table: "t03", row: "2010150", column: "basic" } as const;
    const next = withInputCell(zaozhuang2024Inputs, address, undefined);
    expect("2010150" in next.expenditure).toBe(false);
    expect(readInputCell(next, address)).toBeUndefined();
  });

  it("round-trips each table's slice through tableInputCells and replaceTableInputs", () => {
    for (const table of TABLE_KEYS) {
      const cells = tableInputCells(zaozhuang2024Inputs, table);
      const rebuilt = replaceTableInputs(emptyInputs(), table, cells);
      const group = TABLE_INPUT_GROUP[table];
      expect(rebuilt[group]).toEqual(zaozhuang2024Inputs[group]);
    }
    expect(tableInputCells(zaozhuang2024Inputs, "t03")).toContainEqual({ row: "2010301", column: "basic", fen: 1_043_278_863n });
  });

  it("replaces a table's whole slice and leaves other tables alone", () => {
    const next = replaceTableInputs(zaozhuang2024Inputs, "t05", [{ row: "2010301", column: "basic", fen: 5n }]);
    expect(next.gp).toEqual({ "2010301": { basic: 5n } });
    expect(next.expenditure).toBe(zaozhuang2024Inputs.expenditure);
    expect(zaozhuang2024Inputs.gp["2010301"].basic).toBe(1_043_278_863n);
  });
});
