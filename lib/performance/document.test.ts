import { describe, expect, it } from "vitest";
import { EMPTY_PERFORMANCE, projectNameTaken, withKeyEvaluation, withProject, withProjectMoved, withoutKeyEvaluation, withoutProject, type StoredProject } from "../performance/document";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "../performance/seed/stored-record";
import { evaluateDocument } from "./document-view";
import { performanceFigures } from "./figures";
import { SHANDONG_GRADES, SHANGHAI_GRADES } from "./grades";
import { checkProjectInput } from "../validation/performance/project-entry";
import { summaryInfoSchema } from "../validation/performance/summary-info";

const detailed = SEED.projects.find((p) => p.name === "单位运行经费")!;
const detail = detailed.detail!;
const hotline = SEED.projects.find((p) => p.name === "12345市长热线运行保障经费")!;

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

describe("grades follow the report's template", () => {
  it("a 70-point project is 中 in 山东 and 合格 in 上海, in the 十三 figures and the 第五部分 summary", () => {
    const doc = withProject(EMPTY_PERFORMANCE, { ...detailed, id: "p70", name: "七十分项目", detail: null, reportedScore: "70", executed: "10" });
    expect(performanceFigures(doc, SHANDONG_GRADES).gradeCounts).toEqual([{ grade: "中", count: 1 }]);
    expect(performanceFigures(doc, SHANGHAI_GRADES).gradeCounts).toEqual([{ grade: "合格", count: 1 }]);
    expect(evaluateDocument(doc, SHANGHAI_GRADES).projects[0].grade).toBe("合格");
    expect(evaluateDocument(doc).projects[0].grade).toBe("中");
  });
});
