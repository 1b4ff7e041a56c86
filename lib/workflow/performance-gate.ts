/**
 * What 第五部分 (绩效) contributes to the submission gate. Errors block submission: a 自评表 or
 * 重点绩效评价报告 that its form would refuse, a reported score that is not a score, a damaged
 * record. The warning is GUIDE rule T: the money self-evaluated must equal 公开05 项目支出.
 */
import { keyEvaluationFormSchema, selfEvaluationFormSchema } from "../validation/performance";
import {
  checkCoverage,
  evaluateDocument,
  keyEvaluationFormFor,
  parsePerformanceDocument,
  reportedScoreOf,
} from "../performance/stored";

export interface PerformanceProblems {
  errors: string[];
  warnings: string[];
}

/**
 * `document` is ReportPerformance.data as stored (null when the report has none yet);
 * `table05ProjectFen` is 公开05 项目支出合计 in 分.
 */
export function performanceProblems(document: unknown, table05ProjectFen: bigint): PerformanceProblems {
  const { document: doc, warnings: damaged } = parsePerformanceDocument(document);
  const errors = damaged.map((w) => `绩效：${w}`);

  for (const project of doc.projects) {
    const name = project.name.trim() || "（未命名项目）";
    if (project.detail !== null) {
      const parsed = selfEvaluationFormSchema.safeParse({ ...project.detail, projectName: project.name, supervisor: project.supervisor });
      if (!parsed.success) for (const issue of parsed.error.issues) errors.push(`项目“${name}”的绩效自评表：${issue.message}`);
    } else if (reportedScoreOf(project) === null) {
      errors.push(`项目“${name}”未填写绩效自评表，其自评得分应为0到100之间的数（当前为“${project.reportedScore ?? ""}”）`);
    }
  }

  const view = evaluateDocument(doc);
  for (const issue of view.summary.issues) {
    // Per-project problems are reported above in full, not as a count.
    if (issue.severity === "error" && issue.path[issue.path.length - 1] !== "detail") errors.push(issue.message);
  }

  for (const k of view.keyEvaluations) {
    const parsed = keyEvaluationFormSchema.safeParse(keyEvaluationFormFor(k.stored, k.project));
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push(`重点绩效评价报告“${k.project.name}”：${issue.message}`);
  }

  const coverage = checkCoverage(view, table05ProjectFen);
  return { errors, warnings: coverage.message === null ? [] : [coverage.message] };
}
