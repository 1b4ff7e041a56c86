import { describe, expect, it } from "vitest";
import { type CatalogEntryInput, levelOf, parentCodeOf, validateCatalogEntries } from "./codes";

/** Rows as an import numbers them: header on row 1, so entry i is row i + 2. */
function rows(...entries: Array<[string, string, string?]>): CatalogEntryInput[] {
  return entries.map(([code, name, explanation], i) => ({ code, name, explanation, row: i + 2 }));
}

function errorsOf(result: ReturnType<typeof validateCatalogEntries>): string[] {
  return result.ok ? [] : result.errors;
}

describe("levelOf", () => {
  it("knows 类/款/项 of function codes and 类/款 of economic codes", () => {
    expect(levelOf("FUNCTION", "201")).toEqual({ ok: true, level: "类" });
    expect(levelOf("FUNCTION", "20103")).toEqual({ ok: true, level: "款" });
    expect(levelOf("FUNCTION", "2010301")).toEqual({ ok: true, level: "项" });
    expect(levelOf("ECONOMIC", "301")).toEqual({ ok: true, level: "类" });
    expect(levelOf("ECONOMIC", "30101")).toEqual({ ok: true, level: "款" });
  });

  it("refuses wrong lengths, non-digits and empty codes", () => {
    expect(levelOf("FUNCTION", "2010")).toEqual({ ok: false, error: "科目编码“2010”长度应为3、5或7位（功能分类）" });
    expect(levelOf("ECONOMIC", "3010101")).toEqual({ ok: false, error: "科目编码“3010101”长度应为3或5位（经济分类）" });
    expect(levelOf("FUNCTION", "20a01")).toEqual({ ok: false, error: "科目编码“20a01”只能包含数字" });
    expect(levelOf("FUNCTION", "-2010")).toEqual({ ok: false, error: "科目编码“-2010”只能包含数字" });
    expect(levelOf("FUNCTION", "")).toEqual({ ok: false, error: "科目编码不能为空" });
  });
});

describe("parentCodeOf", () => {
  it("takes the first 3 digits of a 款 and the first 5 of a 项", () => {
    expect(parentCodeOf("FUNCTION", "20103")).toBe("201");
    expect(parentCodeOf("FUNCTION", "2010301")).toBe("20103");
    expect(parentCodeOf("ECONOMIC", "30101")).toBe("301");
  });

  it("has no parent for a 类 or an invalid code", () => {
    expect(parentCodeOf("FUNCTION", "201")).toBeNull();
    expect(parentCodeOf("ECONOMIC", "3010101")).toBeNull();
    expect(parentCodeOf("FUNCTION", "20x")).toBeNull();
  });
});

describe("validateCatalogEntries", () => {
  it("accepts a consistent set in any order and works out levels and parents", () => {
    const result = validateCatalogEntries(
      "FUNCTION",
      rows(["2010301", " 行政运行 ", " 反映行政单位的基本支出。 "], ["20103", "政府办公厅(室)及相关机构事务"], ["201", "一般公共服务支出"]),
    );
    expect(result).toEqual({
      ok: true,
      entries: [
        { code: "2010301", name: "行政运行", explanation: "反映行政单位的基本支出。", level: "项", parentCode: "20103", row: 2 },
        { code: "20103", name: "政府办公厅(室)及相关机构事务", level: "款", parentCode: "201", row: 3 },
        { code: "201", name: "一般公共服务支出", level: "类", parentCode: null, row: 4 },
      ],
    });
  });

  it("names the row and the wrong length", () => {
    const result = validateCatalogEntries("FUNCTION", rows(["201", "一般公共服务支出"], ["2010", "人大事务"]));
    expect(errorsOf(result)).toEqual(["第3行：科目编码“2010”长度应为3、5或7位（功能分类）"]);
  });

  it("refuses a 项 code in the economic classification", () => {
    const result = validateCatalogEntries("ECONOMIC", rows(["301", "工资福利支出"], ["30101", "基本工资"], ["3010101", "x"]));
    expect(errorsOf(result)).toEqual(["第4行：科目编码“3010101”长度应为3或5位（经济分类）"]);
  });

  it("requires the parent in the set or among existing codes", () => {
    const entries = rows(["201", "一般公共服务支出"], ["20101", "人大事务"], ["2019901", "其他一般公共服务支出"]);
    expect(errorsOf(validateCatalogEntries("FUNCTION", entries))).toEqual([
      "第4行：上级科目“20199”不存在",
    ]);
    expect(errorsOf(validateCatalogEntries("ECONOMIC", rows(["30101", "基本工资"])))).toEqual([
      "第2行：上级科目“301”不存在",
    ]);
    expect(validateCatalogEntries("ECONOMIC", rows(["30101", "基本工资"]), { existingCodes: ["301"] }).ok).toBe(true);
  });

  it("names the first row of a duplicate code", () => {
    const result = validateCatalogEntries("FUNCTION", rows(["201", "一般公共服务支出"], ["208", "社会保障和就业支出"], ["201", "又一个"]));
    expect(errorsOf(result)).toEqual(["第4行：科目编码“201”重复（与第2行相同）"]);
  });

  it("requires a name of at most 100 characters, counted as characters", () => {
    const result = validateCatalogEntries(
      "FUNCTION",
      rows(["201", "   "], ["202", "外".repeat(101)], ["203", "𠀀".repeat(100)]),
    );
    expect(errorsOf(result)).toEqual(["第2行：科目名称不能为空", "第3行：科目名称过长（101个字），上限为100个字"]);
  });

  it("refuses markup and statement characters in names, naming each one", () => {
    const result = validateCatalogEntries(
      "FUNCTION",
      rows(["201", "<script>alert(1)</script>"], ["202", "'; DROP TABLE x; --"], ["203", "名称=1"], ["204", "制表\t符"]),
    );
    expect(errorsOf(result)).toEqual([
      "第2行：科目名称含有不允许的字符“<”“>”",
      "第3行：科目名称含有不允许的字符“'”“;”",
      "第4行：科目名称含有不允许的字符“=”",
      "第5行：科目名称含有不允许的字符“U+0009”",
    ]);
  });

  it("accepts the punctuation real subject names use", () => {
    const names = [
      "政府办公厅(室)及相关机构事务",
      "政府办公厅（室）及相关机构事务",
      "在乡复员、退伍军人生活补助",
      "“三公”经费 2024 ＰＰＰ项目",
      "《中华人民共和国预算法》实施，工作·宣传•培训",
      "港澳台事务：其他/杂项 - 一般—专项〔2024〕",
      "〇号 Ａ１ 项目 sub.item：b,c",
    ];
    const entries = names.map((name, i) => ({ code: String(201 + i), name, row: i + 2 }));
    expect(errorsOf(validateCatalogEntries("FUNCTION", entries))).toEqual([]);
  });

  it("allows prose in explanations but not markup, and at most 1000 characters", () => {
    const prose = "反映“三公”经费支出；包括：差旅费、会议费等（不含基建）。\n第二段 100% & 'x'";
    const result = validateCatalogEntries(
      "FUNCTION",
      rows(["201", "一般公共服务支出", "反映 <b>加粗</b> 支出"], ["202", "外交支出", "字".repeat(1001)], ["203", "国防支出", "字".repeat(1000)]),
    );
    expect(errorsOf(result)).toEqual(["第2行：说明含有不允许的字符“<”“>”", "第3行：说明过长（1001个字），上限为1000个字"]);
    expect(errorsOf(validateCatalogEntries("FUNCTION", rows(["201", "一般公共服务支出", prose])))).toEqual([]);
    expect(errorsOf(validateCatalogEntries("FUNCTION", rows(["201", "一般公共服务支出", "响铃\u0007字符"])))).toEqual([
      "第2行：说明含有不允许的字符“U+0007”",
    ]);
  });

  it("treats null and blank explanations as none", () => {
    const result = validateCatalogEntries("FUNCTION", [{ code: "201", name: "一般公共服务支出", explanation: null }]);
    expect(result).toEqual({ ok: true, entries: [{ code: "201", name: "一般公共服务支出", level: "类", parentCode: null }] });
  });

  it("returns every problem of every row, not just the first", () => {
    const result = validateCatalogEntries(
      "FUNCTION",
      rows(["201", "一般公共服务支出"], ["2010", ""], ["20199", "<b>"], ["201", "重复"], ["2089901", "x"]),
    );
    expect(errorsOf(result)).toEqual([
      "第3行：科目编码“2010”长度应为3、5或7位（功能分类）",
      "第3行：科目名称不能为空",
      "第4行：科目名称含有不允许的字符“<”“>”",
      "第5行：科目编码“201”重复（与第2行相同）",
      "第6行：上级科目“20899”不存在",
    ]);
  });

  it("words problems without a row prefix for entries that come from a form", () => {
    const existing = [{ code: "201", name: "一般公共服务支出" }];
    const result = validateCatalogEntries("FUNCTION", [...existing, { code: "201", name: "a<b" }]);
    expect(errorsOf(result)).toEqual(["科目编码“201”重复", "科目名称含有不允许的字符“<”"]);
  });

  it("catches a 款 whose code change orphans its 项", () => {
    const edited = [
      { code: "201", name: "一般公共服务支出" },
      { code: "20102", name: "人大事务" },
      { code: "2010101", name: "行政运行" },
    ];
    expect(errorsOf(validateCatalogEntries("FUNCTION", edited))).toEqual(["上级科目“20101”不存在"]);
  });
});
