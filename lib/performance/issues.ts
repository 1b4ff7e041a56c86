import type { Decimal } from "./numbers";

/**
 * A finding about an evaluation. `path` uses the form's field names, so the same finding
 * can be shown beside its field and, as `message`, in a list. Errors block saving; warnings
 * ask for attention only.
 */
export type IssuePath = readonly (string | number)[];

export interface PerformanceIssue {
  readonly path: IssuePath;
  readonly message: string;
  readonly severity: "error" | "warning";
}

export function error(path: IssuePath, message: string): PerformanceIssue {
  return { path, message, severity: "error" };
}

export function warning(path: IssuePath, message: string): PerformanceIssue {
  return { path, message, severity: "warning" };
}

/** Re-roots issues found on a part (an indicator) under its place in the whole. */
export function within(prefix: IssuePath, label: string, issues: readonly PerformanceIssue[]): PerformanceIssue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path], message: `${label}${i.message}` }));
}

/** What every scored 绩效 table ends with: its weights, total, grade and what is wrong with it. */
export interface ScoredTotals {
  /** 分值 of every scored row; must be 100. */
  readonly weightTotal: Decimal;
  readonly total: Decimal;
  readonly grade: string;
  readonly issues: readonly PerformanceIssue[];
  /** Every issue's message, errors first. */
  readonly problems: readonly string[];
}
