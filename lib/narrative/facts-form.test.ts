/**
 * The stored facts record (lib/validation/facts.ts, lib/narrative/facts-form.ts): the seed record,
 * reading damaged and older records, the lenient values for the live text, located messages.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_NARRATIVE_SETTINGS } from "./facts";
import { DEFAULT_SETTINGS_FORM, emptyFactsForm, readFacts, resolveFacts } from "./facts-form";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "./seed/stored-record";
import { zaozhuang2024Facts, zaozhuang2024FactsForm } from "./seed/zaozhuang-2024";
import { lenientFacts, lenientSettings, narrativeSettingsSchema, storedFactsSchema, type NarrativeFactsForm } from "../validation/facts";
import { describeFactsIssues } from "../validation/facts/issue-messages";

const context = { unitKind: "administrative", year: 2024 } as const;
const blank = emptyFactsForm(context);

describe("the seed record", () => {
  const { facts } = ZAOZHUANG_2024_NARRATIVE_RECORD;

  it("passes both facts schemas", () => {
    const parsed = storedFactsSchema.parse(facts);
    expect(parsed.form).toEqual(zaozhuang2024Facts);
    expect(parsed.settings).toEqual(DEFAULT_NARRATIVE_SETTINGS);
  });

  it("reads back as stored, with no warning", () => {
    const read = readFacts(JSON.parse(JSON.stringify(facts)), context);
    expect(read).toEqual({ entered: true, form: zaozhuang2024FactsForm, settings: DEFAULT_SETTINGS_FORM, warning: null });
  });
});

describe("the empty form", () => {
  it("is blank except for what the system knows", () => {
    const form = emptyFactsForm({ unitKind: "institution", year: 2025, budgetCodes: { gp: ["2010301"], gf: [], soe: [] } });
    expect(form.unitKind).toBe("institution");
    expect(form.assets.asOf).toBe("2025-12-31");
    expect(form.budgets.gp).toEqual({ "2010301": "" });
    expect(form.lastYear.income.fiscal).toBe("");
    expect(form.performance).toEqual({ level: "", assessment: "", coveredMoney: "", summaries: [] });
    expect(form.reasons).toEqual({});
    expect(DEFAULT_SETTINGS_FORM).toEqual({ flatThresholdPercent: "1", lastYearZero: "growth100", arithmetic: "printed" });
  });
});

describe("reading stored JSON", () => {
  it("treats a missing record as not entered, without a warning", () => {
    expect(readFacts({}, context)).toEqual({ entered: false, form: blank, settings: DEFAULT_SETTINGS_FORM, warning: null });
    expect(readFacts(null, context).entered).toBe(false);
  });

  it("keeps the readable facts of a damaged record, blanks the rest and warns", () => {
    const damaged = JSON.parse(JSON.stringify(ZAOZHUANG_2024_NARRATIVE_RECORD.facts));
    damaged.form.lastYear.total = 65079700;
    damaged.form.budgets.gp["201"] = "1";
    damaged.form.reasons["bad key!"] = "x";
    damaged.form.performance.summaries = "none";
    damaged.form.unitKind = "ministry";
    damaged.settings.arithmetic = "float";
    const read = readFacts(damaged, { unitKind: "institution", year: 2024 });
    expect(read.warning).toContain("无法读取");
    expect(read.form.lastYear.total).toBe("");
    expect(read.form.lastYear.gp).toBe(zaozhuang2024FactsForm.lastYear.gp);
    expect(read.form.unitKind).toBe("institution");
    expect(Object.keys(read.form.budgets.gp)).toEqual(Object.keys(zaozhuang2024FactsForm.budgets.gp));
    expect(read.form.reasons).toEqual(zaozhuang2024FactsForm.reasons);
    expect(read.form.performance.summaries).toEqual([]);
    expect(read.form.performance.level).toBe("市级");
    expect(read.settings.arithmetic).toBe("printed");
  });

  it("never throws on any JSON", () => {
    for (const json of [0, "x", [], [1, 2], { form: null }, { form: [], settings: "a" }, { form: { lastYear: [] } }, true]) {
      const read = readFacts(json, context);
      expect(read.form.lastYear.income.fiscal).toBe("");
      expect(read.warning).not.toBeNull();
    }
  });

  it("reads a partial record: missing fields are blank, without a warning", () => {
    const read = readFacts({ form: { lastYear: { total: "1" } } }, context);
    expect(read.warning).toBeNull();
    expect(read.form.lastYear.total).toBe("1");
    expect(read.form.procurement.goods).toBe("");
    expect(read.form.assets.asOf).toBe("2024-12-31");
    expect(read.settings).toEqual(DEFAULT_SETTINGS_FORM);
  });

  it("reads an older record that typed the 绩效 figures again: what staff still write is kept, the rest ignored", () => {
    // The 情况说明 form before section 十三 read the 绩效 data (lib/validation/facts/definition.ts).
    const older = structuredClone(ZAOZHUANG_2024_NARRATIVE_RECORD.facts) as { form: Record<string, unknown>; settings: unknown };
    older.form.performance = {
      level: "市级",
      selfEvaluatedProjects: "13",
      selfEvaluatedMoney: "21,857,400",
      gradeCounts: [{ grade: "优", count: "13" }],
      assessment: zaozhuang2024FactsForm.performance.assessment,
      highlights: [
        { project: "单位运行经费", score: "98.2", budgetFull: "3,520,000", executed: "3,372,800", summary: zaozhuang2024FactsForm.performance.summaries[0].summary },
      ],
      keyEvaluations: [{ project: "12345市长热线运行保障经费", money: "13,561,600", score: "99.9", grade: "优" }],
    };
    const read = readFacts(older, context);
    expect(read.warning).toBeNull();
    expect(read.form).toEqual(zaozhuang2024FactsForm);
    expect(storedFactsSchema.parse({ form: read.form, settings: read.settings }).form).toEqual(zaozhuang2024Facts);
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
    form.budgets.gp["2010301"] = "abc";
    form.reasons.basic = "<b>";
    const facts = lenientFacts(form, 2024);
    expect(facts.lastYear.total).toBeNull();
    expect(facts.lastYear.gp).toBe(zaozhuang2024Facts.lastYear.gp);
    expect(facts.threePublic.abroadGroups).toBe(0);
    expect(facts.procurement.goods).toBe(0n);
    expect(facts.assets.asOf).toBe("2024-12-31");
    expect(Object.hasOwn(facts.budgets.gp, "2010301")).toBe(false);
    expect(facts.budgets.gp["2010302"]).toBe(zaozhuang2024Facts.budgets.gp["2010302"]);
    expect(Object.hasOwn(facts.reasons, "basic")).toBe(false);
    expect(facts.reasons.total).toBe(zaozhuang2024Facts.reasons.total);
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
    expect(fieldErrors["form"]).toBe("包含无法识别的字段：extra");
  });

  it("numbers the row of a 绩效目标完成情况", () => {
    const form = structuredClone(zaozhuang2024FactsForm);
    form.performance.summaries[0].summary = "<p>";
    const r = storedFactsSchema.safeParse({ form, settings: DEFAULT_SETTINGS_FORM });
    const { fieldErrors } = describeFactsIssues(r.success ? [] : r.error.issues);
    expect(fieldErrors["form.performance.summaries.0.summary"]).toBe("项目绩效目标完成情况第 1 行：绩效目标完成情况不能包含尖括号或控制字符");
  });
});
