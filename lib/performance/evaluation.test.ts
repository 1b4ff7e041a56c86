import { describe, expect, it } from "vitest";
import { evaluateProject, summarize, type ProjectEntry, type SelfEvaluationInput } from "./evaluation";
import { formatScore, formatScoreFixed } from "./format";
import { SHANGHAI_GRADES } from "./grades";
import { dec } from "./numbers";
import type { IndicatorInput } from "./scoring";

const funding = (full: string, executed: string) => ({
  currentYear: { initial: dec(full), full: dec(full), executed: dec(executed) },
  carryOver: { initial: dec("0"), full: dec("0"), executed: dec("0") },
  other: { initial: dec("0"), full: dec("0"), executed: dec("0") },
});

const atLeast = (level3: string, target: string, actual: string, weight: string, reason: string | null = null): IndicatorInput => ({
  level1: "产出指标",
  level2: "数量指标",
  level3,
  target: { kind: "quantitative", operator: "≥", value: dec(target), unit: "个" },
  actual: { kind: "quantitative", value: dec(actual), unit: "" },
  weight: dec(weight),
  deviationReason: reason,
});

function project(indicators: IndicatorInput[], full = "100", executed = "100", name = "测试项目"): SelfEvaluationInput {
  return {
    projectName: name,
    supervisor: "某部门",
    execution: { funding: funding(full, executed), weight: dec("10") },
    overallGoal: null,
    indicators,
  };
}

describe("evaluateProject", () => {
  it("scores every indicator and adds the printed scores", () => {
    const r = evaluateProject(
      project([atLeast("甲", "300", "260", "45", "未达标"), atLeast("乙", "2000", "1900", "45", "未达标")], "352", "337.28"),
    );
    // 9.58 + 45 × 260/300 (39) + 45 × 0.95 (42.75)
    expect(r.indicators.map((i) => formatScore(i.score))).toEqual(["39", "42.75"]);
    expect(formatScoreFixed(r.total)).toBe("91.33");
    expect(r.grade).toBe("优");
    expect(r.indicators.map((i) => [i.index, i.met, i.deviationRequired])).toEqual([
      [1, false, true],
      [2, false, true],
    ]);
    expect(r.problems).toEqual([]);
  });

  it("reports weights that do not total 100", () => {
    const r = evaluateProject(project([atLeast("甲", "1", "1", "87.5")]));
    expect(r.weightTotal.toFixed()).toBe("97.5");
    expect(r.problems).toEqual(["分值合计应为100，当前为97.5"]);
  });

  it("reports a missed target without 偏差原因, naming the indicator", () => {
    const r = evaluateProject(project([atLeast("办公用品采购数量", "300", "260", "90", "  ")]));
    expect(r.problems).toEqual([
      "第1项指标“办公用品采购数量”：未达到年度指标值（目标≥300个，实际260个），请填写偏差原因分析及改进措施",
    ]);
    expect(r.issues[0].path).toEqual(["indicators", 0, "deviationReason"]);
  });

  it("reports a numeric target without its number and a missing 三级指标", () => {
    const broken: IndicatorInput = {
      ...atLeast("", "1", "1", "90"),
      target: { kind: "quantitative", operator: "≤", value: null, unit: "万元" },
    };
    const r = evaluateProject(project([broken]));
    expect(r.problems).toEqual(["第1项指标：请填写三级指标", "第1项指标：年度指标值缺少数值（“≤”后应填写一个数）"]);
    expect(r.issues.map((i) => i.path)).toEqual([
      ["indicators", 0, "level3"],
      ["indicators", 0, "target", "value"],
    ]);
  });

  it("reports negative amounts and spending without budget", () => {
    const base = project([atLeast("甲", "1", "1", "90")]);
    const currentYear = { ...base.execution.funding.currentYear, executed: dec("1").negated() };
    const negative = evaluateProject({
      ...base,
      execution: { ...base.execution, funding: { ...base.execution.funding, currentYear } },
    });
    expect(negative.problems).toEqual(["当年财政拨款的金额不能为负数"]);
    const noBudget = evaluateProject(project([atLeast("甲", "1", "1", "90")], "0", "12.5"));
    expect(noBudget.problems).toEqual(["年度资金总额：全年预算数为0，但全年执行数为12.5万元，无法计算执行率；请核对全年预算数"]);
    expect(formatScore(noBudget.total)).toBe("90");
  });

  it("reports an empty project", () => {
    const r = evaluateProject({ ...project([]), projectName: " " });
    expect(r.problems).toEqual(["请填写项目名称", "请至少填写一项绩效指标", "分值合计应为100，当前为10"]);
  });

  it("uses the grade scale it is given", () => {
    const r = evaluateProject(project([atLeast("甲", "100", "70", "90", "原因")]), { grades: SHANGHAI_GRADES });
    expect(formatScore(r.total)).toBe("73");
    expect(r.grade).toBe("合格");
    expect(evaluateProject(project([atLeast("甲", "100", "70", "90", "原因")])).grade).toBe("中");
  });
});

describe("summarize", () => {
  const detail = project([atLeast("甲", "1", "1", "90")], "200", "150", "明细项目");
  const entries: ProjectEntry[] = [
    { name: "报告项目", detail: null, reportedScore: dec("99.3"), executed: dec("100") },
    { name: "明细项目", detail },
    { name: "低分项目", detail: null, reportedScore: dec("85"), executed: dec("0.5") },
  ];

  it("lists 序号, 项目名称, 得分 with computed scores where a table exists", () => {
    const s = summarize(entries);
    expect(s.rows.map((r) => [r.index, r.name, formatScore(r.score), r.source])).toEqual([
      [1, "报告项目", "99.3", "reported"],
      [2, "明细项目", "97.5", "computed"],
      [3, "低分项目", "85", "reported"],
    ]);
    expect(s.gradeCounts).toEqual([
      { label: "优", count: 2 },
      { label: "良", count: 1 },
      { label: "中", count: 0 },
      { label: "差", count: 0 },
    ]);
    expect(s.problems).toEqual([]);
  });

  it("covers Σ 全年执行数, not Σ 全年预算数", () => {
    expect(summarize(entries).coveredAmount?.toFixed()).toBe("250.5");
  });

  it("leaves the covered amount open while an amount is unknown", () => {
    const s = summarize([...entries, { name: "未知金额", detail: null, reportedScore: dec("100"), executed: null }]);
    expect(s.coveredAmount).toBeNull();
    expect(s.projectsWithoutAmount).toEqual(["未知金额"]);
    expect(s.problems).toEqual(["以下项目未填写全年执行数，无法计算绩效自评涉及资金：未知金额"]);
  });

  it("reports duplicates, mismatched names, impossible scores and flawed tables", () => {
    const s = summarize([
      { name: "甲", detail: null, reportedScore: dec("101"), executed: dec("1") },
      { name: "甲", detail: null, reportedScore: dec("90"), executed: dec("1") },
      { name: "乙", detail: project([atLeast("丙", "1", "1", "80")], "1", "1", "丁") },
    ]);
    expect(s.problems).toEqual([
      "项目“甲”的得分应在0到100之间，当前为101",
      "项目“甲”在汇总表中重复出现",
      "汇总表项目名称“乙”与自评表项目名称“丁”不一致",
      "项目“乙”的自评表有1个问题，得分可能不准确",
    ]);
  });
});
