/**
 * 项目预算执行情况: 年初预算数, 全年预算数 (A), 全年执行数 (B) for each funding source; the
 * 年度资金总额 row is their sum. 执行率 = B/A and 得分 = 分值 × B/A (337.28/352 → 95.82%, 9.58).
 */
import { formatAmount, MESSAGE_AMOUNT_STYLE } from "./format";
import { error, type PerformanceIssue } from "./issues";
import { Decimal, HUNDRED, divideRounded, sum, type RoundingRule } from "./numbers";
import { proportionalScore, SCORE_ROUNDING } from "./scoring";

export const FUNDING_SOURCES = [
  { key: "currentYear", label: "当年财政拨款" },
  { key: "carryOver", label: "上年结转资金" },
  { key: "other", label: "其他资金" },
] as const;

export type FundingSourceKey = (typeof FUNDING_SOURCES)[number]["key"];

/** Amounts in 万元. */
export interface FundingAmounts {
  readonly initial: Decimal;
  readonly full: Decimal;
  readonly executed: Decimal;
}

export const STANDARD_EXECUTION_WEIGHT = new Decimal(10);

export interface BudgetExecutionInput {
  readonly funding: Readonly<Record<FundingSourceKey, FundingAmounts>>;
  /** 分值 of the execution row: 10 in the standard tables. */
  readonly weight: Decimal;
}

export interface ExecutionRow extends FundingAmounts {
  readonly key: FundingSourceKey | "total";
  readonly label: string;
  /** Percent, 2 decimals; null when 全年预算数 is 0 (printed "—"). */
  readonly rate: Decimal | null;
}

export interface ExecutionResult {
  readonly total: ExecutionRow;
  readonly sources: readonly ExecutionRow[];
  readonly weight: Decimal;
  readonly rate: Decimal | null;
  /** null when 全年预算数 is 0: there is nothing to measure execution against. */
  readonly score: Decimal | null;
  readonly issues: readonly PerformanceIssue[];
}

/**
 * 执行率 as a percent, rounded by the same rule as scores, so "95.82%" and 9.58 come from one
 * rule. The score is computed from the exact ratio, not from the printed rate, so no value is
 * rounded twice (the published 9.58 and 9.9 come out the same either way).
 */
export function executionRate(executed: Decimal, full: Decimal, rule: RoundingRule = SCORE_ROUNDING): Decimal | null {
  if (full.isZero()) return null;
  return divideRounded(executed.times(HUNDRED), full, rule);
}

export function executionScore(
  weight: Decimal,
  executed: Decimal,
  full: Decimal,
  rule: RoundingRule = SCORE_ROUNDING,
): Decimal | null {
  if (full.isZero()) return null;
  return proportionalScore(weight, executed, full, rule);
}

const wan = (d: Decimal) => `${formatAmount(d, MESSAGE_AMOUNT_STYLE)}万元`;

/** Findings about one pair of 全年预算数/全年执行数; `label` names the row in messages. */
export function executionIssues(
  full: Decimal,
  executed: Decimal,
  path: readonly (string | number)[],
  label: string,
  fields: { readonly full: string; readonly executed: string } = { full: "full", executed: "executed" },
): PerformanceIssue[] {
  if (full.isNegative() || executed.isNegative()) return [];
  if (full.isZero() && executed.isZero()) {
    return [error([...path, fields.full], `${label}全年预算数为0，无法计算执行率`)];
  }
  if (full.isZero()) {
    return [
      error(
        [...path, fields.full],
        `${label}全年预算数为0，但全年执行数为${wan(executed)}，无法计算执行率；请核对全年预算数`,
      ),
    ];
  }
  if (executed.greaterThan(full)) {
    return [error([...path, fields.executed], `${label}全年执行数${wan(executed)}大于全年预算数${wan(full)}`)];
  }
  return [];
}

export function evaluateExecution(input: BudgetExecutionInput, rule: RoundingRule = SCORE_ROUNDING): ExecutionResult {
  const issues: PerformanceIssue[] = [];
  // A source with no budget and no spending is simply unused ("—"). With a single source in
  // use the total row says everything, so sources are checked only when several are used.
  const inUse = FUNDING_SOURCES.filter(({ key }) => {
    const a = input.funding[key];
    return !(a.full.isZero() && a.executed.isZero());
  });
  const sources: ExecutionRow[] = FUNDING_SOURCES.map(({ key, label }) => {
    const a = input.funding[key];
    for (const field of ["initial", "full", "executed"] as const) {
      if (a[field].isNegative()) issues.push(error(["execution", "funding", key, field], `${label}的金额不能为负数`));
    }
    if (inUse.length > 1 && inUse.some((s) => s.key === key)) {
      issues.push(...executionIssues(a.full, a.executed, ["execution", "funding", key], `${label}：`));
    }
    return { key, label, ...a, rate: executionRate(a.executed, a.full, rule) };
  });

  const amounts = (field: keyof FundingAmounts) => sum(sources.map((s) => s[field]));
  const total: ExecutionRow = {
    key: "total",
    label: "年度资金总额",
    initial: amounts("initial"),
    full: amounts("full"),
    executed: amounts("executed"),
    rate: executionRate(amounts("executed"), amounts("full"), rule),
  };
  issues.push(...executionIssues(total.full, total.executed, ["execution", "total"], "年度资金总额："));
  if (input.weight.isNegative()) issues.push(error(["execution", "weight"], "预算执行分值不能为负数"));

  return {
    total,
    sources,
    weight: input.weight,
    rate: total.rate,
    score: input.weight.isNegative() ? null : executionScore(input.weight, total.executed, total.full, rule),
    issues,
  };
}
