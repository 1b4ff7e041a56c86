import { describe, expect, it } from "vitest";
import { zaozhuang2024Inputs } from "@/lib/tables/seed/zaozhuang-2024";
import { TABLE_KEYS } from "@/lib/tables/types";
import { fromStoredTable, inputsFromTables, tableRecord, toStoredTable, usedFunctionCodes } from "./table-data";

describe("stored table data", () => {
  it("round-trips every table of the seed report exactly", () => {
    const stored = TABLE_KEYS.map((tableKey) => ({ tableKey, data: JSON.parse(JSON.stringify(tableRecord(zaozhuang2024Inputs, tableKey).data)) }));
    expect(inputsFromTables(stored)).toEqual(zaozhuang2024Inputs);
  });

  it("keeps amounts beyond 2^53 分 exact", () => {
    const big = 123456789012345678n;
    expect(fromStoredTable(JSON.parse(JSON.stringify(toStoredTable([{ row: "r", column: "c", fen: big }]))))[0].fen).toBe(big);
  });

  it("ignores malformed cells instead of crashing", () => {
    expect(fromStoredTable({ cells: [["a", "b", "1.5"], ["a", 1, "2"], "x"] })).toEqual([]);
    expect(fromStoredTable(null)).toEqual([]);
  });

  it("lists used codes with their 类 and 款, only for coded tables", () => {
    expect(usedFunctionCodes("t03", [{ row: "2010301", column: "basic", fen: 1n }])).toEqual(["201", "20103", "2010301"]);
    expect(usedFunctionCodes("t06", [{ row: "30101", column: "amount", fen: 1n }])).toEqual([]);
  });
});
