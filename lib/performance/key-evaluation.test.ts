import { describe, expect, it } from "vitest";
import { formatScore } from "./format";
import { KEY_EVALUATION_OUTLINE, KEY_TEXT_KEYS, keyTextSlots } from "./key-evaluation-outline";
import {
  conclusionSentence,
  evaluateKeyEvaluation,
  subtotalLabel,
  type KeyEvaluationInput,
  type KeyIndicatorInput,
} from "./key-evaluation";
import { dec } from "./numbers";

describe("outline", () => {
  it("has sections 一 … 八 with the seed's titles", () => {
    expect(KEY_EVALUATION_OUTLINE.map((s) => `${s.number}、${s.title}`)).toEqual([
      "一、项目基本情况",
      "二、项目绩效目标",
      "三、评价基本情况",
      "四、评价结论及分析",
      "五、绩效评价指标分析",
      "六、项目主要经验及做法",
      "七、存在的问题及原因分析",
      "八、意见建议",
    ]);
  });

  it("has the seed's subsections", () => {
    const titles = (key: string) =>
      KEY_EVALUATION_OUTLINE.find((s) => s.key === key)!.subsections.map((sub) => `${sub.number}${sub.title}`);
    expect(titles("basic")).toEqual([
      "（一）项目立项背景及实施目的",
      "（二）项目预算安排和支出情况",
      "（三）项目主要内容和实施情况",
      "（四）项目组织管理情况",
    ]);
    expect(titles("goals")).toEqual(["（一）总体绩效目标", "（二）{year}年度绩效目标"]);
    expect(titles("method")).toEqual([
      "（一）绩效评价目的",
      "（二）评价对象与范围",
      "（三）绩效评价依据",
      "（四）评价原则、评价方法",
      "（五）绩效评价指标体系",
      "（六）评价人员组成",
      "（七）绩效评价工作过程",
    ]);
    expect(titles("conclusion")).toEqual(["（一）综合评价结论", "（二）绩效分析"]);
    expect(titles("analysis")).toEqual(["（一）项目决策情况", "（二）项目过程情况", "（三）项目产出情况", "（四）项目效益情况"]);
  });

  it("lists the prose slots in order, without the generated conclusion", () => {
    expect(KEY_TEXT_KEYS).toHaveLength(21);
    expect(KEY_TEXT_KEYS).not.toContain("conclusion.overall");
    expect(KEY_TEXT_KEYS.slice(-3)).toEqual(["experience", "problems", "suggestions"]);
    const slots = keyTextSlots(2024);
    expect(slots.map((s) => s.key)).toEqual(KEY_TEXT_KEYS);
    expect(slots.find((s) => s.key === "goals.annual")).toEqual({
      key: "goals.annual",
      heading: "二、项目绩效目标 （二）2024年度绩效目标",
      hasTable: true,
    });
    expect(keyTextSlots(null).find((s) => s.key === "goals.annual")?.heading).toBe("二、项目绩效目标 （二）年度绩效目标");
  });
});

describe("subtotalLabel", () => {
  it("names a group after its single 二级指标, else 项目 + 一级指标", () => {
    expect(subtotalLabel("过程", ["资金管理", "资金管理"])).toBe("资金管理指标");
    expect(subtotalLabel("产出", ["产出数量", "产出实效"])).toBe("项目产出指标");
    expect(subtotalLabel("效益", ["项目效益"])).toBe("项目效益指标");
    expect(subtotalLabel("效益", ["满意度指标"])).toBe("满意度指标");
  });
});

const indicator = (level1: string, level2: string, level4: string, target: string, actual: string, weight: string): KeyIndicatorInput => ({
  level1,
  level2,
  level3: "数量指标",
  level4,
  target: { kind: "quantitative", operator: "≥", value: dec(target), unit: "人" },
  actual: { kind: "quantitative", value: dec(actual), unit: "" },
  weight: dec(weight),
  deviationReason: null,
});

function evaluation(budget: string, executed: string, indicators: KeyIndicatorInput[]): KeyEvaluationInput {
  return {
    projectName: "测试项目",
    year: 2024,
    supervisor: "某部门",
    budget: dec(budget),
    executed: dec(executed),
    fundingSource: "一般公共预算拨款",
    executionRow: { level1: "过程", level2: "资金管理", level3: "预算执行率", level4: "预算资金执行率", weight: dec("10") },
    indicators,
    annualGoal: {
      projectCategory: "",
      implementer: "",
      fundsTotal: dec(budget),
      fiscalFunds: dec(budget),
      basis: "",
      goal: "",
      indicators: [],
      otherNotes: "",
    },
    evaluators: [],
    sections: Object.fromEntries(KEY_TEXT_KEYS.map((k) => [k, "已填写"])),
  };
}

describe("evaluateKeyEvaluation", () => {
  it("puts the execution row first, derived from budget and spending", () => {
    const r = evaluateKeyEvaluation(
      evaluation("200", "150", [indicator("产出", "产出数量", "人数", "150", "120", "50"), indicator("效益", "项目效益", "效益", "1", "1", "40")]),
    );
    expect(r.rows.map((x) => [x.index, x.kind, x.targetText, x.actualText, formatScore(x.score)])).toEqual([
      [1, "execution", "100%", "75%", "7.5"],
      [2, "indicator", "≥150人", "120人", "40"],
      [3, "indicator", "≥1人", "1人", "40"],
    ]);
    expect(r.subtotals.map((s) => [s.label, formatScore(s.weight), formatScore(s.score)])).toEqual([
      ["资金管理指标", "10", "7.5"],
      ["产出数量指标", "50", "40"],
      ["项目效益指标", "40", "40"],
    ]);
    expect(formatScore(r.total)).toBe("87.5");
    expect(r.grade).toBe("良");
    // The report has no 偏差原因 column; deviations are explained in its prose.
    expect(r.problems).toEqual([]);
  });

  it("accepts subtotal labels as data", () => {
    const r = evaluateKeyEvaluation(evaluation("1", "1", [indicator("产出", "产出数量", "人数", "1", "1", "90")]), {
      subtotalLabels: { 过程: "过程指标" },
    });
    expect(r.subtotals.map((s) => s.label)).toEqual(["过程指标", "产出数量指标"]);
    expect(conclusionSentence(r)).toBe("经过评价，项目得分100分，等级为优。其中：过程指标10分，产出数量指标90分。");
  });

  it("explains a zero budget and scores its row 0", () => {
    const r = evaluateKeyEvaluation(evaluation("0", "5", [indicator("产出", "产出数量", "人数", "1", "1", "90")]));
    expect(r.rows[0]).toMatchObject({ actualText: "—", met: false });
    expect(r.rows[0].score.isZero()).toBe(true);
    expect(r.problems).toEqual(["项目全年预算数为0，但全年执行数为5万元，无法计算执行率；请核对全年预算数"]);
    expect(r.issues[0].path).toEqual(["budget"]);
  });

  it("reports weights, missing 四级指标 and negative amounts", () => {
    const input = evaluation("100", "100", [{ ...indicator("产出", "产出数量", " ", "1", "1", "80") }]);
    const r = evaluateKeyEvaluation({ ...input, executed: dec("1").negated() });
    expect(r.problems).toEqual(["本年度支出不能为负数", "第2项指标：请填写四级指标", "分值合计应为100，当前为90"]);
  });

  it("warns about empty prose, but not where a table stands in for it", () => {
    const input = evaluation("1", "1", [indicator("产出", "产出数量", "人数", "1", "1", "90")]);
    const r = evaluateKeyEvaluation({
      ...input,
      sections: { ...input.sections, suggestions: "  ", "goals.annual": undefined, "method.team": undefined },
    });
    expect(r.issues).toEqual([{ path: ["sections", "suggestions"], message: "八、意见建议：尚未填写", severity: "warning" }]);
  });
});
