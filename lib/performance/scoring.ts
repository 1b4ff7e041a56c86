/**
 * Indicators (绩效指标) and how each earns its points (docs/domain/performance.md). Scores are always computed
 * here, never entered.
 */
import { formatScore, formatValue } from "./format";
import { error, type PerformanceIssue } from "./issues";
import { Decimal, ZERO, divideRounded, maxDecimal, minDecimal, roundTo, sum, type RoundingRule } from "./numbers";

/**
 * Round half to even, to 2 decimals: docs/decisions/007-score-rounding-half-even.md gives the
 * evidence (7.125 printed 7.12, 9.8989… printed 9.9) and why half-even rather than half-down.
 */
export const SCORE_ROUNDING: RoundingRule = { places: 2, mode: "half-even" };

export function roundScore(value: Decimal, rule: RoundingRule = SCORE_ROUNDING): Decimal {
  return roundTo(value, rule);
}

/**
 * 分值 × numerator / denominator, rounded once from the exact quotient, kept within
 * [0, 分值]. A zero denominator gives 0: it only arises when nothing measurable was achieved.
 */
export function proportionalScore(
  weight: Decimal,
  numerator: Decimal,
  denominator: Decimal,
  rule: RoundingRule = SCORE_ROUNDING,
): Decimal {
  if (denominator.isZero() || weight.isNegative()) return ZERO;
  const score = divideRounded(weight.times(numerator), denominator, rule);
  return minDecimal(maxDecimal(score, ZERO), weight);
}

/**
 * A total is the sum of the scores as printed, not the rounded sum of exact scores
 * (docs/domain/performance.md). The published 2024 disclosure decides it: 单位运行经费 prints 9.58 + 88.62 = 98.20, whereas the exact scores
 * (10 × 337.28/352 = 9.5818… and 7.5 × 1900/2000 = 7.125) add up to 98.2068…, which would
 * print 98.21. Summing printed scores also keeps every table adding up as displayed.
 */
export function totalScore(scores: readonly Decimal[]): Decimal {
  return sum(scores);
}

export const WEIGHT_TOTAL = new Decimal(100);

/** "分值合计应为100，当前为97.5", or null when the weights total exactly 100. */
export function weightTotalMessage(total: Decimal): string | null {
  return total.equals(WEIGHT_TOTAL) ? null : `分值合计应为100，当前为${formatScore(total)}`;
}

export const OPERATORS = ["≥", "≤", "=", ">", "<"] as const;
export type Operator = (typeof OPERATORS)[number];

/** 一级指标 of the Shandong 项目支出绩效自评表. */
export const SELF_EVALUATION_LEVEL1 = ["成本指标", "产出指标", "效益指标", "满意度指标"] as const;
/** 二级指标 seen in published 自评表; suggestions for forms, not a closed list. */
export const COMMON_LEVEL2 = [
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "经济效益",
  "社会效益",
  "生态效益",
  "可持续影响",
  "服务对象满意度指标",
] as const;

export interface QuantitativeTarget {
  readonly kind: "quantitative";
  readonly operator: Operator;
  /** null while a draft lacks the number; scored as 0 and reported. */
  readonly value: Decimal | null;
  /** 万元, 个/套, 人次, %, 人 … */
  readonly unit: string;
}

export interface QualitativeTarget {
  readonly kind: "qualitative";
  /** 优, 是, or free text. */
  readonly expected: string;
}

export type Target = QuantitativeTarget | QualitativeTarget;

export interface QuantitativeActual {
  readonly kind: "quantitative";
  readonly value: Decimal | null;
  /** "" means "the target's unit". */
  readonly unit: string;
}

export interface QualitativeActual {
  readonly kind: "qualitative";
  readonly text: string;
}

export type Actual = QuantitativeActual | QualitativeActual;

export interface IndicatorInput {
  readonly level1: string;
  readonly level2: string;
  /** 三级指标, free text. */
  readonly level3: string;
  readonly target: Target;
  readonly actual: Actual;
  /** 分值. */
  readonly weight: Decimal;
  /** 偏差原因分析及改进措施; required when the target is missed. */
  readonly deviationReason: string | null;
}

/** How a score came about: full points, one of the proportional formulas, or 0. */
export type ScoreBasis = "met" | "actual/target" | "target/actual" | "min/max" | "qualitative-missed" | "incomplete";

export interface IndicatorScore {
  readonly score: Decimal;
  readonly met: boolean;
  readonly deviationRequired: boolean;
  readonly basis: ScoreBasis;
  /** Paths relative to the indicator ("target", "value"); messages without a location. */
  readonly issues: readonly PerformanceIssue[];
}

export function isMet(operator: Operator, actual: Decimal, target: Decimal): boolean {
  switch (operator) {
    case "≥":
      return actual.greaterThanOrEqualTo(target);
    case ">":
      return actual.greaterThan(target);
    case "≤":
      return actual.lessThanOrEqualTo(target);
    case "<":
      return actual.lessThan(target);
    case "=":
      return actual.equals(target);
  }
}

/**
 * Points for a missed numeric target, in proportion to how close it came:
 * - "≥"/">": 分值 × 实际/目标 (docs/domain/performance.md; 7.5 × 260/300 = 6.5).
 * - "≤"/"<": 分值 × 目标/实际 — an inference, the mirror of the above: spending 10% over a
 *   cost ceiling costs about 10% of the points.
 * - "=": 分值 × min(实际, 目标)/max(实际, 目标) — our decision: over- and undershooting are
 *   penalised alike, and the score stays in [0, 分值].
 * A strict target missed exactly at its bound (">90%" with 90%) thus keeps full points, but
 * still counts as missed and still needs 偏差原因.
 */
function missedScore(
  operator: Operator,
  weight: Decimal,
  actual: Decimal,
  target: Decimal,
  rule: RoundingRule,
): { score: Decimal; basis: ScoreBasis } {
  switch (operator) {
    case "≥":
    case ">":
      return { score: proportionalScore(weight, actual, target, rule), basis: "actual/target" };
    case "≤":
    case "<":
      return { score: proportionalScore(weight, target, actual, rule), basis: "target/actual" };
    case "=":
      return {
        score: proportionalScore(weight, minDecimal(actual, target), maxDecimal(actual, target), rule),
        basis: "min/max",
      };
  }
}

/** Whitespace (including the full-width space) never counts as an answer. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === "";
}

function sameText(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ") === b.trim().replace(/\s+/g, " ");
}

export function formatTarget(target: Target): string {
  if (target.kind === "qualitative") return target.expected;
  if (target.value === null) return `${target.operator}？${target.unit}`;
  return `${target.operator}${formatValue(target.value, target.unit)}`;
}

export function formatActual(actual: Actual, targetUnit = ""): string {
  if (actual.kind === "qualitative") return actual.text;
  return actual.value === null ? "" : formatValue(actual.value, actual.unit === "" ? targetUnit : actual.unit);
}

export interface ScoreOptions {
  readonly rounding?: RoundingRule;
  /** The key-evaluation table has no 偏差原因 column; its report explains deviations in prose. */
  readonly requireDeviationReason?: boolean;
}

type Scorable = Pick<IndicatorInput, "target" | "actual" | "weight" | "deviationReason">;

function weightIssues(weight: Decimal): PerformanceIssue[] {
  if (weight.isNegative()) return [error(["weight"], "分值不能为负数")];
  if (weight.isZero()) return [error(["weight"], "分值应大于0")];
  return [];
}

/** What keeps an indicator from being scored at all: missing, negative or mismatched values. */
function completenessIssues(target: Target, actual: Actual): PerformanceIssue[] {
  const issues: PerformanceIssue[] = [];
  if (target.kind === "qualitative") {
    if (isBlank(target.expected)) issues.push(error(["target", "expected"], "请填写年度指标值"));
    if (actual.kind !== "qualitative") {
      issues.push(error(["actual"], `年度指标值为“${target.expected}”，实际完成值应填写文字而不是数值`));
    } else if (isBlank(actual.text)) {
      issues.push(error(["actual"], "请填写实际完成值"));
    }
    return issues;
  }
  if (target.value === null) {
    issues.push(error(["target", "value"], `年度指标值缺少数值（“${target.operator}”后应填写一个数）`));
  } else if (target.value.isNegative()) {
    issues.push(error(["target", "value"], "年度指标值不能为负数"));
  }
  if (actual.kind !== "quantitative") {
    issues.push(error(["actual"], "年度指标值是数值，实际完成值也应填写数值"));
    return issues;
  }
  if (actual.value === null) issues.push(error(["actual"], "请填写实际完成值"));
  else if (actual.value.isNegative()) issues.push(error(["actual"], "实际完成值不能为负数"));
  if (actual.unit !== "" && actual.unit.trim() !== target.unit.trim()) {
    issues.push(error(["actualUnit"], `实际完成值的单位“${actual.unit}”与年度指标值的单位“${target.unit}”不一致`));
  }
  return issues;
}

interface Outcome {
  readonly met: boolean;
  readonly score: Decimal;
  readonly basis: ScoreBasis;
}

/** Compares a complete indicator (see completenessIssues). */
function outcomeOf(target: Target, actual: Actual, weight: Decimal, rule: RoundingRule): Outcome {
  if (target.kind === "qualitative" || actual.kind === "qualitative") {
    const met = target.kind === "qualitative" && actual.kind === "qualitative" && sameText(actual.text, target.expected);
    return met ? { met, score: weight, basis: "met" } : { met, score: ZERO, basis: "qualitative-missed" };
  }
  if (target.value === null || actual.value === null) throw new Error("outcomeOf: incomplete indicator");
  if (isMet(target.operator, actual.value, target.value)) return { met: true, score: weight, basis: "met" };
  return { met: false, ...missedScore(target.operator, weight, actual.value, target.value, rule) };
}

function deviationIssue(target: Target, actual: Actual): PerformanceIssue {
  const actualText = formatActual(actual, target.kind === "quantitative" ? target.unit : "");
  return error(
    ["deviationReason"],
    `未达到年度指标值（目标${formatTarget(target)}，实际${actualText}），请填写偏差原因分析及改进措施`,
  );
}

export function scoreIndicator(indicator: Scorable, options: ScoreOptions = {}): IndicatorScore {
  const { target, actual, weight } = indicator;
  const issues = [...weightIssues(weight), ...completenessIssues(target, actual)];
  if (issues.length > 0) return { score: ZERO, met: false, deviationRequired: false, basis: "incomplete", issues };

  const outcome = outcomeOf(target, actual, weight, options.rounding ?? SCORE_ROUNDING);
  if (outcome.met) return { ...outcome, deviationRequired: false, issues };
  const required = options.requireDeviationReason ?? true;
  if (required && isBlank(indicator.deviationReason)) issues.push(deviationIssue(target, actual));
  return { ...outcome, deviationRequired: required, issues };
}
