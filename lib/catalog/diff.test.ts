import { describe, expect, it } from "vitest";
import { validateCatalogEntries } from "./codes";
import { countLevels, diffCatalogs, removableCodes } from "./diff";

describe("diffCatalogs", () => {
  it("lists added, renamed and removed codes in code order", () => {
    const before = [
      { code: "201", name: "一般公共服务支出" },
      { code: "20103", name: "政府办公厅(室)及相关机构事务" },
      { code: "2010350", name: "事业运行" },
      { code: "2010302", name: "一般行政管理事务" },
    ];
    const after = [
      { code: "2010301", name: "行政运行" },
      { code: "201", name: "一般公共服务支出" },
      { code: "20103", name: "政府办公厅（室）及相关机构事务" },
      { code: "2010302", name: "一般行政管理事务" },
    ];
    expect(diffCatalogs(before, after)).toEqual({
      added: [{ code: "2010301", name: "行政运行" }],
      renamed: [{ code: "20103", name: "政府办公厅（室）及相关机构事务", was: "政府办公厅(室)及相关机构事务" }],
      removed: [{ code: "2010350", name: "事业运行" }],
    });
  });

  it("finds nothing between an edition and itself", () => {
    const same = [{ code: "201", name: "一般公共服务支出" }];
    expect(diffCatalogs(same, same)).toEqual({ added: [], renamed: [], removed: [] });
  });
});

describe("countLevels", () => {
  it("counts 类, 款 and 项", () => {
    const checked = validateCatalogEntries("FUNCTION", [
      { code: "201", name: "一般公共服务支出" },
      { code: "20101", name: "人大事务" },
      { code: "2010101", name: "行政运行" },
      { code: "2010102", name: "一般行政管理事务" },
    ]);
    expect(checked.ok && countLevels(checked.entries)).toEqual({ 类: 1, 款: 1, 项: 2 });
  });
});

describe("removableCodes", () => {
  it("keeps codes in use and every parent of a code that stays", () => {
    const missing = ["205", "20501", "2050101", "2050102", "20199", "2019999"];
    // 2050101 is used by a report; 20199 is the parent of a code the file keeps.
    expect(removableCodes(missing, ["201", "2019901"], new Set(["2050101"]))).toEqual(["2019999", "2050102"]);
  });

  it("removes a whole branch nobody uses", () => {
    expect(removableCodes(["205", "20501", "2050101"], ["201"], new Set())).toEqual(["205", "20501", "2050101"]);
  });
});
