/**
 * 项目支出绩效自评表 (one project) and 项目支出绩效自评结果汇总表 (all projects of a unit).
 */
import { evaluateExecution, type BudgetExecutionInput, type ExecutionResult } from "./execution";
import { formatScore } from "./format";
import { countGrades, gradeOf, SHANDONG_GRADES, type GradeCount, type GradeScale } from "./grades";
import { error, warning, within, type PerformanceIssue, type ScoredTotals } from "./issues";
import { Decimal, HUNDRED, ZERO, sum, type RoundingRule } from "./numbers";
import {
  SCORE_ROUNDING,
  isBlank,
  scoreIndicator,
  totalScore,
  weightTotalMessage,
  type IndicatorInput,
  type ScoreBasis,
} from "./scoring";

export interface OverallGoal {
  /** 预期目标. */
  readonly expected: string;
  /** 目标实际完成情况. */
  readonly achieved: string;
}

export interface SelfEvaluationInput {
  readonly projectName: string;
  /** 主管部门. */
  readonly supervisor: string;
  readonly execution: BudgetExecutionInput;
  /** 年度总体目标. */
  readonly overallGoal: OverallGoal | null;
  readonly indicators: readonly IndicatorInput[];
}

export interface ScoredIndicator extends IndicatorInput {
  /** 1-based position, as messages name it. */
  readonly index: number;
  readonly score: Decimal;
  readonly met: boolean;
  readonly deviationRequired: boolean;
  readonly basis: ScoreBasis;
}

/** weightTotal is the 分值 of execution plus all indicators. */
export interface SelfEvaluationResult extends ScoredTotals {
  readonly execution: ExecutionResult;
  readonly indicators: readonly ScoredIndicator[];
}

export interface EvaluateOptions {
  readonly grades?: GradeScale;
  readonly rounding?: RoundingRule;
}

export function indicatorLabel(index: number, name: string): string {
  return isBlank(name) ? `第${index}项指标：` : `第${index}项指标“${name.trim()}”：`;
}

export function problemsOf(issues: readonly PerformanceIssue[]): string[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity === "warning")].map(
    (i) => i.message,
  );
}

export function evaluateProject(input: SelfEvaluationInput, options: EvaluateOptions = {}): SelfEvaluationResult {
  const rounding = options.rounding ?? SCORE_ROUNDING;
  const execution = evaluateExecution(input.execution, rounding);
  const issues: PerformanceIssue[] = [...execution.issues];

  if (isBlank(input.projectName)) issues.push(error(["projectName"], "请填写项目名称"));
  if (input.indicators.length === 0) issues.push(error(["indicators"], "请至少填写一项绩效指标"));

  const indicators = input.indicators.map((indicator, i): ScoredIndicator => {
    const scored = scoreIndicator(indicator, { rounding });
    const path = ["indicators", i];
    if (isBlank(indicator.level3)) issues.push(error([...path, "level3"], `第${i + 1}项指标：请填写三级指标`));
    issues.push(...within(path, indicatorLabel(i + 1, indicator.level3), scored.issues));
    return {
      ...indicator,
      index: i + 1,
      score: scored.score,
      met: scored.met,
      deviationRequired: scored.deviationRequired,
      basis: scored.basis,
    };
  });

  const weightTotal = sum([execution.weight, ...indicators.map((i) => i.weight)]);
  const weightMessage = weightTotalMessage(weightTotal);
  if (weightMessage) issues.push(error(["indicators"], weightMessage));

  const total = totalScore([execution.score ?? ZERO, ...indicators.map((i) => i.score)]);
  return {
    execution,
    indicators,
    weightTotal,
    total,
    grade: gradeOf(total, options.grades ?? SHANDONG_GRADES),
    issues,
    problems: problemsOf(issues),
  };
}

/**
 * One line of the 汇总表. A project either has its 自评表 in the system (`detail`), and its score
 * is computed, or only a reported score — allowed for projects whose table is not entered
 * (a published 汇总表 may list 13 scores and print only 1 自评表). `executed` is its 全年执行数 in 万元.
 */
export type ProjectEntry =
  | {
      readonly name: string;
      readonly detail: SelfEvaluationInput;
      readonly reportedScore?: undefined;
      readonly executed?: undefined;
    }
  | { readonly name: string; readonly detail: null; readonly reportedScore: Decimal; readonly executed: Decimal | null };

export const SUMMARY_COLUMNS = ["序号", "项目名称", "得分"] as const;

export interface SummaryRow {
  /** 序号. */
  readonly index: number;
  /** 项目名称. */
  readonly name: string;
  /** 得分. */
  readonly score: Decimal;
  readonly source: "computed" | "reported";
}

export interface PerformanceSummary {
  readonly rows: readonly SummaryRow[];
  readonly gradeCounts: readonly GradeCount[];
  /**
   * Σ 全年执行数 of all projects, or null while some project's amount is unknown. It is the
   * executed amount, not the budget (docs/domain/performance.md): the published 2024 disclosure's 2,185.74 equals 公开05 项目支出 (an actual), and it
   * calls the key-evaluated project's 1,356.16 (its 执行数; budget 1,370) "涉及预算资金" too.
   */
  readonly coveredAmount: Decimal | null;
  readonly projectsWithoutAmount: readonly string[];
  readonly issues: readonly PerformanceIssue[];
  readonly problems: readonly string[];
}

export function summarize(projects: readonly ProjectEntry[], options: EvaluateOptions = {}): PerformanceSummary {
  const issues: PerformanceIssue[] = [];
  const seen = new Set<string>();
  const amounts: Decimal[] = [];
  const projectsWithoutAmount: string[] = [];

  const rows = projects.map((p, i): SummaryRow => {
    const path = ["projects", i];
    const name = p.name.trim();
    if (seen.has(name)) issues.push(error([...path, "name"], `项目“${name}”在汇总表中重复出现`));
    seen.add(name);

    if (p.detail !== null) {
      const result = evaluateProject(p.detail, options);
      if (p.detail.projectName.trim() !== name) {
        issues.push(error([...path, "name"], `汇总表项目名称“${name}”与自评表项目名称“${p.detail.projectName.trim()}”不一致`));
      }
      const errors = result.issues.filter((x) => x.severity === "error").length;
      if (errors > 0) issues.push(error([...path, "detail"], `项目“${name}”的自评表有${errors}个问题，得分可能不准确`));
      amounts.push(result.execution.total.executed);
      return { index: i + 1, name, score: result.total, source: "computed" };
    }

    if (p.reportedScore.isNegative() || p.reportedScore.greaterThan(HUNDRED)) {
      issues.push(error([...path, "reportedScore"], `项目“${name}”的得分应在0到100之间，当前为${formatScore(p.reportedScore)}`));
    }
    if (p.executed === null) projectsWithoutAmount.push(name);
    else amounts.push(p.executed);
    return { index: i + 1, name, score: p.reportedScore, source: "reported" };
  });

  if (projectsWithoutAmount.length > 0) {
    issues.push(warning(["projects"], `以下项目未填写全年执行数，无法计算绩效自评涉及资金：${projectsWithoutAmount.join("、")}`));
  }
  return {
    rows,
    gradeCounts: countGrades(
      rows.map((r) => r.score),
      options.grades ?? SHANDONG_GRADES,
    ),
    coveredAmount: projectsWithoutAmount.length > 0 ? null : sum(amounts),
    projectsWithoutAmount,
    issues,
    problems: problemsOf(issues),
  };
}
