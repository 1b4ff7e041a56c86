import { describe, expect, it } from "vitest";
import { parseClipboardBlock, planPaste } from "./paste";

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
