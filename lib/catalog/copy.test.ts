import { describe, expect, it } from "vitest";
import { validateCatalogEntries } from "./codes";
import { copyCatalogEntries } from "./copy";

describe("copyCatalogEntries", () => {
  const lastYear = [
    { id: "b", year: 2024, code: "20101", name: "人大事务", explanation: null, level: "SECTION" },
    { id: "a", year: 2024, code: "201", name: "一般公共服务支出", explanation: "反映一般公共服务支出。", level: "CLASS" },
  ];

  it("keeps code, name and explanation in code order and drops the old year's fields", () => {
    expect(copyCatalogEntries(lastYear)).toEqual([
      { code: "201", name: "一般公共服务支出", explanation: "反映一般公共服务支出。" },
      { code: "20101", name: "人大事务" },
    ]);
  });

  it("returns new objects and leaves the input untouched", () => {
    const copy = copyCatalogEntries(lastYear);
    copy[0].name = "改名";
    expect(lastYear[1].name).toBe("一般公共服务支出");
    expect(lastYear[0].code).toBe("20101");
  });

  it("gives a set that validates when last year's did", () => {
    expect(validateCatalogEntries("FUNCTION", copyCatalogEntries(lastYear)).ok).toBe(true);
  });
});
