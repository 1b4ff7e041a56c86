import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "../../performance/seed/stored-record";
import {
  checkKeyEvaluationDraft,
  checkKeyEvaluationInput,
  checkProjectDraft,
  checkProjectInput,
  keyEditorSchema,
  keyEditorValues,
  keyFormOf,
  projectEditorSchema,
  projectEntryOf,
  type ProjectEditorValues,
} from "./project-entry";

const detailed = SEED.projects.find((p) => p.name === "单位运行经费")!;
const detail = detailed.detail!;
const hotline = SEED.projects.find((p) => p.name === "12345市长热线运行保障经费")!;

function withIndicator(index: number, patch: Record<string, unknown>): Record<string, unknown> {
  return { ...detail, indicators: detail.indicators.map((i, n) => (n === index ? { ...i, ...patch } : i)) };
}

function projectInput(d: unknown, extra: Record<string, unknown> = {}) {
  return { name: "单位运行经费", supervisor: "枣庄市人民政府办公室", detail: d, ...extra };
}

function issuesOf(input: unknown): string[] {
  const r = checkProjectInput(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("checkProjectInput", () => {
  it("accepts the seed's 自评表 and stores it under the project's name", () => {
    const r = checkProjectInput(projectInput({ ...detail, projectName: "别的名字" }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.detail?.projectName).toBe("单位运行经费");
  });

  it("refuses weights that do not total 100", () => {
    expect(issuesOf(projectInput(withIndicator(0, { weight: "0" })))).toEqual([
      "detail.indicators.0.weight: 第1项指标“办公经费”：分值应大于0",
      "detail.indicators: 分值合计应为100，当前为97.5",
    ]);
  });

  it("refuses a score supplied as input, on an indicator or on the project", () => {
    expect(issuesOf(projectInput(withIndicator(0, { score: "2.5" })))).toEqual([
      "detail.indicators.0.score: 第1项指标“办公经费”：得分由系统计算，不能直接填写",
    ]);
    expect(issuesOf(projectInput(detail, { reportedScore: "98.2" }))).toEqual([
      "reportedScore: 已填写绩效自评表的项目，得分由系统计算，不能直接填写",
    ]);
    expect(issuesOf(projectInput(detail, { score: "98.2" }))).toEqual(["score: 得分由系统计算，不能直接填写"]);
  });

  it("refuses a target without a number where the operator needs one", () => {
    expect(issuesOf(projectInput(withIndicator(1, { target: { kind: "quantitative", operator: "≤", value: " ", unit: "万元" } })))).toEqual([
      "detail.indicators.1.target.value: 第2项指标“差旅费”：年度指标值缺少数值（“≤”后应填写一个数）",
    ]);
  });

  it("refuses a 偏差原因 of only spaces where the target is missed", () => {
    expect(issuesOf(projectInput(withIndicator(2, { deviationReason: "  　" })))).toEqual([
      "detail.indicators.2.deviationReason: 第3项指标“办公用品采购数量”：未达到年度指标值（目标≥300个/套，实际260个/套），请填写偏差原因分析及改进措施",
    ]);
  });

  it("refuses negative amounts, naming the field", () => {
    const funding = { ...detail.execution.funding, carryOver: { initial: "0", full: "0", executed: "-5" } };
    expect(issuesOf(projectInput({ ...detail, execution: { funding } }))).toEqual([
      "detail.execution.funding.carryOver.executed: 上年结转资金全年执行数：不能为负数",
    ]);
    expect(issuesOf({ name: "委托业务费", supervisor: "办公室", detail: null, reportedScore: "96.66", executed: "-1" })).toEqual([
      "executed: 全年执行数：不能为负数",
    ]);
  });

  it("requires a score between 0 and 100 for a project without a 自评表", () => {
    const reported = (reportedScore?: string) => ({ name: "委托业务费", supervisor: "办公室", detail: null, reportedScore });
    expect(issuesOf(reported())).toEqual(["reportedScore: 未填写绩效自评表的项目，请填写自评得分"]);
    expect(issuesOf(reported("100.5"))).toEqual(["reportedScore: 自评得分应在0到100之间"]);
    expect(issuesOf(reported("９６．６６"))).toEqual([]);
    expect(issuesOf({ ...reported("90"), name: "   " })).toEqual(["name: 请填写项目名称"]);
    expect(issuesOf({ ...reported("90"), extra: 1 })).toEqual([": 包含无法识别的字段：extra"]);
  });
});

describe("checkKeyEvaluationInput", () => {
  it("takes the name, 主管部门 and year from the project and the report", () => {
    const r = checkKeyEvaluationInput({ ...SEED.keyEvaluations[0].form, projectName: "改过的名字", year: "1999" }, { ...hotline, name: "热线经费" }, 2024);
    expect(r.ok && [r.value.projectName, r.value.year]).toEqual(["热线经费", "2024"]);
  });

  it("names the row of a bad indicator, counting the execution row as row 1", () => {
    const form = SEED.keyEvaluations[0].form;
    const indicators = form.indicators.map((i, n) => (n === 0 ? { ...i, weight: "5" } : i));
    const short = checkKeyEvaluationInput({ ...form, indicators }, hotline, 2024);
    expect(short.ok ? [] : short.issues).toEqual([{ path: "indicators", message: "分值合计应为100，当前为95" }]);
    const blankTarget = form.indicators.map((i, n) => (n === 1 ? { ...i, target: { kind: "quantitative", operator: "≥", value: "", unit: "人" } } : i));
    const unnamed = checkKeyEvaluationInput({ ...form, indicators: blankTarget, evaluators: [{ name: "", position: "主任", responsibility: "效益" }] }, hotline, 2024);
    expect(unnamed.ok ? [] : unnamed.issues).toEqual([
      { path: "indicators.1.target.value", message: "第3项指标“工作人员数量”：年度指标值缺少数值（“≥”后应填写一个数）" },
      { path: "evaluators.0.name", message: "评价人员第1行：请填写评价人员姓名" },
    ]);
  });
});

describe("the editors' resolvers", () => {
  const values = (patch: Partial<ProjectEditorValues> = {}): ProjectEditorValues => ({
    mode: "detail",
    name: detailed.name,
    supervisor: detailed.supervisor,
    reportedScore: "",
    executed: "",
    detail,
    ...patch,
  });
  const resolve = async (schema: Parameters<typeof zodResolver>[0], v: unknown) =>
    zodResolver(schema)(v as never, undefined, { fields: {}, shouldUseNativeValidation: false });

  it("passes what the save accepts and sends exactly the chosen kind's fields", async () => {
    expect((await resolve(projectEditorSchema(detailed.id), values())).errors).toEqual({});
    expect(projectEntryOf(values({ mode: "reported", reportedScore: "98", executed: "1" }), "p1")).toEqual({
      id: "p1",
      name: detailed.name,
      supervisor: detailed.supervisor,
      detail: null,
      reportedScore: "98",
      executed: "1",
    });
  });

  it("puts the save's labelled problems on the fields the editor shows them beside", async () => {
    const short = { ...detail, indicators: detail.indicators.map((i, n) => (n === 0 ? { ...i, weight: "0.5" } : i)) };
    const { errors } = await resolve(projectEditorSchema(undefined), values({ detail: short }));
    expect(errors).toMatchObject({ detail: { indicators: { message: "分值合计应为100，当前为98" } } });
    const reported = await resolve(projectEditorSchema(undefined), values({ mode: "reported", reportedScore: "101" }));
    expect(reported.errors).toMatchObject({ reportedScore: { message: "自评得分应在0到100之间" } });
  });

  it("holds a key evaluation's prose by position and gives it back by key", async () => {
    const form = { ...SEED.keyEvaluations[0].form, projectName: hotline.name, supervisor: hotline.supervisor };
    expect(keyFormOf(keyEditorValues(form))).toEqual(form);
    expect((await resolve(keyEditorSchema(hotline, 2024), keyEditorValues(form))).errors).toEqual({});
    const bad = keyEditorValues({ ...form, budget: "-1" });
    expect((await resolve(keyEditorSchema(hotline, 2024), bad)).errors).toMatchObject({ budget: { message: "项目预算资金：不能为负数" } });
  });
});

describe("checkProjectDraft", () => {
  const draftIssues = (input: unknown) => {
    const r = checkProjectDraft(input);
    return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it("keeps what the strict check refuses, strings as typed: bad weights, a blank reason, a half-typed number", () => {
    const typed = withIndicator(0, { weight: "7.5x", deviationReason: "" });
    expect(checkProjectInput(projectInput(typed)).ok).toBe(false);
    const r = checkProjectDraft(projectInput(typed));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.detail?.indicators[0]).toMatchObject({ weight: "7.5x", deviationReason: "" });
  });

  it("keeps a reported score that is not a score yet", () => {
    const r = checkProjectDraft({ name: " 热线 ", supervisor: "办公室", detail: null, reportedScore: "九十", executed: "" });
    expect(r.ok && r.value).toMatchObject({ name: "热线", detail: null, reportedScore: "九十", executed: undefined });
  });

  it("refuses what no draft may hold: computed fields, unknown fields, markup, wrong types, no name", () => {
    expect(draftIssues(projectInput(withIndicator(0, { score: "7.5" })))[0]).toContain("得分由系统计算，不能直接填写");
    expect(draftIssues(projectInput(detail, { total: "98" }))).toEqual(["total: 总分由系统计算，不能直接填写"]);
    expect(draftIssues(projectInput(withIndicator(0, { extra: "x" })))).toHaveLength(1);
    expect(draftIssues(projectInput(withIndicator(0, { deviationReason: "<script>alert(1)</script>" })))[0]).toContain("不能包含尖括号或控制字符");
    expect(draftIssues(projectInput(withIndicator(0, { weight: 7.5 })))).toHaveLength(1);
    expect(draftIssues({ ...projectInput(detail), name: "  " })).toEqual(["name: 请填写项目名称"]);
    expect(draftIssues(projectInput([]))).toEqual(["detail: 绩效自评表格式不正确"]);
  });
});

describe("checkKeyEvaluationDraft", () => {
  const form = SEED.keyEvaluations[0].form;

  it("keeps weights that do not add up and a blank evaluator, as typed, under the project's name", () => {
    const indicators = form.indicators.map((i, n) => (n === 0 ? { ...i, weight: "5" } : i));
    const typed = { ...form, indicators, evaluators: [{ name: "", position: "主任", responsibility: "效益" }] };
    expect(checkKeyEvaluationInput(typed, hotline, 2024).ok).toBe(false);
    const r = checkKeyEvaluationDraft(typed, { ...hotline, name: "热线经费" }, 2024);
    expect(r.ok && [r.value.projectName, r.value.year, r.value.indicators[0].weight, r.value.evaluators[0].name]).toEqual(["热线经费", "2024", "5", ""]);
  });

  it("refuses computed fields, markup and a form that is no form", () => {
    const scored = checkKeyEvaluationDraft({ ...form, total: "99.9" }, hotline, 2024);
    expect(scored.ok ? [] : scored.issues.map((i) => i.message)).toEqual(["总分由系统计算，不能直接填写"]);
    const marked = checkKeyEvaluationDraft({ ...form, fundingSource: "<img src=x>" }, hotline, 2024);
    expect(marked.ok ? [] : marked.issues.map((i) => i.message)[0]).toContain("不能包含尖括号或控制字符");
    expect(checkKeyEvaluationDraft("x", hotline, 2024).ok).toBe(false);
  });
});
