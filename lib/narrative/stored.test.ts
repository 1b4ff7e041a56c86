/** The stored ReportNarrative format: validation, defensive reads, lenient facts, gate items. */
import { describe, expect, it } from "vitest";
import { deriveReport } from "../tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames, ZAOZHUANG_2024_UNIT } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { narrativeSettingsSchema, type NarrativeFactsForm } from "../validation/facts";
import { DEFAULT_NARRATIVE_SETTINGS } from "./facts";
import { generateNarrative } from "./generate";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "./seed/stored-record";
import { zaozhuang2024Facts, zaozhuang2024FactsForm } from "./seed/zaozhuang-2024";
import {
  DEFAULT_SETTINGS_FORM,
  describeFactsIssues,
  DUTY_MAX,
  emptyFactsForm,
  lenientFacts,
  lenientSettings,
  openNarrativeItems,
  ORGANIZATION_MAX,
  overviewSchema,
  readFacts,
  readOverview,
  resolveFacts,
  storedFactsSchema,
} from "./stored";

const blank = emptyFactsForm({ unitKind: "administrative", year: 2024 });

function overviewMessages(input: unknown): string[] {
  const r = overviewSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the seed record", () => {
  const { overview, facts } = ZAOZHUANG_2024_NARRATIVE_RECORD;

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

  it("passes the overview schema unchanged and both facts schemas", () => {
    expect(overviewSchema.parse(overview)).toEqual(overview);
    const parsed = storedFactsSchema.parse(facts);
    expect(parsed.form).toEqual(zaozhuang2024Facts);
    expect(parsed.settings).toEqual(DEFAULT_NARRATIVE_SETTINGS);
  });

  it("reads back as stored, with no warning", () => {
    const json = JSON.parse(JSON.stringify(ZAOZHUANG_2024_NARRATIVE_RECORD));
    expect(readOverview(json.overview)).toEqual({ value: overview, warning: null });
    const read = readFacts(json.facts, blank);
    expect(read.warning).toBeNull();
    expect(read.entered).toBe(true);
    expect(read.settings).toEqual(DEFAULT_SETTINGS_FORM);
    expect(storedFactsSchema.parse({ form: read.form, settings: read.settings }).form).toEqual(zaozhuang2024Facts);
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

describe("reading stored JSON", () => {
  it("treats a missing record as empty, without a warning", () => {
    expect(readOverview(null)).toEqual({ value: { duties: [], organization: "" }, warning: null });
    const read = readFacts({}, blank);
    expect(read).toEqual({ entered: false, form: blank, settings: DEFAULT_SETTINGS_FORM, warning: null });
  });

  it("keeps the readable duties of a damaged overview and warns", () => {
    const read = readOverview({ duties: ["甲。", 7, "乙。"], organization: 3 });
    expect(read.value).toEqual({ duties: ["甲。", "乙。"], organization: "" });
    expect(read.warning).toContain("无法读取");
    expect(readOverview("garbage").value).toEqual({ duties: [], organization: "" });
    expect(readOverview("garbage").warning).not.toBeNull();
  });

  it("keeps the readable facts of a damaged record, blanks the rest and warns", () => {
    const damaged = JSON.parse(JSON.stringify(ZAOZHUANG_2024_NARRATIVE_RECORD.facts));
    damaged.form.lastYear.total = 65079700;
    damaged.form.budgets.gp["201"] = "1";
    damaged.form.reasons["bad key!"] = "x";
    damaged.form.performance.highlights = "none";
    damaged.settings.arithmetic = "float";
    const read = readFacts(damaged, blank);
    expect(read.warning).toContain("无法读取");
    expect(read.form.lastYear.total).toBe("");
    expect(read.form.lastYear.gp).toBe(zaozhuang2024FactsForm.lastYear.gp);
    expect(Object.keys(read.form.budgets.gp)).toEqual(Object.keys(zaozhuang2024FactsForm.budgets.gp));
    expect(read.form.reasons).toEqual(zaozhuang2024FactsForm.reasons);
    expect(read.form.performance.highlights).toEqual([]);
    expect(read.settings.arithmetic).toBe("printed");
  });

  it("never throws on any JSON", () => {
    for (const json of [0, "x", [], [1, 2], { form: null }, { form: [], settings: "a" }, { form: { lastYear: [] } }, true]) {
      const read = readFacts(json, blank);
      expect(read.form.lastYear.income.fiscal).toBe("");
      expect(read.warning).not.toBeNull();
    }
  });
});

describe("lenient facts for the live text", () => {
  it("equal the schema's values for a valid form", () => {
    expect(lenientFacts(zaozhuang2024FactsForm, 2024)).toEqual(zaozhuang2024Facts);
    expect(lenientSettings(DEFAULT_SETTINGS_FORM)).toEqual(DEFAULT_NARRATIVE_SETTINGS);
  });

  it("read what does not parse as not entered or 0, and keep the rest", () => {
    const form: NarrativeFactsForm = structuredClone(zaozhuang2024FactsForm);
    form.lastYear.total = "-5";
    form.threePublic.abroadGroups = "两个";
    form.procurement.goods = "";
    form.assets.asOf = "2024-02-30";
    const facts = lenientFacts(form, 2024);
    expect(facts.lastYear.total).toBeNull();
    expect(facts.lastYear.gp).toBe(zaozhuang2024Facts.lastYear.gp);
    expect(facts.threePublic.abroadGroups).toBe(0);
    expect(facts.procurement.goods).toBe(0n);
    expect(facts.assets.asOf).toBe("2024-12-31");
  });

  it("resolveFacts says what is wrong and still generates from the lenient facts", () => {
    const form: NarrativeFactsForm = structuredClone(zaozhuang2024FactsForm);
    form.lastYear.total = "-5";
    const resolved = resolveFacts(form, { ...DEFAULT_SETTINGS_FORM, flatThresholdPercent: "abc" }, 2024);
    expect(resolved.invalid).toBe("上年收、支总计：不能为负数");
    expect(resolved.facts.lastYear.total).toBeNull();
    expect(resolved.settings).toEqual(DEFAULT_NARRATIVE_SETTINGS);
    expect(resolveFacts(zaozhuang2024FactsForm, DEFAULT_SETTINGS_FORM, 2024)).toEqual({
      facts: zaozhuang2024Facts,
      settings: narrativeSettingsSchema.parse(DEFAULT_SETTINGS_FORM),
      invalid: null,
    });
  });
});

describe("describeFactsIssues", () => {
  it("names the table and code of a 年初预算 and never passes zod's English on", () => {
    const form = structuredClone(zaozhuang2024FactsForm) as NarrativeFactsForm & { extra?: string };
    form.budgets.gp["2010301"] = "-1";
    form.extra = "x";
    const r = storedFactsSchema.safeParse({ form, settings: DEFAULT_SETTINGS_FORM });
    expect(r.success).toBe(false);
    const { summary, fieldErrors } = describeFactsIssues(r.success ? [] : r.error.issues);
    expect(summary).toMatch(/^未保存：/);
    expect(summary).toContain("（另有 1 处需要修改）");
    expect(fieldErrors["form.budgets.gp.2010301"]).toBe("公开05表 2010301 一般公共预算年初预算：不能为负数");
    expect(Object.values(fieldErrors).join("")).not.toMatch(/Unrecognized|Invalid|expected/i);
    expect(Object.values(fieldErrors)).toContain("情况说明数据格式不正确（form）");
  });
});

describe("openNarrativeItems (the submission gate's list)", () => {
  const derived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
  const generate = (form: NarrativeFactsForm) =>
    generateNarrative({ template: shandong2024, unitName: ZAOZHUANG_2024_UNIT, year: 2024, derived, facts: lenientFacts(form, 2024) });

  it("is empty for the seed", () => {
    expect(openNarrativeItems(generate(zaozhuang2024FactsForm))).toEqual([]);
  });

  it("lists a missing reason by its place and a missing figure as the generator words it", () => {
    const form: NarrativeFactsForm = structuredClone(zaozhuang2024FactsForm);
    delete (form.reasons as Record<string, string>)["item:2010301"];
    form.lastYear.fiscalTotal = "";
    const items = openNarrativeItems(generate(form));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^五\(三\)2 行政运行：决算数大于年初预算数/);
    expect(items[1]).toContain("缺少2023年度决算数");
  });
});
