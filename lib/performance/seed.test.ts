/**
 * The seed disclosure's 第五部分 附件, reproduced from its transcription (lib/fixture/samples/): every printed score
 * must come out of the scoring rules exactly as printed, and SEED_PERFORMANCE_2024 must say
 * what the fixture says.
 */
import { describe, expect, it } from "vitest";
import { evaluateProject, summarize, type SelfEvaluationInput } from "./evaluation";
import { loadPerformanceFixture } from "./fixtures/load";
import { formatPercent, formatScore, formatScoreFixed } from "./format";
import { conclusionSentence, evaluateKeyEvaluation, type KeyEvaluationInput } from "./key-evaluation";
import { dec, sum } from "./numbers";
import { parsePrintedActual, parsePrintedTarget } from "./printed";
import { formatTarget, type IndicatorInput } from "./scoring";
import { HOTLINE_KEY_EVALUATION_2024, SEED_PERFORMANCE_2024, UNIT_OPERATING_FUNDS_2024 } from "./seed/zaozhuang-2024";

const fixture = loadPerformanceFixture();
const selfFixture = fixture.performance.selfEvaluations[0];
const keyFixture = fixture.performance.keyEvaluations[0];

function printed(target: string, actual: string) {
  const t = parsePrintedTarget(target);
  const a = parsePrintedActual(actual);
  if (!t.ok || !a.ok) throw new Error(`${target} / ${actual}`);
  return { target: t.value, actual: a.value };
}

/** The self-evaluation built from the fixture alone, reasons as placeholders where printed. */
function selfEvaluationFromFixture(): SelfEvaluationInput {
  const row = ([initial, full, executed]: readonly string[]) => ({ initial: dec(initial), full: dec(full), executed: dec(executed) });
  return {
    projectName: selfFixture.project,
    supervisor: selfFixture.supervisor,
    execution: {
      funding: {
        currentYear: row(selfFixture.funding.currentYear),
        carryOver: row(selfFixture.funding.carryOver),
        other: row(selfFixture.funding.other),
      },
      weight: dec(selfFixture.executionWeight),
    },
    overallGoal: null,
    indicators: selfFixture.indicators.map(
      (i): IndicatorInput => ({
        level1: i.level1,
        level2: i.level2,
        level3: i.level3,
        ...printed(i.target, i.actual),
        weight: dec(i.weight),
        deviationReason: i.deviationReason ? "（已填写）" : null,
      }),
    ),
  };
}

describe("fixture reader", () => {
  it("keeps number tokens as printed", () => {
    expect(selfFixture.total).toBe("98.20");
    expect(selfFixture.weightTotal).toBe("100.00");
  });
});

describe("单位运行经费 self-evaluation", () => {
  const fromFixture = evaluateProject(selfEvaluationFromFixture());
  const fromSeed = evaluateProject(UNIT_OPERATING_FUNDS_2024);

  it("reproduces the execution row: 95.82%, 9.58", () => {
    for (const r of [fromFixture, fromSeed]) {
      expect(formatPercent(r.execution.rate!)).toBe(`${selfFixture.executionRate}%`);
      expect(formatScore(r.execution.score!)).toBe(selfFixture.executionScore);
    }
  });

  it("reproduces every indicator score as printed", () => {
    const printedScores = selfFixture.indicators.map((i) => i.score);
    expect(printedScores).toEqual(["2.5", "7.5", "6.5", "7.12", "5", "5", "7.5", "7.5", "7.5", "7.5", "15", "10"]);
    expect(fromFixture.indicators.map((i) => formatScore(i.score))).toEqual(printedScores);
    expect(fromSeed.indicators.map((i) => formatScore(i.score))).toEqual(printedScores);
  });

  it("asks for 偏差原因 exactly where the seed gives one", () => {
    expect(fromSeed.indicators.map((i) => i.deviationRequired)).toEqual(selfFixture.indicators.map((i) => i.deviationReason));
    expect(fromSeed.problems).toEqual([]);
  });

  it("totals 98.20 in the table and 98.2分 in the narrative, grade 优", () => {
    for (const r of [fromFixture, fromSeed]) {
      expect(formatScoreFixed(r.weightTotal)).toBe(selfFixture.weightTotal);
      expect(formatScoreFixed(r.total)).toBe(selfFixture.total);
      expect(`${formatScore(r.total)}分`).toBe("98.2分");
      expect(formatScore(r.total)).toBe(fixture.narrativePerformance.highlight.score);
      expect(r.grade).toBe("优");
    }
  });

  it("matches the fixture field by field", () => {
    const seed = UNIT_OPERATING_FUNDS_2024;
    expect(seed.projectName).toBe(selfFixture.project);
    expect(seed.supervisor).toBe(selfFixture.supervisor);
    expect(seed.execution.funding.currentYear.initial.toFixed()).toBe(selfFixture.budgetInitial);
    expect(seed.execution.funding.currentYear.full.toFixed()).toBe(selfFixture.budgetFull);
    expect(seed.execution.funding.currentYear.executed.toFixed()).toBe(selfFixture.executed);
    expect(
      seed.indicators.map((i) => [i.level1, i.level2, i.level3, formatTarget(i.target), i.weight.toFixed()]),
    ).toEqual(selfFixture.indicators.map((i) => [i.level1, i.level2, i.level3, i.target, i.weight]));
  });
});

describe("12345市长热线 key evaluation", () => {
  const result = evaluateKeyEvaluation(HOTLINE_KEY_EVALUATION_2024);

  it("reproduces the scored table row by row", () => {
    expect(result.rows.map((r) => [r.level1, r.level2, r.level3, r.level4, r.targetText, r.actualText])).toEqual(
      keyFixture.indicators.map((i) => [i.level1, i.level2, i.level3, i.level4, i.target, i.actual]),
    );
    expect(result.rows.map((r) => [formatScore(r.weight), formatScore(r.score)])).toEqual(
      keyFixture.indicators.map((i) => [i.weight, i.score]),
    );
  });

  it("reproduces the subtotals, total 99.9 and grade 优", () => {
    expect(Object.fromEntries(result.subtotals.map((s) => [s.label, formatScore(s.score)]))).toEqual(keyFixture.subScores);
    expect(formatScore(result.weightTotal)).toBe(keyFixture.weightTotal);
    expect(formatScore(result.total)).toBe(keyFixture.score);
    expect(result.grade).toBe(keyFixture.grade);
    expect(fixture.narrativePerformance.keyEvaluationResult).toEqual({
      project: HOTLINE_KEY_EVALUATION_2024.projectName,
      score: formatScore(result.total),
      grade: result.grade,
    });
  });

  it("writes 四(一)'s sentence as printed", () => {
    const printedText = "经过评价,项目得分99.9分,等级为优。其中:资金管理指标19.9分,项目产出指标40分,项目效益指标40分。";
    expect(conclusionSentence(result)).toBe(printedText.replaceAll(",", "，").replaceAll(":", "："));
  });

  it("matches the fixture's money and people", () => {
    const k: KeyEvaluationInput = HOTLINE_KEY_EVALUATION_2024;
    expect([k.projectName, k.budget.toFixed(), k.executed.toFixed(), k.fundingSource]).toEqual([
      keyFixture.project,
      keyFixture.budget,
      keyFixture.executed,
      keyFixture.fundingSource,
    ]);
    expect(String(k.evaluators.length)).toBe(keyFixture.evaluators);
    expect(k.executed.toFixed()).toBe(fixture.narrativePerformance.keyEvaluationMoney);
  });

  it("has every section of the printed report filled, so nothing to report", () => {
    expect(result.problems).toEqual([]);
  });
});

describe("项目支出绩效自评结果汇总表", () => {
  const summary = summarize(SEED_PERFORMANCE_2024.projects);

  it("lists the 13 projects with the printed scores", () => {
    expect(summary.rows.map((r) => [r.name, formatScore(r.score)])).toEqual(
      fixture.performance.projects.map((p) => [p.name, p.score]),
    );
    expect(summary.rows.filter((r) => r.source === "computed").map((r) => r.name)).toEqual(["单位运行经费"]);
  });

  it("agrees with the detail tables (rule T: summary scores = detail scores)", () => {
    const keyRow = summary.rows.find((r) => r.name === HOTLINE_KEY_EVALUATION_2024.projectName)!;
    expect(keyRow.score.equals(evaluateKeyEvaluation(HOTLINE_KEY_EVALUATION_2024).total)).toBe(true);
  });

  it("counts 13 projects graded 优, as the narrative says", () => {
    expect(summary.rows).toHaveLength(Number(fixture.narrativePerformance.selfEvaluatedProjects));
    expect(summary.gradeCounts.filter((g) => g.count > 0)).toEqual(
      Object.entries(fixture.narrativePerformance.gradeCounts).map(([label, count]) => ({ label, count: Number(count) })),
    );
  });

  it("covers 2,185.74万元 = 公开05 项目支出 (rule T)", () => {
    const t05Project = dec(fixture.t05Total.values[2]);
    const stated = SEED_PERFORMANCE_2024.narrative.selfEvaluatedMoney;
    expect(stated.toFixed(2)).toBe(fixture.narrativePerformance.selfEvaluatedMoney);
    expect(stated.equals(t05Project)).toBe(true);
    // 11 projects' amounts are not printed, so the sum stays open; the known ones fit inside.
    expect(summary.coveredAmount).toBeNull();
    expect(summary.projectsWithoutAmount).toHaveLength(11);
    const known = sum([dec("337.28"), dec("1356.16")]);
    expect(known.lessThanOrEqualTo(t05Project)).toBe(true);
  });
});
