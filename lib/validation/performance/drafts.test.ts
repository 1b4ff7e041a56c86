import { describe, expect, it } from "vitest";
import { evaluateProject } from "../../performance/evaluation";
import { formatScore } from "../../performance/format";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "../../performance/seed/stored-record";
import { checkProjectInput } from "../../validation/performance/project-entry";
import { draftSelfEvaluation, type SelfEvaluationForm } from "../../validation/performance/self-evaluation";

const detailed = SEED.projects.find((p) => p.name === "单位运行经费")!;
const detail = detailed.detail!;

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
