/**
 * The building blocks every section uses: number runs in the template's style, the change
 * and budget-comparison sentences, and reason slots that register themselves as required.
 */
import { chartCaption, type ChartId } from "../charts/ids";
import { FEN_PER_WAN_HUNDREDTH, fenToWanHundredths, formatScaled, percentHundredths, type Fen, type NumberStyle } from "../money";
import type { NarrativeSettings } from "./facts";
import { cleanReason } from "./reasons";
import type { Block, NarrativeProblem, NumberRun, ReasonRun, RequiredReason, Run, TextRun } from "./types";

export interface Composer {
  readonly style: NumberStyle;
  readonly settings: NarrativeSettings;
  readonly year: number;
  readonly unitName: string;
  /** How the text names who reports: "本单位", or "本部门" in a 部门决算. */
  readonly self: "本单位" | "本部门";
  /** "单位决算" or "部门决算". */
  readonly disclosure: "单位决算" | "部门决算";
  readonly reasons: Readonly<Record<string, string>>;
  readonly required: RequiredReason[];
  readonly problems: NarrativeProblem[];
}

export const t = (text: string): TextRun => ({ kind: "text", text });

export const paragraph = (...runs: readonly (Run | readonly Run[])[]): Block => ({
  kind: "paragraph",
  runs: runs.flat(),
});

export const heading = (text: string): Block => ({ kind: "heading", text });

export const figure = (chart: ChartId): Block => ({ kind: "figure", chart, caption: chartCaption(chart) });

/** An exact amount, printed in 万元 as its table cell is. */
export function amount(c: Composer, fen: Fen, source: string): NumberRun {
  return wan(c, fenToWanHundredths(fen), source);
}

/** An amount already in hundredths of 万元 (a difference of printed figures). */
export function wan(c: Composer, hundredths: bigint, source: string): NumberRun {
  return { kind: "amount", value: hundredths, text: formatScaled(hundredths, 2, c.style), unit: "万元", source };
}

export function percent(c: Composer, hundredths: bigint, source: string): NumberRun {
  return { kind: "percent", value: hundredths, text: formatScaled(hundredths, 2, c.style), unit: "%", source };
}

export function count(value: number, unit: string, source: string): NumberRun {
  return { kind: "count", value: BigInt(value), text: String(value), unit, source };
}

export function score(c: Composer, hundredths: bigint, source: string): NumberRun {
  return { kind: "score", value: hundredths, text: formatScaled(hundredths, 2, c.style), unit: "分", source };
}

/** A reason slot; registers the key as required, with the label the UI lists it under. */
export function reason(c: Composer, key: string, label: string, lead: string): ReasonRun {
  const text = cleanReason(c.reasons[key]);
  if (!c.required.some((r) => r.key === key)) c.required.push({ key, label, lead, filled: text !== null });
  return { kind: "reason", key, text };
}

/** The value percentages are taken of: the printed 万元 figure or the exact 分 (settings). */
function base(c: Composer, fen: Fen): bigint {
  return c.settings.arithmetic === "printed" ? fenToWanHundredths(fen) : fen;
}

/**
 * Σ plus − Σ minus for figures the narrative adds up itself (采购总额, 国内接待费). In printed
 * arithmetic each term is first taken at its printed value, so the printed result equals the
 * sum of the printed terms.
 */
export function combine(c: Composer, plus: readonly Fen[], minus: readonly Fen[] = []): Fen {
  const term = (fen: Fen) => (c.settings.arithmetic === "printed" ? fenToWanHundredths(fen) * FEN_PER_WAN_HUNDREDTH : fen);
  return plus.reduce((s, f) => s + term(f), 0n) - minus.reduce((s, f) => s + term(f), 0n);
}

/** numerator / denominator in hundredths of a percent; null when the base is 0. */
export function ratio(c: Composer, numerator: Fen, denominator: Fen): bigint | null {
  return percentHundredths(base(c, numerator), base(c, denominator));
}

export interface Change {
  /** |Δ| in hundredths of 万元; 0 means the printed figures agree. */
  readonly amount: bigint;
  readonly up: boolean;
  /** |Δ| / last year; null when last year is 0. */
  readonly percent: bigint | null;
}

export function change(c: Composer, now: Fen, last: Fen): Change {
  const delta = base(c, now) - base(c, last);
  const magnitude = delta < 0n ? -delta : delta;
  const amount = c.settings.arithmetic === "printed" ? magnitude : fenToWanHundredths(magnitude);
  return { amount, up: delta > 0n, percent: percentHundredths(magnitude, base(c, last)) };
}

export interface ChangeSentence {
  readonly now: Fen;
  readonly last: Fen | null;
  readonly nowSource: string;
  readonly lastSource: string;
  /** Printed between "与2023年度相比，" and "减少": "收、支总计各", "" … */
  readonly subject: string;
  readonly reasonKey: string;
  /** Where the sentence is, for the required-reason list: "一 收、支总计". */
  readonly where: string;
}

/**
 * "与2023年度相比，收、支总计各减少2,208.06万元，下降33.93%。主要是<reason>。", or
 * "与上年决算数一致。" when the printed figures agree (docs/domain/narrative.md: the wording for 0 and 0).
 */
export function changeSentence(c: Composer, s: ChangeSentence): Run[] {
  if (s.last === null) {
    c.problems.push({
      id: "narrative.last-year.missing",
      message: `缺少${c.year - 1}年度决算数：${s.where}（无法与上年比较）`,
      field: s.lastSource.startsWith("facts.") ? s.lastSource.slice("facts.".length) : null,
    });
    return [];
  }
  const d = change(c, s.now, s.last);
  if (d.amount === 0n) return [t("与上年决算数一致。")];
  const computed = `(${s.nowSource}, ${s.lastSource})`;
  const runs: Run[] = [
    t(`与${c.year - 1}年度相比，${s.subject}${d.up ? "增加" : "减少"}`),
    wan(c, d.amount, `change${computed}`),
  ];
  if (d.percent !== null) {
    runs.push(t(`，${d.up ? "增长" : "下降"}`), percent(c, d.percent, `changePercent${computed}`));
  } else if (c.settings.lastYearZero === "growth100") {
    runs.push(t("，增长"), percent(c, 10_000n, `changePercent${computed}`));
  }
  const label = `${s.where}：较${c.year - 1}年度${d.up ? "增加" : "减少"}`;
  runs.push(t("。主要是"), reason(c, s.reasonKey, label, "主要是"), t("。"));
  return runs;
}

export type Comparison = "none" | "noBudget" | "equal" | "roughlyEqual" | "greater" | "less";

export interface BudgetCheck {
  readonly comparison: Comparison;
  readonly completion: bigint | null;
}

/** Equal means equal as printed; 基本持平 means the printed completion is within the threshold. */
export function compareWithBudget(c: Composer, actual: Fen, budget: Fen): BudgetCheck {
  const printedActual = fenToWanHundredths(actual);
  const printedBudget = fenToWanHundredths(budget);
  if (printedBudget === 0n) return { comparison: printedActual === 0n ? "none" : "noBudget", completion: null };
  const completion = ratio(c, actual, budget);
  if (completion === null) return { comparison: "noBudget", completion };
  if (printedActual === printedBudget) return { comparison: "equal", completion };
  const off = completion - 10_000n;
  if ((off < 0n ? -off : off) <= c.settings.flatThreshold) return { comparison: "roughlyEqual", completion };
  return { comparison: printedActual > printedBudget ? "greater" : "less", completion };
}

export interface BudgetSentence {
  readonly actual: Fen;
  readonly budget: Fen;
  readonly actualSource: string;
  readonly budgetSource: string;
  readonly reasonKey: string;
  readonly where: string;
}

/** "年初预算为…万元，支出决算为…万元": how every budget comparison opens. */
function budgetAndActual(c: Composer, s: BudgetSentence, budget: "年初" | "全年"): Run[] {
  return [t(`${budget}预算为`), amount(c, s.budget, s.budgetSource), t("，支出决算为"), amount(c, s.actual, s.actualSource)];
}

/**
 * 五(三)/七/八: "年初预算为990.64万元，支出决算为1,043.28万元，完成年初预算的105.31%。
 * 决算数大于年初预算数的主要原因是<reason>。" with the 持平/基本持平/年初无预算 variants (docs/domain/narrative.md, decision 008).
 */
export function initialBudgetSentence(c: Composer, s: BudgetSentence): Run[] {
  const check = compareWithBudget(c, s.actual, s.budget);
  const runs = budgetAndActual(c, s, "年初");
  switch (check.comparison) {
    case "none":
      return [...runs, t("。")];
    case "noBudget":
      return [...runs, t("，年初无预算。"), ...deviationReason(c, s, "年初", true)];
    default: {
      runs.push(t("，完成年初预算的"), percent(c, check.completion ?? 0n, `completion(${s.actualSource}, ${s.budgetSource})`));
      if (check.comparison === "equal") return [...runs, t("。与年初预算持平。")];
      if (check.comparison === "roughlyEqual") return [...runs, t("。与年初预算基本持平。")];
      return [...runs, t("。"), ...deviationReason(c, s, "年初", check.comparison === "greater")];
    }
  }
}

/**
 * 九: "全年预算为17.72万元，支出决算为17.72万元，与2024年全年预算基本持平。完成全年预算的100%。"
 * Published documents word 三公 as 基本持平 even where the printed figures are equal (docs/domain/narrative.md).
 */
export function fullBudgetSentence(c: Composer, s: BudgetSentence): Run[] {
  const check = compareWithBudget(c, s.actual, s.budget);
  const runs = budgetAndActual(c, s, "全年");
  const completion = () => [
    t("完成全年预算的"),
    percent(c, check.completion ?? 0n, `completion(${s.actualSource}, ${s.budgetSource})`),
    t("。"),
  ];
  switch (check.comparison) {
    case "none":
      return [...runs, t("。")];
    case "noBudget":
      return [...runs, t("，全年无预算。"), ...deviationReason(c, s, "全年", true)];
    case "equal":
    case "roughlyEqual":
      return [...runs, t(`，与${c.year}年全年预算基本持平。`), ...completion()];
    default:
      return [...runs, t("，"), ...completion(), ...deviationReason(c, s, "全年", check.comparison === "greater")];
  }
}

function deviationReason(c: Composer, s: BudgetSentence, budgetKind: "年初" | "全年", greater: boolean): Run[] {
  const what = `决算数${greater ? "大于" : "小于"}${budgetKind}预算数`;
  const lead = `${what}的主要原因是`;
  return [t(lead), reason(c, s.reasonKey, `${s.where}：${what}`, lead), t("。")];
}
