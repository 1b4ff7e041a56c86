/** checkNarrative: the 情况说明 checks, from stored JSON. */
import { describe, expect, it } from "vitest";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../../narrative/seed/stored-record";
import { zaozhuang2024PerformanceFigures } from "../../narrative/seed/zaozhuang-2024";
import type { PerformanceFigures } from "../../performance/figures";
import { deriveReport } from "../../tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames, ZAOZHUANG_2024_UNIT } from "../../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../../tables/templates/shandong-2024";
import { FACTS_NOT_ENTERED, NARRATIVE_CHECKS, checkNarrative } from ".";

const derived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
const seedFacts = () => structuredClone(ZAOZHUANG_2024_NARRATIVE_RECORD.facts);

function check(facts: unknown, performance: PerformanceFigures | null = zaozhuang2024PerformanceFigures) {
  return checkNarrative({
    template: shandong2024,
    unitName: ZAOZHUANG_2024_UNIT,
    year: 2024,
    derived,
    narrative: facts === undefined ? null : { overview: ZAOZHUANG_2024_NARRATIVE_RECORD.overview, facts },
    performance,
  });
}

describe("checkNarrative", () => {
  it("finds nothing in the seed", () => {
    expect(check(seedFacts())).toEqual([]);
  });

  it("says when the facts were never entered", () => {
    for (const facts of [undefined, {}]) {
      expect(check(facts).map((m) => [m.ruleId, m.message])).toEqual([["narrative.facts.not-entered", FACTS_NOT_ENTERED]]);
    }
  });

  it("refuses a damaged record with the reader's warning", () => {
    const facts = seedFacts() as unknown as { form: { lastYear: { total: unknown } } };
    facts.form.lastYear.total = 5;
    const [m] = check(facts);
    expect(m.ruleId).toBe("narrative.facts.damaged");
    expect(m.message).toContain("无法读取");
  });

  it("locates each invalid fact at its form field", () => {
    const facts = seedFacts();
    facts.form.lastYear.total = "-5";
    expect(check(facts).map((m) => [m.ruleId, m.field, m.message])).toEqual([
      ["narrative.facts.invalid", "lastYear.total", "情况说明事实数据有误，请在“情况说明”页修改后保存：上年收、支总计：不能为负数"],
    ]);
  });

  it("lists a missing reason by its place and a missing figure as the generator words it, each at its field", () => {
    const facts = seedFacts();
    delete facts.form.reasons["item:2010301"];
    facts.form.lastYear.fiscalTotal = "";
    const messages = check(facts);
    expect(messages.map((m) => [m.ruleId, m.field])).toEqual([
      ["narrative.reason.missing", "reasons.item:2010301"],
      ["narrative.last-year.missing", "lastYear.fiscalTotal"],
    ]);
    expect(messages[0].message).toMatch(/^五\(三\)2 行政运行：决算数大于年初预算数/);
    expect(messages[1].message).toContain("缺少2023年度决算数");
    expect(messages.every((m) => m.severity === "error" && m.part === "narrative")).toBe(true);
    expect(new Set(messages.map((m) => m.key)).size).toBe(2);
  });

  it("checks 十三 against the 绩效 data: missing data is a 绩效 error", () => {
    expect(check(seedFacts(), null).map((m) => [m.ruleId, m.part])).toEqual([["narrative.performance.missing", "performance"]]);
  });

  it("reports only checks it defines", () => {
    const ids = new Set<string>(NARRATIVE_CHECKS.map((c) => c.id));
    const facts = seedFacts();
    facts.form.performance.coveredMoney = "1";
    facts.form.operatingCostBudget = "";
    const messages = [...check(facts), ...check(seedFacts(), null)];
    expect(messages.map((m) => m.ruleId)).toEqual(["narrative.operating-cost.budget-missing", "narrative.performance.covered-vs-t05", "narrative.performance.missing"]);
    for (const m of messages) expect(ids.has(m.ruleId)).toBe(true);
  });
});
