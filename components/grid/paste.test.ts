import { describe, expect, it } from "vitest";
import { parseYuan } from "@/lib/money";
import { parseClipboardBlock, planCodedPaste, planPaste, type PasteColumn } from "./paste";

describe("parseClipboardBlock", () => {
  it("reads rows and tab-separated cells, dropping Excel's trailing newline", () => {
    expect(parseClipboardBlock("1,234.56\t2\r\n3\t4\r\n")).toEqual([["1,234.56", "2"], ["3", "4"]]);
  });
  it("unquotes cells that contain separators", () => {
    expect(parseClipboardBlock('"a\tb"\t"say ""hi"""\n')).toEqual([["a\tb", 'say "hi"']]);
  });
  it("reads a single value", () => {
    expect(parseClipboardBlock(" 12 ")).toEqual([["12"]]);
  });
});

describe("planPaste", () => {
  it("places a block starting at the focused cell", () => {
    expect(planPaste([["1", "2"], ["3", "4"]], 1, 0, 3, 2).cells).toEqual([[1, 0, "1"], [1, 1, "2"], [2, 0, "3"], [2, 1, "4"]]);
  });
  it("refuses a block larger than what is left of the table", () => {
    const plan = planPaste([["1", "2", "3"]], 0, 0, 5, 2);
    expect(plan.ok).toBe(false);
    expect(plan.message).toContain("超出了表格可填写的范围");
    expect(plan.cells).toEqual([]);
  });
});

describe("planCodedPaste", () => {
  // 公开03's columns as printed: 合计 (derived), then the five that staff type.
  const columns: PasteColumn[] = [
    { key: "total", title: "合计", input: false },
    { key: "basic", title: "基本支出", input: true },
    { key: "project", title: "项目支出", input: true },
    { key: "toSuperior", title: "上缴上级支出", input: true },
    { key: "business", title: "经营支出", input: true },
    { key: "toSubsidiary", title: "对附属单位补助支出", input: true },
  ];
  const known = new Set(["2010301", "2010350", "2080505"]);
  const fen = (t: string) => {
    const r = parseYuan(t, { allowNegative: true });
    return r.ok ? r.fen : undefined;
  };
  const plan = (text: string) => planCodedPaste(parseClipboardBlock(text), columns, (c) => known.has(c), fen);

  it("puts a code + name row copied with its 合计 into the columns it was printed in", () => {
    expect(plan("2010301\t行政运行\t3,000.00\t2,000.00\t1,000.00\t-\t-\t-\n")).toEqual({
      kind: "rows",
      rows: [{ code: "2010301", cells: [{ column: "basic", text: "2,000.00" }, { column: "project", text: "1,000.00" }, { column: "toSuperior", text: "-" }, { column: "business", text: "-" }, { column: "toSubsidiary", text: "-" }] }],
      skipped: 0,
      mismatches: [],
    });
  });

  it("takes rows without the 合计 column, or without a name, from the first column staff type", () => {
    const p = plan("2010301\t2000\t1000\n2080505\t社保缴费\t500\n");
    expect(p.kind === "rows" && p.rows.map((r) => [r.code, r.cells.map((c) => `${c.column}=${c.text}`)])).toEqual([
      ["2010301", ["basic=2000", "project=1000"]],
      ["2080505", ["basic=500"]],
    ]);
  });

  it("skips the 合计, 类 and 款 rows of a whole copied table, and says when a printed 合计 disagrees", () => {
    const p = plan("合计\t\t9\t9\t\t\t\t\n201\t一般公共服务支出\t9\t9\t\t\t\t\n20103\t政府办公厅\t9\t9\t\t\t\t\n2010301\t行政运行\t9\t8\t\t\t\t\n");
    expect(p).toMatchObject({ kind: "rows", skipped: 3, mismatches: ["2010301"] });
  });

  it("refuses a block naming a code the year's catalog lacks, or with too many amounts", () => {
    expect(plan("2010301\t行政运行\t1\n2019999\t不存在\t2\n")).toMatchObject({ kind: "error", message: expect.stringContaining("2019999 不在本年度的功能分类科目中") });
    expect(plan("2010301\t行政运行\t1\t2\t3\t4\t5\t6\t7\n")).toMatchObject({ kind: "error", message: expect.stringContaining("有 7 个金额") });
  });

  it("leaves plain amount blocks to the cell-by-cell paste", () => {
    expect(plan("1\t2\n3\t4\n").kind).toBe("cells");
    expect(plan("201\t一般公共服务支出\t9\n").kind).toBe("cells");
  });
});
