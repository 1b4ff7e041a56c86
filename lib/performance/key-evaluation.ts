/**
 * 重点绩效评价报告: the scored indicator table with four levels, subtotals per 一级指标, total and
 * grade. Its outline and prose slots are in ./key-evaluation-outline.ts.
 */
import { executionIssues, executionRate, executionScore } from "./execution";
import { formatPercent, formatScore } from "./format";
import { gradeOf, SHANDONG_GRADES } from "./grades";
import { error, warning, within, type PerformanceIssue, type ScoredTotals } from "./issues";
import { Decimal, HUNDRED, ZERO, sum } from "./numbers";
import { indicatorLabel, problemsOf, type EvaluateOptions } from "./evaluation";
import { keyTextSlots, type KeyTextKey } from "./key-evaluation-outline";
import {
  SCORE_ROUNDING,
  formatActual,
  formatTarget,
  isBlank,
  scoreIndicator,
  totalScore,
  weightTotalMessage,
  type IndicatorInput,
} from "./scoring";

export const KEY_EVALUATION_LEVEL1 = ["过程", "产出", "效益"] as const;

export interface KeyIndicatorInput extends IndicatorInput {
  readonly level4: string;
}

/** 预算资金执行率: its actual is 执行数/预算, target 100%, 得分 = 分值 × 执行数/预算. */
export interface KeyExecutionRowInput {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly level4: string;
  readonly weight: Decimal;
}

/** A row of 二(二)'s 年度绩效指标 table, printed without comparison signs ("150人"). */
export interface AnnualGoalIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly content: string;
  readonly value: string;
  readonly note: string;
}

export interface AnnualGoal {
  readonly projectCategory: string;
  readonly implementer: string;
  /** 项目资金申请 资金总额 / 财政拨款, 万元. */
  readonly fundsTotal: Decimal;
  readonly fiscalFunds: Decimal;
  /** 项目立项依据. */
  readonly basis: string;
  /** 项目绩效年度目标. */
  readonly goal: string;
  readonly indicators: readonly AnnualGoalIndicator[];
  /** 其他需要说明的问题. */
  readonly otherNotes: string;
}

export interface Evaluator {
  readonly name: string;
  /** 单位及职务. */
  readonly position: string;
  /** 负责评价内容. */
  readonly responsibility: string;
}

export interface KeyEvaluationInput {
  readonly projectName: string;
  readonly year: number;
  readonly supervisor: string;
  /** 项目预算资金 and 本年度支出, 万元. */
  readonly budget: Decimal;
  readonly executed: Decimal;
  readonly fundingSource: string;
  /** Always the table's first row. */
  readonly executionRow: KeyExecutionRowInput;
  readonly indicators: readonly KeyIndicatorInput[];
  readonly annualGoal: AnnualGoal;
  readonly evaluators: readonly Evaluator[];
  readonly sections: Readonly<Partial<Record<KeyTextKey, string>>>;
}

export interface KeyScoredRow {
  /** 序号: the execution row is 1. */
  readonly index: number;
  readonly kind: "execution" | "indicator";
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly level4: string;
  /** 目标值 / 完成值 as printed ("≤1370万元", "98.99%"). */
  readonly targetText: string;
  readonly actualText: string;
  readonly weight: Decimal;
  readonly score: Decimal;
  readonly met: boolean;
}

export interface KeySubtotal {
  readonly level1: string;
  readonly label: string;
  readonly weight: Decimal;
  readonly score: Decimal;
}

export interface KeyEvaluationResult extends ScoredTotals {
  readonly rows: readonly KeyScoredRow[];
  /** 执行数/预算 in percent, 2 decimals; null when the budget is 0. */
  readonly executionRate: Decimal | null;
  readonly subtotals: readonly KeySubtotal[];
}

export interface KeyEvaluateOptions extends EvaluateOptions {
  /** Overrides `subtotalLabel` per 一级指标. */
  readonly subtotalLabels?: Readonly<Record<string, string>>;
}

/**
 * The published 重点绩效评价报告 names its subtotals 资金管理指标, 项目产出指标, 项目效益指标 for 过程, 产出, 效益. Inferred
 * rule that gives all three: a group whose rows share one 二级指标 is named after it
 * (资金管理, 项目效益); otherwise "项目" + 一级指标 (产出数量 and 产出实效 → 项目产出指标).
 */
export function subtotalLabel(level1: string, level2s: readonly string[]): string {
  const distinct = [...new Set(level2s.map((s) => s.trim()))];
  const base = distinct.length === 1 ? distinct[0] : `项目${level1.trim()}`;
  return base.endsWith("指标") ? base : `${base}指标`;
}

export function evaluateKeyEvaluation(input: KeyEvaluationInput, options: KeyEvaluateOptions = {}): KeyEvaluationResult {
  const rounding = options.rounding ?? SCORE_ROUNDING;
  const issues: PerformanceIssue[] = [];
  if (isBlank(input.projectName)) issues.push(error(["projectName"], "请填写项目名称"));
  if (input.budget.isNegative()) issues.push(error(["budget"], "项目预算资金不能为负数"));
  if (input.executed.isNegative()) issues.push(error(["executed"], "本年度支出不能为负数"));
  issues.push(...executionIssues(input.budget, input.executed, [], "项目", { full: "budget", executed: "executed" }));

  const ex = input.executionRow;
  const measurable = !input.budget.isNegative() && !input.executed.isNegative();
  const rate = measurable ? executionRate(input.executed, input.budget, rounding) : null;
  const score = measurable ? executionScore(ex.weight, input.executed, input.budget, rounding) : null;
  const executionRow: KeyScoredRow = {
    index: 1,
    kind: "execution",
    level1: ex.level1,
    level2: ex.level2,
    level3: ex.level3,
    level4: ex.level4,
    targetText: formatPercent(HUNDRED),
    actualText: rate === null ? "—" : formatPercent(rate),
    weight: ex.weight,
    score: score ?? ZERO,
    met: rate !== null && input.executed.greaterThanOrEqualTo(input.budget),
  };
  if (ex.weight.isNegative()) issues.push(error(["executionRow", "weight"], "预算执行率的分值不能为负数"));

  const rows: KeyScoredRow[] = [executionRow];
  input.indicators.forEach((indicator, i) => {
    const scored = scoreIndicator(indicator, { rounding, requireDeviationReason: false });
    const index = i + 2;
    if (isBlank(indicator.level4)) issues.push(error(["indicators", i, "level4"], `第${index}项指标：请填写四级指标`));
    issues.push(...within(["indicators", i], indicatorLabel(index, indicator.level4), scored.issues));
    rows.push({
      index,
      kind: "indicator",
      level1: indicator.level1,
      level2: indicator.level2,
      level3: indicator.level3,
      level4: indicator.level4,
      targetText: formatTarget(indicator.target),
      actualText: formatActual(indicator.actual, indicator.target.kind === "quantitative" ? indicator.target.unit : ""),
      weight: indicator.weight,
      score: scored.score,
      met: scored.met,
    });
  });

  const weightTotal = sum(rows.map((r) => r.weight));
  const weightMessage = weightTotalMessage(weightTotal);
  if (weightMessage) issues.push(error(["indicators"], weightMessage));

  const level1Order = [...new Set(rows.map((r) => r.level1.trim()))];
  const subtotals = level1Order.map((level1): KeySubtotal => {
    const group = rows.filter((r) => r.level1.trim() === level1);
    return {
      level1,
      label: options.subtotalLabels?.[level1] ?? subtotalLabel(level1, group.map((r) => r.level2)),
      weight: sum(group.map((r) => r.weight)),
      score: totalScore(group.map((r) => r.score)),
    };
  });

  for (const slot of keyTextSlots(input.year)) {
    if (!slot.hasTable && isBlank(input.sections[slot.key])) {
      issues.push(warning(["sections", slot.key], `${slot.heading}：尚未填写`));
    }
  }

  const total = totalScore(rows.map((r) => r.score));
  return {
    rows,
    executionRate: rate,
    subtotals,
    weightTotal,
    total,
    grade: gradeOf(total, options.grades ?? SHANDONG_GRADES),
    issues,
    problems: problemsOf(issues),
  };
}

/** 四(一)'s sentence: "经过评价，项目得分99.9分，等级为优。其中：资金管理指标19.9分，…。" */
export function conclusionSentence(result: Pick<KeyEvaluationResult, "total" | "grade" | "subtotals">): string {
  const parts = result.subtotals.map((s) => `${s.label}${formatScore(s.score)}分`).join("，");
  return `经过评价，项目得分${formatScore(result.total)}分，等级为${result.grade}。其中：${parts}。`;
}
