/**
 * The unit's 绩效 as stored in ReportPerformance.data: every project of the 自评结果汇总表, each
 * either with its 绩效自评表 (in the strings the form sends, so an edit round-trips exactly) or
 * with only a reported score, plus the 重点绩效评价报告 written for some of them. Nothing computed
 * (得分, 执行率, 总分, 等级) is stored: it is recomputed wherever it is shown.
 *
 * The changes below each return a new document and validate nothing: the operations in
 * lib/operations/performance/ check their input with lib/validation/performance/ first.
 */
import type { SummaryInfo } from "../validation/performance/summary-info";
import type { KeyEvaluationForm } from "../validation/performance/key-evaluation";
import type { SelfEvaluationForm } from "../validation/performance/self-evaluation";

export type { KeyEvaluationForm, SelfEvaluationForm };

export type StoredProject = {
  /** Stable across renames; key evaluations refer to it. */
  readonly id: string;
  /** 项目名称 as the 汇总表 prints it; a detail's projectName always equals it. */
  readonly name: string;
  /** 主管部门. */
  readonly supervisor: string;
  /** The 项目支出绩效自评表, or null when only its score is reported. */
  readonly detail: SelfEvaluationForm | null;
  /** 得分 as printed elsewhere, for a project without a detail (12 of the 13 projects of the published 2024 disclosure). */
  readonly reportedScore?: string;
  /** 全年执行数 in 万元, for a project without a detail; absent while unknown. */
  readonly executed?: string;
};

/** A 重点绩效评价报告 of one project; its projectName and supervisor follow that project. */
export type StoredKeyEvaluation = {
  readonly projectId: string;
  readonly form: KeyEvaluationForm;
};

export type PerformanceDocument = {
  /** In 汇总表 order (序号). */
  readonly projects: readonly StoredProject[];
  readonly keyEvaluations: readonly StoredKeyEvaluation[];
  /** 部门(单位)名称 of the 汇总表 header; the report's unit name when absent. */
  readonly summaryUnitName?: string;
  /** 填报日期 of the 汇总表, "2025-02-24". */
  readonly summaryFiledOn?: string;
};

export const EMPTY_PERFORMANCE: PerformanceDocument = { projects: [], keyEvaluations: [] };

/** A key evaluation always names its project as the project list does. */
export function keyEvaluationFormFor(stored: StoredKeyEvaluation, project: StoredProject): KeyEvaluationForm {
  return { ...stored.form, projectName: project.name, supervisor: project.supervisor };
}

export function projectNameTaken(document: PerformanceDocument, name: string, exceptId?: string): boolean {
  const wanted = name.trim();
  return document.projects.some((p) => p.id !== exceptId && p.name.trim() === wanted);
}

/** Replaces the project with `project.id`, or appends it; its key evaluation follows a rename. */
export function withProject(document: PerformanceDocument, project: StoredProject): PerformanceDocument {
  const exists = document.projects.some((p) => p.id === project.id);
  const stored: StoredProject =
    project.detail === null
      ? { id: project.id, name: project.name, supervisor: project.supervisor, detail: null, reportedScore: project.reportedScore, executed: project.executed }
      : { id: project.id, name: project.name, supervisor: project.supervisor, detail: { ...project.detail, projectName: project.name, supervisor: project.supervisor } };
  return {
    ...document,
    projects: exists ? document.projects.map((p) => (p.id === project.id ? stored : p)) : [...document.projects, stored],
    keyEvaluations: document.keyEvaluations.map((k) => (k.projectId === project.id ? { projectId: k.projectId, form: keyEvaluationFormFor(k, stored) } : k)),
  };
}

/** Removes a project together with its key evaluation. */
export function withoutProject(document: PerformanceDocument, projectId: string): PerformanceDocument {
  return {
    ...document,
    projects: document.projects.filter((p) => p.id !== projectId),
    keyEvaluations: document.keyEvaluations.filter((k) => k.projectId !== projectId),
  };
}

/** Moves a project one place up (-1) or down (1) in the 汇总表; at either end nothing changes. */
export function withProjectMoved(document: PerformanceDocument, projectId: string, step: -1 | 1): PerformanceDocument {
  const from = document.projects.findIndex((p) => p.id === projectId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= document.projects.length) return document;
  const projects = [...document.projects];
  [projects[from], projects[to]] = [projects[to], projects[from]];
  return { ...document, projects };
}

export function withKeyEvaluation(document: PerformanceDocument, projectId: string, form: KeyEvaluationForm): PerformanceDocument {
  const exists = document.keyEvaluations.some((k) => k.projectId === projectId);
  const entry: StoredKeyEvaluation = { projectId, form };
  return {
    ...document,
    keyEvaluations: exists ? document.keyEvaluations.map((k) => (k.projectId === projectId ? entry : k)) : [...document.keyEvaluations, entry],
  };
}

export function withoutKeyEvaluation(document: PerformanceDocument, projectId: string): PerformanceDocument {
  return { ...document, keyEvaluations: document.keyEvaluations.filter((k) => k.projectId !== projectId) };
}

export function withSummaryInfo(document: PerformanceDocument, info: SummaryInfo): PerformanceDocument {
  return { ...document, summaryUnitName: info.summaryUnitName, summaryFiledOn: info.summaryFiledOn };
}
