import { describe, expect, it } from "vitest";
import { selfEvaluationFormSchema, keyEvaluationFormSchema } from "../validation/performance";
import { evaluateProject } from "./evaluation";
import { formatScore, formatScoreFixed } from "./format";
import { evaluateKeyEvaluation } from "./key-evaluation";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "./seed/stored-record";
import { HOTLINE_KEY_EVALUATION_2024, UNIT_OPERATING_FUNDS_2024 } from "./seed/zaozhuang-2024";
import {
  EMPTY_PERFORMANCE,
  checkCoverage,
  checkKeyEvaluationInput,
  checkProjectInput,
  draftSelfEvaluation,
  evaluateDocument,
  formatFiledOn,
  parsePerformanceDocument,
  projectNameTaken,
  summaryInfoSchema,
  withKeyEvaluation,
  withProject,
  withProjectMoved,
  withoutKeyEvaluation,
  withoutProject,
  type PerformanceDocument,
  type SelfEvaluationForm,
  type StoredProject,
} from "./stored";

const detailed = SEED.projects.find((p) => p.name === "单位运行经费")!;
const detail = detailed.detail!;
const hotline = SEED.projects.find((p) => p.name === "12345市长热线运行保障经费")!;

/** 万元 → 分, written out so the tests do not compute money in floats. */
const FEN_2185_74 = 2_185_740_000n;
const FEN_337_28 = 337_280_000n;

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

describe("the seed record", () => {
  it("survives a JSON round trip unchanged and without warnings", () => {
    const parsed = parsePerformanceDocument(JSON.parse(JSON.stringify(SEED)));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.document).toEqual(JSON.parse(JSON.stringify(SEED)));
  });

  it("holds all 13 projects in 汇总表 order, one with its 自评表 scoring 98.20 优", () => {
    const view = evaluateDocument(SEED);
    expect(view.projects.map((p) => p.project.name)).toHaveLength(13);
    expect(view.projects[6]).toMatchObject({ index: 7, source: "computed", grade: "优" });
    expect(formatScoreFixed(view.projects[6].score!)).toBe("98.20");
    expect(view.summary.rows.map((r) => formatScore(r.score))).toEqual([
      "99.3", "99.53", "99.9", "100", "100", "96.66", "98.2", "99.67", "97.42", "97.36", "94.91", "99.94", "100",
    ]);
    expect(view.summary.gradeCounts.find((g) => g.label === "优")?.count).toBe(13);
    expect(formatFiledOn(SEED.summaryFiledOn!)).toBe("2025年2月24日");
  });

  it("stores exactly what the forms accept, and the forms give the engine's seed results", () => {
    const self = selfEvaluationFormSchema.safeParse(detail);
    expect(self.success).toBe(true);
    expect(evaluateProject(self.data!).total.toFixed(2)).toBe(evaluateProject(UNIT_OPERATING_FUNDS_2024).total.toFixed(2));
    const key = keyEvaluationFormSchema.safeParse(SEED.keyEvaluations[0].form);
    expect(key.success).toBe(true);
    expect(SEED.keyEvaluations[0].projectId).toBe(hotline.id);
    const view = evaluateDocument(SEED).keyEvaluations[0];
    expect(formatScore(view.result.total)).toBe("99.9");
    expect(view.result.grade).toBe("优");
    expect(formatScore(view.result.total)).toBe(formatScore(evaluateKeyEvaluation(HOTLINE_KEY_EVALUATION_2024).total));
  });
});

describe("parsePerformanceDocument", () => {
  it("reads a missing record as empty, silently", () => {
    expect(parsePerformanceDocument(null)).toEqual({ document: EMPTY_PERFORMANCE, warnings: [] });
  });

  it("reads damaged JSON as empty with a warning, never throwing", () => {
    for (const bad of ["x", 42, [], { projects: "no" }, { projects: [], keyEvaluations: {} }]) {
      const parsed = parsePerformanceDocument(bad);
      expect(parsed.document).toEqual(EMPTY_PERFORMANCE);
      expect(parsed.warnings).toEqual([expect.stringContaining("已保存的绩效数据格式不正确")]);
    }
  });

  it("leaves out a damaged project or report and says which", () => {
    const data = {
      projects: [
        SEED.projects[0],
        { ...SEED.projects[1], detail: { indicators: "broken" } },
        { ...SEED.projects[2], id: SEED.projects[0].id },
      ],
      keyEvaluations: [
        { projectId: "nowhere", form: SEED.keyEvaluations[0].form },
        { projectId: SEED.projects[0].id, form: { projectName: "坏报告" } },
      ],
      summaryFiledOn: "2025-02-30",
    };
    const parsed = parsePerformanceDocument(JSON.parse(JSON.stringify(data)));
    expect(parsed.document.projects.map((p) => p.name)).toEqual(["挂职人员补助"]);
    expect(parsed.document.keyEvaluations).toEqual([]);
    expect(parsed.document.summaryFiledOn).toBeUndefined();
    expect(parsed.warnings).toEqual([
      "第2个项目“招商经费”的数据格式不正确，未能读取",
      "第3个项目“12345市长热线运行保障经费”的数据格式不正确，未能读取",
      "第1份重点绩效评价报告“12345市长热线运行保障经费”找不到对应的项目，未能读取",
      "第2份重点绩效评价报告“坏报告”的数据格式不正确，未能读取",
      "汇总表的填报日期格式不正确，未能读取",
    ]);
  });
});

describe("drafts score while someone is typing", () => {
  const indicator = (target: string, actual: string, weight: string): SelfEvaluationForm["indicators"][number] => ({
    level1: "产出指标",
    level2: "数量指标",
    level3: "出差人次",
    target: { kind: "quantitative", operator: "≥", value: target, unit: "人次" },
    actual,
    weight,
  });
  const form = (indicators: SelfEvaluationForm["indicators"]): SelfEvaluationForm => ({ ...detail, indicators });

  it("reproduces 7.5 × 260/300 = 6.5 and 7.125 → 7.12", () => {
    const result = evaluateProject(draftSelfEvaluation(form([indicator("300", "260", "7.5"), indicator("2000", "1900", "7.5")])));
    expect(result.indicators.map((i) => formatScore(i.score))).toEqual(["6.5", "7.12"]);
    expect(result.indicators.every((i) => i.deviationRequired)).toBe(true);
  });

  it("scores what does not parse yet as 0 and says why, instead of throwing", () => {
    const result = evaluateProject(draftSelfEvaluation(form([indicator("", "1900", "7.5"), indicator("2000", "19OO", "abc")])));
    expect(result.indicators.map((i) => formatScore(i.score))).toEqual(["0", "0"]);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        "第1项指标“出差人次”：年度指标值缺少数值（“≥”后应填写一个数）",
        "第2项指标“出差人次”：请填写实际完成值",
        "第2项指标“出差人次”：分值应大于0",
      ]),
    );
  });
});

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

describe("coverage against 公开05 项目支出", () => {
  const onlyDetailed: PerformanceDocument = { projects: [detailed], keyEvaluations: [] };

  it("passes when the self-evaluated money equals 公开05 项目支出", () => {
    expect(checkCoverage(evaluateDocument(onlyDetailed), FEN_337_28).message).toBeNull();
  });

  it("warns with both amounts and the difference otherwise", () => {
    expect(checkCoverage(evaluateDocument(onlyDetailed), FEN_2185_74).message).toBe(
      "绩效自评涉及资金337.28万元与公开05表项目支出2,185.74万元不一致，少1,848.46万元；绩效自评应覆盖全部项目支出",
    );
  });

  it("allows 0.01 万元 per project for amounts printed to the 0.01 万元", () => {
    expect(checkCoverage(evaluateDocument(onlyDetailed), FEN_337_28 + 10_000n).message).toBeNull();
    expect(checkCoverage(evaluateDocument(onlyDetailed), FEN_337_28 + 10_001n).message).toContain("少0.010001万元");
  });

  it("says which projects lack an amount, and when nothing is evaluated at all", () => {
    expect(checkCoverage(evaluateDocument(SEED), FEN_2185_74).message).toMatch(/^以下项目未填写全年执行数.*挂职人员补助、招商经费、政务活动经费/);
    expect(checkCoverage(evaluateDocument(EMPTY_PERFORMANCE), 0n).message).toBeNull();
    expect(checkCoverage(evaluateDocument(EMPTY_PERFORMANCE), FEN_337_28).message).toBe(
      "尚未填写项目支出绩效自评；公开05表项目支出为337.28万元，绩效自评应覆盖全部项目支出",
    );
  });
});

describe("changes to a document", () => {
  it("renaming a project renames its key evaluation; deleting it deletes the report too", () => {
    const renamed: StoredProject = { ...hotline, name: "市长热线经费", supervisor: "市政府办公室" };
    const doc = withProject(SEED, renamed);
    expect(doc.projects.map((p) => p.name)[2]).toBe("市长热线经费");
    expect(doc.keyEvaluations[0].form).toMatchObject({ projectName: "市长热线经费", supervisor: "市政府办公室" });
    expect(projectNameTaken(doc, " 市长热线经费 ")).toBe(true);
    expect(projectNameTaken(doc, "市长热线经费", hotline.id)).toBe(false);
    const removed = withoutProject(doc, hotline.id);
    expect(removed.projects).toHaveLength(12);
    expect(removed.keyEvaluations).toEqual([]);
  });

  it("a project's detail always carries the project's name; a reported project drops a stale detail", () => {
    const moved = withProject(SEED, { ...detailed, name: "运行经费" });
    expect(moved.projects[6].detail?.projectName).toBe("运行经费");
    const reported = withProject(SEED, { ...detailed, detail: null, reportedScore: "98.2" });
    expect(reported.projects[6]).toEqual({ id: detailed.id, name: "单位运行经费", supervisor: detailed.supervisor, detail: null, reportedScore: "98.2", executed: undefined });
    expect(withProject(EMPTY_PERFORMANCE, detailed).projects).toHaveLength(1);
  });

  it("moves projects within the 汇总表 and replaces or removes key evaluations", () => {
    const first = SEED.projects[0].id;
    expect(withProjectMoved(SEED, first, 1).projects.slice(0, 2).map((p) => p.name)).toEqual(["招商经费", "挂职人员补助"]);
    expect(withProjectMoved(SEED, first, -1)).toBe(SEED);
    const form = { ...SEED.keyEvaluations[0].form, fundingSource: "其他" };
    expect(withKeyEvaluation(SEED, hotline.id, form).keyEvaluations).toEqual([{ projectId: hotline.id, form }]);
    expect(withKeyEvaluation(SEED, first, form).keyEvaluations).toHaveLength(2);
    expect(withoutKeyEvaluation(SEED, hotline.id).keyEvaluations).toEqual([]);
  });

  it("validates the 汇总表 header", () => {
    expect(summaryInfoSchema.safeParse({ summaryUnitName: " ", summaryFiledOn: "" }).data).toEqual({ summaryUnitName: undefined, summaryFiledOn: undefined });
    expect(summaryInfoSchema.safeParse({ summaryFiledOn: "2025-13-01" }).error?.issues[0].message).toBe("填报日期格式不正确，例如 2025-02-24");
  });
});
