/**
 * The generated 情况说明 as data: paragraphs made of runs. Every number run says what it is
 * (its exact printed value) and where it comes from, so the UI can highlight it and a test can
 * check it; reason runs are the slots staff fill.
 */
import type { CheckMessage } from "../rules/messages";
import type { ChartId } from "../charts/ids";

export type NumberKind = "amount" | "percent" | "count" | "score";

export interface TextRun {
  readonly kind: "text";
  readonly text: string;
}

/**
 * `value` is what is printed, as an integer: amounts in hundredths of 万元, percentages and
 * scores in hundredths, counts as is. `source` names the table cell, the fact, or the
 * computation (`change(t01.income.grandTotal, facts.lastYear.total)`).
 */
export interface NumberRun {
  readonly kind: NumberKind;
  readonly value: bigint;
  readonly text: string;
  readonly unit: string;
  readonly source: string;
}

export interface ReasonRun {
  readonly kind: "reason";
  readonly key: string;
  /** null: staff have not written it yet. */
  readonly text: string | null;
}

export type Run = TextRun | NumberRun | ReasonRun;

export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  | { readonly kind: "figure"; readonly chart: ChartId; readonly caption: string };

export interface Section {
  /** 1 … 13 */
  readonly number: number;
  /** "一、收入支出决算总体情况说明" as the body prints it. */
  readonly title: string;
  /** The table of contents words four titles differently from the body; both are as published (docs/domain/narrative.md). */
  readonly tocTitle: string;
  readonly blocks: readonly Block[];
}

export interface RequiredReason {
  readonly key: string;
  /** "五(三)2 行政运行：决算数大于年初预算数" */
  readonly label: string;
  /** What the generator prints before the reason ("决算数大于年初预算数的主要原因是"). */
  readonly lead: string;
  readonly filled: boolean;
}

export interface NarrativeResult {
  readonly sections: readonly Section[];
  readonly requiredReasons: readonly RequiredReason[];
  /** Facts missing or contradicting the tables or the 绩效 data; the text may be incomplete. */
  readonly problems: readonly NarrativeProblem[];
}

/**
 * What the generator could not say, and where in the facts form to fix it: `id` is the check's id
 * in lib/rules/narrative ("narrative.budget.missing"), `message` says it in Chinese with its place
 * in the text ("十 机关运行经费：缺少年初预算数"), `field` is the facts form path ("lastYear.total").
 */
export type NarrativeProblem = { readonly id: string } & Readonly<Pick<CheckMessage, "message" | "field">>;
