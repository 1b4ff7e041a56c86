/** The 单位概况 schema and the reader of its stored record. */
import { describe, expect, it } from "vitest";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../narrative/seed/stored-record";
import { draftOverviewSchema, DUTY_MAX, ORGANIZATION_MAX, overviewSchema, readOverview } from "./overview";

function overviewMessages(input: unknown): string[] {
  const r = overviewSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the seed's 单位概况", () => {
  const { overview } = ZAOZHUANG_2024_NARRATIVE_RECORD;

  it("holds the fifteen duties and the 机构设置 paragraph, in full-width punctuation without PDF spaces", () => {
    expect(overview.duties).toHaveLength(15);
    expect(overview.duties[0]).toMatch(/^协助市政府领导同志审核或者组织起草市政府、市政府办公室发布的文电；/);
    expect(overview.duties[14]).toBe("承办市委、市政府交办的其他事项。");
    expect(overview.organization).toMatch(/^本单位内设25个职能科室及所属事业单位，分别是：综合科、/);
    for (const text of [...overview.duties, overview.organization]) {
      expect(text).not.toMatch(/[\s,;:()]/);
      expect(text.endsWith("。")).toBe(true);
    }
  });

  it("passes the schema unchanged and reads back as stored", () => {
    expect(overviewSchema.parse(overview)).toEqual(overview);
    expect(readOverview(JSON.parse(JSON.stringify(overview)))).toEqual({ value: overview, warning: null });
  });
});

describe("overviewSchema", () => {
  it("names the duty that is empty, too long or contains markup", () => {
    expect(overviewMessages({ duties: ["甲", "  ", "x".repeat(DUTY_MAX + 1), "a<b"], organization: "" })).toEqual([
      "duties.1: 单位职责第 2 条不能为空（不需要请删除该条）",
      `duties.2: 单位职责第 3 条最多 ${DUTY_MAX} 个字符`,
      "duties.3: 单位职责第 4 条不能包含尖括号或控制字符",
    ]);
  });

  it("limits the number of duties and the length of 机构设置", () => {
    expect(overviewMessages({ duties: Array(51).fill("职责"), organization: "" })).toEqual(["duties: 单位职责最多 50 条"]);
    expect(overviewMessages({ duties: [], organization: "科".repeat(ORGANIZATION_MAX + 1) })).toEqual([
      `organization: 机构设置最多 ${ORGANIZATION_MAX} 个字符`,
    ]);
    expect(overviewMessages({ duties: [], organization: "<script>" })).toEqual(["organization: 机构设置不能包含尖括号或控制字符"]);
  });

  it("joins a duty typed over several lines and keeps paragraphs of 机构设置", () => {
    expect(overviewSchema.parse({ duties: [" 负责\r\n 文电。 "], organization: "第一段。\r\n第二段。\n" })).toEqual({
      duties: ["负责文电。"],
      organization: "第一段。\n第二段。",
    });
  });

  it("refuses extra keys and non-text duties", () => {
    expect(overviewMessages({ duties: [1], organization: "" })).toEqual(["duties.0: 单位职责应为文字"]);
    expect(overviewMessages({ duties: [], organization: "", extra: 1 })).toHaveLength(1);
  });
});

describe("reading a stored 单位概况", () => {
  it("treats a missing record as empty, without a warning", () => {
    expect(readOverview(null)).toEqual({ value: { duties: [], organization: "" }, warning: null });
  });

  it("keeps the readable duties of a damaged overview and warns", () => {
    const read = readOverview({ duties: ["甲。", 7, "乙。"], organization: 3 });
    expect(read.value).toEqual({ duties: ["甲。", "乙。"], organization: "" });
    expect(read.warning).toContain("无法读取");
    expect(readOverview("garbage").value).toEqual({ duties: [], organization: "" });
    expect(readOverview("garbage").warning).not.toBeNull();
  });
});

describe("an overview draft", () => {
  it("keeps what the strict schema refuses but is safe text: an empty duty, a duty over the limit", () => {
    const typed = { duties: ["负责全市教育工作", "", "x".repeat(DUTY_MAX + 1)], organization: "内设 5 个科室" };
    expect(overviewSchema.safeParse(typed).success).toBe(false);
    expect(draftOverviewSchema.parse(typed)).toEqual(typed);
    expect(readOverview(typed)).toEqual({ value: typed, warning: null });
  });
  it("still refuses markup and control characters", () => {
    expect(draftOverviewSchema.safeParse({ duties: ["<b>职责</b>"], organization: "" }).success).toBe(false);
    expect(draftOverviewSchema.safeParse({ duties: [], organization: "a\u0000b" }).success).toBe(false);
  });
});
