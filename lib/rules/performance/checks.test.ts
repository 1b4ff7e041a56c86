import { describe, expect, it } from "vitest";
import type { PerformanceDocument, StoredProject } from "../../performance/document";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "../../performance/seed/stored-record";
import { PERFORMANCE_CHECKS, checkPerformance } from "./checks";

/** The messages' texts by severity, as the gate and the rule list show them. */
function performanceProblems(document: unknown, table05ProjectFen: bigint) {
  const messages = checkPerformance({ document, table05ProjectFen });
  const texts = (severity: string) => messages.filter((m) => m.severity === severity).map((m) => m.message);
  return { errors: texts("error"), warnings: texts("warning") };
}

/** 2,185.74 万元 in 分. */
const T05_PROJECT_FEN = 2_185_740_000n;

/** The record as the database hands it back. */
const stored = (doc: PerformanceDocument): unknown => JSON.parse(JSON.stringify(doc));

/**
 * The seed prints no 全年执行数 for 11 of its projects. Amounts adding up to the 492.30 万元
 * that 公开05 leaves for them (2,185.74 − 1,356.16 − 337.28) make the record fully covered.
 */
function withAmounts(doc: PerformanceDocument): PerformanceDocument {
  const amounts = ["40", "50", "60", "70", "60", "30", "40", "40", "42.3", "30", "30"];
  let next = 0;
  return { ...doc, projects: doc.projects.map((p): StoredProject => (p.detail === null && p.executed === undefined ? { ...p, executed: amounts[next++] } : p)) };
}

function patchDetail(patch: (d: NonNullable<StoredProject["detail"]>) => NonNullable<StoredProject["detail"]>): PerformanceDocument {
  return { ...SEED, projects: SEED.projects.map((p) => (p.detail ? { ...p, detail: patch(p.detail) } : p)) };
}

describe("checkPerformance", () => {
  it("passes the seed record once every project's money is known and adds up to 公开05 项目支出", () => {
    expect(performanceProblems(stored(withAmounts(SEED)), T05_PROJECT_FEN)).toEqual({ errors: [], warnings: [] });
  });

  it("warns when the money self-evaluated differs from 公开05 项目支出", () => {
    expect(performanceProblems(stored(withAmounts(SEED)), T05_PROJECT_FEN + 100_000_000n)).toEqual({
      errors: [],
      warnings: ["绩效自评涉及资金2,185.74万元与公开05表项目支出2,285.74万元不一致，少100万元；绩效自评应覆盖全部项目支出"],
    });
  });

  it("warns, as the seed record stands, that the coverage cannot be checked", () => {
    const { errors, warnings } = performanceProblems(stored(SEED), T05_PROJECT_FEN);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^以下项目未填写全年执行数，无法核对绩效自评是否覆盖公开05表项目支出（2,185.74万元）：挂职人员补助、/)]);
  });

  it("blocks a 自评表 its form would refuse, naming the project and the problem", () => {
    const short = patchDetail((d) => ({ ...d, indicators: d.indicators.map((i, n) => (n === 0 ? { ...i, weight: "0.5" } : i)) }));
    expect(performanceProblems(stored(withAmounts(short)), T05_PROJECT_FEN).errors).toEqual([
      "项目“单位运行经费”的绩效自评表：分值合计应为100，当前为98",
    ]);
    const noReason = patchDetail((d) => ({ ...d, indicators: d.indicators.map((i, n) => (n === 3 ? { ...i, deviationReason: " " } : i)) }));
    expect(performanceProblems(stored(withAmounts(noReason)), T05_PROJECT_FEN).errors).toEqual([
      "项目“单位运行经费”的绩效自评表：第4项指标“出差人次”：未达到年度指标值（目标≥2000人次，实际1900人次），请填写偏差原因分析及改进措施",
    ]);
  });

  it("blocks a reported score that is not a score, and duplicate projects", () => {
    const doc: PerformanceDocument = {
      ...withAmounts(SEED),
      projects: [...withAmounts(SEED).projects.map((p, i) => (i === 0 ? { ...p, reportedScore: "九十九" } : p)), { ...SEED.projects[1], id: "copy", executed: "0" }],
    };
    expect(performanceProblems(stored(doc), T05_PROJECT_FEN).errors).toEqual([
      "项目“挂职人员补助”未填写绩效自评表，其自评得分应为0到100之间的数（当前为“九十九”）",
      "项目“招商经费”在汇总表中重复出现",
    ]);
  });

  it("blocks a 重点绩效评价报告 its form would refuse", () => {
    const [key] = SEED.keyEvaluations;
    const doc = { ...withAmounts(SEED), keyEvaluations: [{ ...key, form: { ...key.form, budget: "-1" } }] };
    expect(performanceProblems(stored(doc), T05_PROJECT_FEN).errors).toEqual(["重点绩效评价报告“12345市长热线运行保障经费”：项目预算资金：不能为负数"]);
  });

  it("blocks a damaged record rather than submitting an empty 第五部分", () => {
    const { errors } = performanceProblems("not a document", 0n);
    expect(errors).toEqual([expect.stringContaining("绩效：已保存的绩效数据格式不正确")]);
  });

  it("asks for self-evaluations when 公开05 has project spending and none are entered", () => {
    expect(performanceProblems(null, 0n)).toEqual({ errors: [], warnings: [] });
    expect(performanceProblems(null, T05_PROJECT_FEN).warnings).toEqual([
      "尚未填写项目支出绩效自评；公开05表项目支出为2,185.74万元，绩效自评应覆盖全部项目支出",
    ]);
  });
});

describe("each performance message", () => {
  it("names a defined check of the 绩效 part, with its severity", () => {
    const doc = { ...withAmounts(SEED), keyEvaluations: [{ ...SEED.keyEvaluations[0], form: { ...SEED.keyEvaluations[0].form, budget: "-1" } }] };
    const messages = [...checkPerformance({ document: stored(doc), table05ProjectFen: 1n }), ...checkPerformance({ document: "x", table05ProjectFen: 0n })];
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      const check = PERFORMANCE_CHECKS.find((c) => c.id === m.ruleId);
      expect(check, m.ruleId).toBeDefined();
      expect(m).toMatchObject({ part: "performance", severity: check!.severity });
    }
    expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
  });

  it("keeps the coverage warning on its stable key, at 公开05 合计", () => {
    const [warning] = checkPerformance({ document: stored(withAmounts(SEED)), table05ProjectFen: T05_PROJECT_FEN + 1_000_000n });
    expect(warning).toMatchObject({ key: "T绩效|coverage", ruleId: "T绩效", severity: "warning", table: "t05", rowKey: "合计", field: null });
  });

  it("locates a form's problem at its field", () => {
    const short = patchDetail((d) => ({ ...d, indicators: d.indicators.map((i, n) => (n === 0 ? { ...i, weight: "0.5" } : i)) }));
    const [error] = checkPerformance({ document: stored(withAmounts(short)), table05ProjectFen: T05_PROJECT_FEN });
    expect(error).toMatchObject({ ruleId: "P2", table: null, field: "projects.6.detail.indicators" });
  });
});
