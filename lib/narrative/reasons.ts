/**
 * Reason keys: where a "主要原因" sentence goes. Staff write one per key; the generator asks for
 * exactly the keys whose figures changed or deviated, so a key is stable across edits of
 * unrelated numbers.
 */
import type { ExpenditureKind, IncomeSource } from "./facts";

export const REASON_KEYS = {
  /** 一: 收、支总计 vs last year. */
  total: "total",
  /** 二(二): one income source vs last year. */
  income: (source: IncomeSource) => `income:${source}`,
  /** 三(二): one kind of spending vs last year ("basic", "project", …). */
  expenditure: (kind: ExpenditureKind) => kind,
  /** 四: 财政拨款收、支总计 vs last year. */
  fiscalTotal: "fiscalTotal",
  /** 五(一): 一般公共预算财政拨款支出 vs last year. */
  gp: "gp",
  /** 五(三): the 一般公共预算 total vs its 年初预算. */
  gpBudget: "gpBudget",
  /** 五(三) per 项 of 公开05. */
  gpItem: (code: string) => `item:${code}`,
  /** 七 per 项 of 公开07. */
  gfItem: (code: string) => `gf:${code}`,
  /** 八 per 项 of 公开08. */
  soeItem: (code: string) => `soe:${code}`,
  /** 九: 三公 total vs 全年预算, and each item. */
  threePublic: "threePublic",
  threePublicItem: (item: "abroad" | "vehicles" | "reception") => `threePublic:${item}`,
  /** 十: 机关运行经费 vs 年初预算. */
  operatingCost: "operatingCost",
} as const;

/** Every key the generator can ask for has this shape; the form refuses others. */
export const REASON_KEY_PATTERN = /^[a-zA-Z]{1,20}(?::[a-zA-Z0-9]{1,20})?$/;

/** Lead-ins the generator prints before a reason; staff often type them too. */
const LEADS = [/^决算数[大小]于(?:年初|全年)预算数的主要原因是/, /^主要原因是/, /^主要是/, /^原因是/];

/**
 * The reason as printed after the generator's own lead-in: typed lead-ins and the closing
 * punctuation are dropped so "主要是主要是…。。" cannot happen. Blank → null (missing).
 */
export function cleanReason(text: string | undefined): string | null {
  if (text === undefined) return null;
  let out = text.trim();
  for (const lead of LEADS) out = out.replace(lead, "");
  out = out.replace(/[。；;，,.\s]+$/u, "").trim();
  return out === "" ? null : out;
}
