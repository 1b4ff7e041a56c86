import { describe, expect, it } from "vitest";
import { evaluateProject, type SelfEvaluationInput } from "../../performance/evaluation";
import { formatScoreFixed } from "../../performance/format";
import { evaluateKeyEvaluation, type KeyEvaluationInput, type KeyIndicatorInput } from "../../performance/key-evaluation";
import type { IndicatorInput } from "../../performance/scoring";
import { HOTLINE_KEY_EVALUATION_2024, UNIT_OPERATING_FUNDS_2024 } from "../../performance/seed/zaozhuang-2024";
import { keyEvaluationFormSchema, type KeyEvaluationForm } from "./key-evaluation";
import { COMPUTED_FIELD_MESSAGES } from "./kit";
import { selfEvaluationFormSchema, type SelfEvaluationForm } from "./self-evaluation";

type IndicatorForm = SelfEvaluationForm["indicators"][number];

/** The seed's model turned back into the strings a form would send. */
function indicatorForm(i: IndicatorInput) {
  return {
    level2: i.level2,
    level3: i.level3,
    target:
      i.target.kind === "quantitative"
        ? { kind: "quantitative" as const, operator: i.target.operator, value: i.target.value?.toFixed() ?? "", unit: i.target.unit }
        : { kind: "qualitative" as const, expected: i.target.expected },
    actual: i.actual.kind === "quantitative" ? (i.actual.value?.toFixed() ?? "") : i.actual.text,
    actualUnit: i.actual.kind === "quantitative" ? i.actual.unit : undefined,
    weight: i.weight.toFixed(),
    deviationReason: i.deviationReason ?? undefined,
  };
}

function selfForm(): SelfEvaluationForm {
  const s = UNIT_OPERATING_FUNDS_2024;
  const amounts = (key: "currentYear" | "carryOver" | "other") => {
    const a = s.execution.funding[key];
    return { initial: a.initial.toFixed(), full: a.full.toFixed(), executed: a.executed.toFixed() };
  };
  return {
    projectName: s.projectName,
    supervisor: s.supervisor,
    execution: { funding: { currentYear: amounts("currentYear"), carryOver: amounts("carryOver"), other: amounts("other") } },
    overallGoal: s.overallGoal,
    indicators: s.indicators.map((i) => ({ ...indicatorForm(i), level1: i.level1 as IndicatorForm["level1"] })),
  };
}

function keyForm(): KeyEvaluationForm {
  const k = HOTLINE_KEY_EVALUATION_2024;
  return {
    projectName: k.projectName,
    year: String(k.year),
    supervisor: k.supervisor,
    budget: k.budget.toFixed(),
    executed: k.executed.toFixed(),
    fundingSource: k.fundingSource,
    executionRow: { ...k.executionRow, level1: "过程", weight: k.executionRow.weight.toFixed() },
    indicators: k.indicators.map((i: KeyIndicatorInput) => ({
      ...indicatorForm(i),
      level1: i.level1 as "过程" | "产出" | "效益",
      level4: i.level4,
    })),
    annualGoal: {
      ...k.annualGoal,
      indicators: [...k.annualGoal.indicators],
      fundsTotal: k.annualGoal.fundsTotal.toFixed(), fiscalFunds: k.annualGoal.fiscalFunds.toFixed() },
    evaluators: [...k.evaluators],
    sections: { ...k.sections },
  };
}

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** Hostile or mistaken input is not bound by the form's type. */
const withIndicator = (index: number, patch: Record<string, unknown>): unknown => {
  const form = selfForm();
  return { ...form, indicators: form.indicators.map((i, n) => (n === index ? { ...i, ...patch } : i)) };
};

describe("selfEvaluationFormSchema", () => {
  it("turns the seed's strings into the model, which scores 98.20", () => {
    const r = selfEvaluationFormSchema.safeParse(selfForm());
    expect(messages(r)).toEqual([]);
    const model: SelfEvaluationInput = r.data!;
    expect(formatScoreFixed(evaluateProject(model).total)).toBe("98.20");
    expect(model.execution.weight.toFixed()).toBe("10");
    expect(model.indicators[2].actual).toMatchObject({ kind: "quantitative", unit: "个/套" });
  });

  it("refuses scores and other computed values", () => {
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { score: "2.5" })))).toEqual([
      `indicators.0.score: ${COMPUTED_FIELD_MESSAGES.score}`,
    ]);
    expect(COMPUTED_FIELD_MESSAGES.score).toBe("得分由系统计算，不能直接填写");
    const form = selfForm();
    expect(
      messages(
        selfEvaluationFormSchema.safeParse({ ...form, total: "98.2", execution: { ...form.execution, score: "9.58", rate: "95.82" } }),
      ),
    ).toEqual([
      `execution.rate: ${COMPUTED_FIELD_MESSAGES.rate}`,
      `execution.score: ${COMPUTED_FIELD_MESSAGES.score}`,
      `total: ${COMPUTED_FIELD_MESSAGES.total}`,
    ]);
  });

  it("refuses weights that do not total 100", () => {
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { weight: "0.00" })))).toEqual([
      "indicators.0.weight: 第1项指标“办公经费”：分值应大于0",
      "indicators: 分值合计应为100，当前为97.5",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { weight: "2.125" })))).toEqual([
      "indicators.0.weight: 分值：最多2位小数",
    ]);
  });

  it("refuses a numeric target without a number", () => {
    const target = { kind: "quantitative" as const, operator: "≤" as const, value: "  ", unit: "万元" };
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { target })))).toEqual([
      "indicators.0.target.value: 年度指标值缺少数值（“≤”后应填写一个数）",
    ]);
    const { value: _omitted, ...withoutValue } = target;
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { target: withoutValue })))).toHaveLength(1);
  });

  it("refuses a 偏差原因 of only spaces where the target is missed", () => {
    for (const blank of ["   ", "　　", undefined]) {
      expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(3, { deviationReason: blank })))).toEqual([
        "indicators.3.deviationReason: 第4项指标“出差人次”：未达到年度指标值（目标≥2000人次，实际1900人次），请填写偏差原因分析及改进措施",
      ]);
    }
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { deviationReason: "  " })))).toEqual([]);
  });

  it("refuses negative and malformed amounts", () => {
    const form = selfForm();
    const funding = { ...form.execution.funding, currentYear: { initial: "352", full: "352", executed: "-1" } };
    expect(messages(selfEvaluationFormSchema.safeParse({ ...form, execution: { funding } }))).toEqual([
      "execution.funding.currentYear.executed: 当年财政拨款全年执行数：不能为负数",
    ]);
    const overspent = { ...form.execution.funding, currentYear: { initial: "352", full: "0", executed: "337.28" } };
    expect(messages(selfEvaluationFormSchema.safeParse({ ...form, execution: { funding: overspent } }))).toEqual([
      "execution.total.full: 年度资金总额：全年预算数为0，但全年执行数为337.28万元，无法计算执行率；请核对全年预算数",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(2, { actual: "260个" })))).toEqual([
      "indicators.2.actual: 实际完成值：只填写数字，单位（如 %、万元）请填在单位栏",
    ]);
  });

  it("accepts full-width digits and thousands separators", () => {
    const form = selfForm();
    const funding = { ...form.execution.funding, currentYear: { initial: "３５２", full: "352.00", executed: "３３７．２８" } };
    const r = selfEvaluationFormSchema.safeParse({ ...form, execution: { funding } });
    expect(messages(r)).toEqual([]);
    expect(r.data!.execution.funding.currentYear.executed.toFixed()).toBe("337.28");
  });

  it("refuses markup, overlong text, unknown fields and unknown 一级指标", () => {
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { level3: "<b>办公经费</b>" })))).toEqual([
      "indicators.0.level3: 三级指标不能包含尖括号或控制字符",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { level3: "经".repeat(101) })))).toEqual([
      "indicators.0.level3: 三级指标最多 100 个字符",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(3, { deviationReason: "a<b" })))).toContain(
      "indicators.3.deviationReason: 偏差原因分析及改进措施不能包含尖括号或控制字符",
    );
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(6, { actual: "<优>" })))).toEqual([
      "indicators.6.actual: 实际完成值不能包含尖括号或控制字符",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(2, { actualUnit: "<i>" })))).toEqual([
      "indicators.2.actualUnit: 实际完成值单位不能包含尖括号或控制字符",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(2, { actualUnit: "元" })))).toEqual([
      "indicators.2.actualUnit: 第3项指标“办公用品采购数量”：实际完成值的单位“元”与年度指标值的单位“个/套”不一致",
    ]);
    expect(messages(selfEvaluationFormSchema.safeParse({ ...selfForm(), owner: "x" }))).toEqual([": 包含无法识别的字段：owner"]);
    expect(messages(selfEvaluationFormSchema.safeParse(withIndicator(0, { level1: "过程" })))).toEqual([
      "indicators.0.level1: 请选择一级指标",
    ]);
  });

  it("requires at least one indicator", () => {
    expect(messages(selfEvaluationFormSchema.safeParse({ ...selfForm(), indicators: [] }))).toEqual([
      "indicators: 请至少填写一项绩效指标",
    ]);
  });
});

describe("keyEvaluationFormSchema", () => {
  it("turns the seed's strings into the model, which scores 99.9", () => {
    const r = keyEvaluationFormSchema.safeParse(keyForm());
    expect(messages(r)).toEqual([]);
    const model: KeyEvaluationInput = r.data!;
    const result = evaluateKeyEvaluation(model);
    expect(formatScoreFixed(result.total)).toBe("99.90");
    expect(model.year).toBe(2024);
    expect(result.problems).toEqual([]);
  });

  it("refuses computed values", () => {
    const form = keyForm();
    expect(
      messages(
        keyEvaluationFormSchema.safeParse({
          ...form,
          grade: "优",
          subtotals: { 过程: "19.9" },
          executionRow: { ...form.executionRow, score: "9.9" },
        }),
      ),
    ).toEqual([
      `executionRow.score: ${COMPUTED_FIELD_MESSAGES.score}`,
      `grade: ${COMPUTED_FIELD_MESSAGES.grade}`,
      `subtotals: ${COMPUTED_FIELD_MESSAGES.subtotals}`,
    ]);
  });

  it("refuses weights that do not total 100", () => {
    const form = keyForm();
    const r = keyEvaluationFormSchema.safeParse({ ...form, executionRow: { ...form.executionRow, weight: "7.5" } });
    expect(messages(r)).toEqual(["indicators: 分值合计应为100，当前为97.5"]);
  });

  it("checks prose: line breaks allowed, markup and unknown sections refused, length limited", () => {
    const form = keyForm();
    const ok = keyEvaluationFormSchema.safeParse({ ...form, sections: { ...form.sections, suggestions: "一是……\n二是……" } });
    expect(messages(ok)).toEqual([]);
    expect(
      messages(keyEvaluationFormSchema.safeParse({ ...form, sections: { ...form.sections, problems: "<script>" } })),
    ).toEqual(["sections.problems: 七、存在的问题及原因分析不能包含尖括号或控制字符"]);
    expect(
      messages(keyEvaluationFormSchema.safeParse({ ...form, sections: { ...form.sections, experience: "字".repeat(5001) } })),
    ).toEqual(["sections.experience: 六、项目主要经验及做法最多 5000 个字符"]);
    expect(messages(keyEvaluationFormSchema.safeParse({ ...form, sections: { "conclusion.overall": "手写结论" } }))).toEqual([
      "sections: 包含无法识别的字段：conclusion.overall",
    ]);
  });

  it("refuses a bad year, a negative budget and a numeric actual for a qualitative target", () => {
    const form = keyForm();
    expect(messages(keyEvaluationFormSchema.safeParse({ ...form, year: "24" }))).toEqual([
      "year: 评价年度应为四位年份，例如 2024",
    ]);
    expect(messages(keyEvaluationFormSchema.safeParse({ ...form, budget: "-1370" }))).toEqual(["budget: 项目预算资金：不能为负数"]);
    const indicators = form.indicators.map((i, n) => (n === 4 ? { ...i, actual: "" } : i));
    expect(messages(keyEvaluationFormSchema.safeParse({ ...form, indicators }))).toEqual(["indicators.4.actual: 请填写实际完成值"]);
  });
});
