/**
 * The shape of a check of a published document, and the pieces several checks share: the
 * increase/decrease wording of a change from last year, and the comparison words against a budget.
 */
import type { Severity } from "../context";
import type { CheckPart } from "../messages";
import type { Cell, PublishedDocument } from "./document";
import { Findings, printedApprox } from "./findings";
import type { Facts, PrintedAmount, PrintedPercent } from "./read";

export interface PublishedCheck {
  readonly id: string;
  readonly part: CheckPart;
  /** The 情况说明 section or document part it reads, in words. */
  readonly section: string;
  readonly severity: Severity;
  readonly title: string;
  run(doc: PublishedDocument, f: Findings): void;
}

export const publishedCheck = (
  id: string,
  part: CheckPart,
  section: string,
  severity: Severity,
  title: string,
  run: PublishedCheck["run"],
): PublishedCheck => ({ id, part, section, severity, title, run });

export const where = (section: string, item: string) => `情况说明「${section}」：${item}`;

/** A printed amount against a table cell; skipped when either is absent. */
export function againstCell(f: Findings, at: string, label: string, printed: PrintedAmount | undefined, source: Cell | undefined): void {
  if (source) f.amount(at, label, printed, source.value, source.terms, source.source);
}

export interface PrintedChange {
  readonly direction?: string;
  readonly amount?: PrintedAmount;
  readonly percent?: PrintedPercent;
}

/** `changeDirection`, `changeAmount`, `changePercent`, or with a prefix `fiscalChangeDirection`… */
export function readChange(facts: Facts, prefix = ""): PrintedChange {
  const key = (name: string) => (prefix ? `${prefix}Change${name}` : `change${name}`);
  return { direction: facts.text(key("Direction")), amount: facts.amount(key("Amount")), percent: facts.percent(key("Percent")) };
}

const UP = ["增加", "增长", "上升"];
const DOWN = ["减少", "下降"];
const FLAT = ["持平", "一致", "无变化", "相同"];

/**
 * The change from last year of a figure printed as `thisYear`: the word agrees with the amount,
 * and the percentage is the amount over last year's figure (this year minus the signed change).
 */
export function checkChange(f: Findings, at: string, label: string, thisYear: PrintedAmount | undefined, change: PrintedChange): void {
  const { direction, amount, percent } = change;
  if (direction === undefined && amount === undefined && percent === undefined) return;
  if (direction !== undefined && ![...UP, ...DOWN, ...FLAT].includes(direction)) {
    f.fact(at, false, `${label}的增减用词「${direction}」无法识别，应为增加、减少或持平`, direction, "增加/减少/持平");
    return;
  }
  if (direction !== undefined && FLAT.includes(direction)) {
    if (amount) f.fact(at, amount.hundredths === 0n, `${label}写“${direction}”，但增减额为 ${f.wan(amount.hundredths)}`, direction, "增加或减少");
    if (percent) f.fact(at, percent.value === 0, `${label}写“${direction}”，但增减幅度为 ${percent.raw}%`, direction, "增加或减少");
    return;
  }
  if (direction !== undefined && amount) {
    f.fact(at, amount.hundredths > 0n, `${label}写“${direction}”，但增减额为 ${f.wan(amount.hundredths)}`, direction, "持平");
  }
  if (!amount || !percent || !thisYear || direction === undefined || amount.hundredths <= 0n) return;
  const sign = UP.includes(direction) ? 1n : -1n;
  const lastYear = thisYear.hundredths - sign * amount.hundredths;
  if (lastYear < 0n) {
    f.fact(at, false, `${label}${direction} ${f.wan(amount.hundredths)}，推得上年数为负（${f.wan(lastYear)}）：增减方向或金额有误`, direction, null);
  } else if (lastYear === 0n) {
    f.fact(at, percent.value === 100, `${label}上年为 0，增长幅度印为 ${percent.raw}%，应为 100% 或不写幅度`, `${percent.raw}%`, "100%");
  } else {
    f.percent(
      at,
      `${label}${direction}幅度`,
      percent,
      printedApprox(amount),
      { hundredths: lastYear, slack: 1 },
      `增减额 ${f.wan(amount.hundredths)} 与上年数 ${f.wan(lastYear)}（本年 ${f.wan(thisYear.hundredths)} ${sign > 0n ? "减" : "加"}增减额）`,
    );
  }
}

/** How a printed comparison word relates to 决算数 / 预算数: wrong, loosely right (1–5%), or right. */
export type ComparisonVerdict = "ok" | "loose" | "wrong" | "unknown";

/** The ±1% inclusive band the system itself prints as 基本持平 (decision 008), and the widest band a document may still call so. */
export const FLAT_BAND_PERCENT = 1;
export const LOOSE_FLAT_BAND_PERCENT = 5;

export function judgeComparison(word: string, actual: bigint, budget: bigint): ComparisonVerdict {
  const rate = budget === 0n ? null : (100 * Number(actual)) / Number(budget);
  const off = rate === null ? Infinity : Math.abs(rate - 100);
  switch (word) {
    case "持平":
    case "等于":
    case "一致":
      return actual === budget ? "ok" : off <= FLAT_BAND_PERCENT ? "loose" : "wrong";
    case "基本持平":
      return off <= FLAT_BAND_PERCENT + 1e-9 ? "ok" : off <= LOOSE_FLAT_BAND_PERCENT ? "loose" : "wrong";
    case "大于":
    case "超过":
    case "高于":
      return actual > budget ? "ok" : "wrong";
    case "小于":
    case "低于":
    case "未完成":
      return actual < budget ? "ok" : "wrong";
    default:
      return "unknown";
  }
}

/** What the word should be for these figures, for the message. */
export function expectedComparison(actual: bigint, budget: bigint): string {
  if (actual === budget) return "持平";
  const rate = budget === 0n ? null : (100 * Number(actual)) / Number(budget);
  if (rate !== null && Math.abs(rate - 100) <= FLAT_BAND_PERCENT + 1e-9) return "基本持平";
  return actual > budget ? "大于" : "小于";
}
