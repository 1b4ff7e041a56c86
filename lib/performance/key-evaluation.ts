/**
 * 重点绩效评价报告: the outline (sections 一 … 八 as the seed prints them), the scored indicator
 * table with four levels, subtotals per 一级指标, total and grade.
 */
import { executionIssues, executionRate, executionScore } from "./execution";
import { formatPercent, formatScore } from "./format";
import { gradeOf, SHANDONG_GRADES } from "./grades";
import { error, warning, within, type PerformanceIssue } from "./issues";
import { Decimal, HUNDRED, ZERO, sum } from "./numbers";
import { indicatorLabel, problemsOf, type EvaluateOptions } from "./evaluation";
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

/** What a subsection shows besides (or instead of) prose. */
export type KeyTable = "annualGoal" | "indicatorSystem" | "evaluators" | "scoreTable";

export interface KeyOutlineSubsection {
  readonly key: string;
  readonly number: string;
  /** `{year}` stands for the evaluated year. */
  readonly title: string;
  readonly table?: KeyTable;
  /** Prose written by the system, not by people. */
  readonly generated?: true;
}

export interface KeyOutlineSection {
  readonly key: string;
  readonly number: string;
  readonly title: string;
  readonly subsections: readonly KeyOutlineSubsection[];
}

/**
 * The seed's headings as its body prints them (its table of contents numbers 三(三) as "(二)"
 * by mistake). Sections without subsections hold their prose under their own key.
 */
export const KEY_EVALUATION_OUTLINE = [
  {
    key: "basic",
    number: "一",
    title: "项目基本情况",
    subsections: [
      { key: "basic.background", number: "（一）", title: "项目立项背景及实施目的" },
      { key: "basic.budget", number: "（二）", title: "项目预算安排和支出情况" },
      { key: "basic.content", number: "（三）", title: "项目主要内容和实施情况" },
      { key: "basic.organization", number: "（四）", title: "项目组织管理情况" },
    ],
  },
  {
    key: "goals",
    number: "二",
    title: "项目绩效目标",
    subsections: [
      { key: "goals.overall", number: "（一）", title: "总体绩效目标" },
      { key: "goals.annual", number: "（二）", title: "{year}年度绩效目标", table: "annualGoal" },
    ],
  },
  {
    key: "method",
    number: "三",
    title: "评价基本情况",
    subsections: [
      { key: "method.purpose", number: "（一）", title: "绩效评价目的" },
      { key: "method.scope", number: "（二）", title: "评价对象与范围" },
      { key: "method.basis", number: "（三）", title: "绩效评价依据" },
      { key: "method.principles", number: "（四）", title: "评价原则、评价方法" },
      { key: "method.indicators", number: "（五）", title: "绩效评价指标体系", table: "indicatorSystem" },
      { key: "method.team", number: "（六）", title: "评价人员组成", table: "evaluators" },
      { key: "method.process", number: "（七）", title: "绩效评价工作过程" },
    ],
  },
  {
    key: "conclusion",
    number: "四",
    title: "评价结论及分析",
    subsections: [
      { key: "conclusion.overall", number: "（一）", title: "综合评价结论", table: "scoreTable", generated: true },
      { key: "conclusion.analysis", number: "（二）", title: "绩效分析" },
    ],
  },
  {
    key: "analysis",
    number: "五",
    title: "绩效评价指标分析",
    subsections: [
      { key: "analysis.decision", number: "（一）", title: "项目决策情况" },
      { key: "analysis.process", number: "（二）", title: "项目过程情况" },
      { key: "analysis.output", number: "（三）", title: "项目产出情况" },
      { key: "analysis.benefit", number: "（四）", title: "项目效益情况" },
    ],
  },
  { key: "experience", number: "六", title: "项目主要经验及做法", subsections: [] },
  { key: "problems", number: "七", title: "存在的问题及原因分析", subsections: [] },
  { key: "suggestions", number: "八", title: "意见建议", subsections: [] },
] as const satisfies readonly KeyOutlineSection[];

type Outline = typeof KEY_EVALUATION_OUTLINE;
type SubsectionOf<S> = S extends { readonly subsections: readonly (infer U)[] } ? U : never;
type Subsection = SubsectionOf<Outline[number]>;
type LeafSectionKey = Extract<Outline[number], { readonly subsections: readonly [] }>["key"];

/** Keys of the prose people write (generated subsections excluded). */
export type KeyTextKey = Exclude<Subsection, { readonly generated: true }>["key"] | LeafSectionKey;

export interface KeyTextSlot {
  readonly key: KeyTextKey;
  /** "一、项目基本情况 （一）项目立项背景及实施目的". */
  readonly heading: string;
  /** Has a table beside the prose, so the prose may stay empty. */
  readonly hasTable: boolean;
}

/** The prose keys in document order. */
export const KEY_TEXT_KEYS: readonly KeyTextKey[] = (KEY_EVALUATION_OUTLINE as readonly KeyOutlineSection[]).flatMap(
  (section) =>
    section.subsections.length === 0
      ? [section.key as KeyTextKey]
      : section.subsections.filter((sub) => !sub.generated).map((sub) => sub.key as KeyTextKey),
);

/** `year` null gives the generic title ("年度绩效目标"). */
export function outlineTitle(title: string, year: number | null): string {
  return title.replaceAll("{year}", year === null ? "" : String(year));
}

/** Every place prose goes, in document order. */
export function keyTextSlots(year: number | null): KeyTextSlot[] {
  const slots: KeyTextSlot[] = [];
  for (const section of KEY_EVALUATION_OUTLINE as readonly KeyOutlineSection[]) {
    const head = `${section.number}、${section.title}`;
    if (section.subsections.length === 0) {
      slots.push({ key: section.key as KeyTextKey, heading: head, hasTable: false });
      continue;
    }
    for (const sub of section.subsections) {
      if (sub.generated) continue;
      slots.push({
        key: sub.key as KeyTextKey,
        heading: `${head} ${sub.number}${outlineTitle(sub.title, year)}`,
        hasTable: sub.table !== undefined,
      });
    }
  }
  return slots;
}

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

export interface KeyEvaluationResult {
  readonly rows: readonly KeyScoredRow[];
  /** 执行数/预算 in percent, 2 decimals; null when the budget is 0. */
  readonly executionRate: Decimal | null;
  readonly subtotals: readonly KeySubtotal[];
  readonly weightTotal: Decimal;
  readonly total: Decimal;
  readonly grade: string;
  readonly issues: readonly PerformanceIssue[];
  readonly problems: readonly string[];
}

export interface KeyEvaluateOptions extends EvaluateOptions {
  /** Overrides `subtotalLabel` per 一级指标. */
  readonly subtotalLabels?: Readonly<Record<string, string>>;
}

/**
 * The seed names its subtotals 资金管理指标, 项目产出指标, 项目效益指标 for 过程, 产出, 效益. Inferred
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
