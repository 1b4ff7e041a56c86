/**
 * A refused 绩效 form's problems, each on its form field and said so a list can show it: "第3项指标
 * “出差人次”：…" (indicator i of a key evaluation is row i + 2, after the execution row),
 * "评价人员第2行：…".
 */
import type { z } from "zod";
import { indicatorLabel } from "./evaluation";

export interface FieldIssue {
  /** The form's field path, e.g. "detail.indicators.3.deviationReason". */
  readonly path: string;
  readonly message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: readonly FieldIssue[] };

const ROW_LABELS: Record<string, string> = { evaluators: "评价人员", "annualGoal.indicators": "年度绩效指标" };

type IndicatorNames = readonly { level3?: string; level4?: string }[];

function labelled(path: readonly PropertyKey[], message: string, indicators: IndicatorNames, firstRow: number): string {
  const i = path.findIndex((p) => typeof p === "number");
  if (i < 0 || message.startsWith("第")) return message;
  const n = path[i] as number;
  const owner = path.slice(0, i).map(String).join(".");
  if (owner === "indicators") {
    const name = indicators[n]?.level4 ?? indicators[n]?.level3 ?? "";
    return `${indicatorLabel(n + firstRow, name)}${message}`;
  }
  const rows = ROW_LABELS[owner];
  return rows ? `${rows}第${n + 1}行：${message}` : message;
}

/** The names of a form's indicators as typed, for labelling; anything unreadable is nameless. */
function indicatorNames(form: unknown): IndicatorNames {
  const list = typeof form === "object" && form !== null ? (form as { indicators?: unknown }).indicators : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const i = typeof item === "object" && item !== null ? (item as { level3?: unknown; level4?: unknown }) : {};
    return { level3: typeof i.level3 === "string" ? i.level3 : undefined, level4: typeof i.level4 === "string" ? i.level4 : undefined };
  });
}

/** `form`'s zod issues as field issues under `prefix`; its first indicator is row `firstRow`. */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], form: unknown, options: { prefix?: readonly PropertyKey[]; firstRow?: number } = {}): FieldIssue[] {
  const names = indicatorNames(form);
  return issues.map((issue) => ({
    path: [...(options.prefix ?? []), ...issue.path].map(String).join("."),
    message: labelled(issue.path, issue.message, names, options.firstRow ?? 1),
  }));
}

/** "未保存：a；b；c；另有 2 处问题": the first few problems of a refused form. */
export function refusalText(issues: readonly FieldIssue[]): string {
  return `未保存：${issueSummary(issues)}`;
}

/** "a；b；c；另有 2 处问题": the first few problems, for a refusal or a stored draft's notice. */
export function issueSummary(issues: readonly FieldIssue[]): string {
  const listed = issues.slice(0, 3).map((i) => i.message).join("；");
  return `${listed}${issues.length > 3 ? `；另有 ${issues.length - 3} 处问题` : ""}`;
}

/** The first message per field path, for showing beside the fields. */
export function errorMap(issues: readonly FieldIssue[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const issue of issues) map[issue.path || "_"] ??= issue.message;
  return map;
}
