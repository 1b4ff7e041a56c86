import { describe, expect, it } from "vitest";
import { EMPTY_PERFORMANCE } from "../performance/document";
import { evaluateDocument } from "../performance/document-view";
import { evaluateProject } from "../performance/evaluation";
import { formatScore, formatScoreFixed } from "../performance/format";
import { evaluateKeyEvaluation } from "../performance/key-evaluation";
import { parsePerformanceDocument } from "../performance/read-document";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "../performance/seed/stored-record";
import { HOTLINE_KEY_EVALUATION_2024, UNIT_OPERATING_FUNDS_2024 } from "../performance/seed/zaozhuang-2024";
import { formatChineseDate as formatFiledOn } from "../validation/date";
import { keyEvaluationFormSchema } from "../validation/performance/key-evaluation";
import { checkProjectInput } from "../validation/performance/project-entry";
import { selfEvaluationFormSchema } from "../validation/performance/self-evaluation";

const detailed = SEED.projects.find((p) => p.name === "单位运行经费")!;
const detail = detailed.detail!;
const hotline = SEED.projects.find((p) => p.name === "12345市长热线运行保障经费")!;

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

describe("a record written by an older version", () => {
  it("reads without the fields added since, which take their defaults", () => {
    const { weight: _weight, ...execution } = detail.execution;
    const [key] = SEED.keyEvaluations;
    const { otherNotes: _notes, ...annualGoal } = key.form.annualGoal;
    const older = {
      projects: SEED.projects.map((p) => (p.id === detailed.id ? { ...p, detail: { ...detail, execution } } : p)),
      keyEvaluations: [{ ...key, form: { ...key.form, annualGoal: { ...annualGoal, indicators: annualGoal.indicators.map(({ note: _n, ...i }) => i) } } }],
    };
    const parsed = parsePerformanceDocument(JSON.parse(JSON.stringify(older)));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.document.projects.find((p) => p.id === detailed.id)?.detail?.execution.weight).toBeUndefined();
    const view = evaluateDocument(parsed.document);
    // 预算执行 weighs the standard 10 when no weight is stored, so the 自评表 still scores 98.20.
    expect(formatScoreFixed(view.projects[6].score!)).toBe("98.20");
    expect(view.keyEvaluations[0].input.annualGoal.otherNotes).toBe("");
    expect(view.keyEvaluations[0].input.annualGoal.indicators.every((i) => i.note === "")).toBe(true);
  });
});
