import { describe, expect, it } from "vitest";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../narrative/seed/stored-record";
import { checkOverview } from "./overview";

describe("checkOverview", () => {
  it("passes the seed's 单位概况 and a report without one", () => {
    expect(checkOverview(ZAOZHUANG_2024_NARRATIVE_RECORD)).toEqual([]);
    expect(checkOverview(null)).toEqual([]);
  });
  it("names each field a stored draft still lacks, pointing at it", () => {
    const messages = checkOverview({ overview: { duties: ["负责全市教育工作", ""], organization: "" } });
    expect(messages.map((m) => [m.key, m.field, m.part, m.severity, m.message])).toEqual([
      ["overview.invalid:duties.1", "duties.1", "overview", "error", "单位概况有误，请在“单位概况”页修改后保存：单位职责第 2 条不能为空（不需要请删除该条）"],
    ]);
  });
});
