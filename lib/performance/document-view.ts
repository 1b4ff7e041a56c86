/**
 * A whole 绩效 document evaluated, for the project list, the 汇总表, the 第五部分 rendering, the
 * checks and 情况说明 十三. Every 自评表 and report is read with its draft variant, so a document
 * still being filled in (or judged faulty by the checks) is scored as far as it goes.
 */
import { draftKeyEvaluation } from "../validation/performance/key-evaluation";
import { draftNumber } from "../validation/performance/kit";
import { draftSelfEvaluation } from "../validation/performance/self-evaluation";
import { keyEvaluationFormFor, type PerformanceDocument, type StoredKeyEvaluation, type StoredProject } from "./document";
import { evaluateProject, summarize, type PerformanceSummary, type ProjectEntry, type SelfEvaluationResult } from "./evaluation";
import { gradeOf, SHANDONG_GRADES, type GradeScale } from "./grades";
import { evaluateKeyEvaluation, type KeyEvaluationInput, type KeyEvaluationResult } from "./key-evaluation";
import { HUNDRED, ZERO, type Decimal } from "./numbers";

export interface ProjectView {
  readonly project: StoredProject;
  /** 序号. */
  readonly index: number;
  /** null when a reported score is missing or unreadable. */
  readonly score: Decimal | null;
  readonly grade: string | null;
  readonly source: "computed" | "reported";
  /** The 自评表's evaluation (lenient), when the project has one. */
  readonly result: SelfEvaluationResult | null;
  /** 全年执行数 in 万元, or null while unknown. */
  readonly executed: Decimal | null;
}

export interface KeyEvaluationView {
  readonly project: StoredProject;
  readonly stored: StoredKeyEvaluation;
  readonly input: KeyEvaluationInput;
  readonly result: KeyEvaluationResult;
}

export interface DocumentView {
  readonly projects: readonly ProjectView[];
  readonly summary: PerformanceSummary;
  readonly keyEvaluations: readonly KeyEvaluationView[];
}

export function reportedScoreOf(project: StoredProject): Decimal | null {
  const score = draftNumber(project.reportedScore, 2);
  return score !== null && score.lessThanOrEqualTo(HUNDRED) ? score : null;
}

/** `grades`: the report template's scale (上海 优/良/合格/不合格). */
export function evaluateDocument(document: PerformanceDocument, grades: GradeScale = SHANDONG_GRADES): DocumentView {
  // Documents are immutable values; the checks and the 十三 figures of one report share one evaluation.
  let byScale = evaluated.get(document);
  if (!byScale) evaluated.set(document, (byScale = new Map()));
  let view = byScale.get(grades);
  if (!view) byScale.set(grades, (view = evaluate(document, grades)));
  return view;
}

const evaluated = new WeakMap<PerformanceDocument, Map<GradeScale, DocumentView>>();

function evaluate(document: PerformanceDocument, grades: GradeScale): DocumentView {
  const entries: ProjectEntry[] = [];
  const projects = document.projects.map((project, i): ProjectView => {
    if (project.detail !== null) {
      const detail = draftSelfEvaluation({ ...project.detail, projectName: project.name, supervisor: project.supervisor });
      entries.push({ name: project.name, detail });
      const result = evaluateProject(detail, { grades });
      return { project, index: i + 1, score: result.total, grade: result.grade, source: "computed", result, executed: result.execution.total.executed };
    }
    const score = reportedScoreOf(project);
    const executed = draftNumber(project.executed);
    entries.push({ name: project.name, detail: null, reportedScore: score ?? ZERO, executed });
    return { project, index: i + 1, score, grade: score === null ? null : gradeOf(score, grades), source: "reported", result: null, executed };
  });

  const byId = new Map(document.projects.map((p) => [p.id, p]));
  const keyEvaluations = document.keyEvaluations.flatMap((stored): KeyEvaluationView[] => {
    const project = byId.get(stored.projectId);
    if (!project) return [];
    const input = draftKeyEvaluation(keyEvaluationFormFor(stored, project));
    return [{ project, stored, input, result: evaluateKeyEvaluation(input, { grades }) }];
  });

  return { projects, summary: summarize(entries, { grades }), keyEvaluations };
}
