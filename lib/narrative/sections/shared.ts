/** What every section reads, plus the helpers for staff-written phrases. */
import type { PerformanceFigures } from "../../performance/figures";
import type { DerivedReport } from "../../tables/report";
import type { ReportTemplate } from "../../tables/types";
import { chineseOrdinal } from "../numerals";
import type { NarrativeFacts } from "../facts";
import type { Block, Section } from "../types";

export interface NarrativeData {
  readonly template: ReportTemplate;
  readonly derived: DerivedReport;
  readonly facts: NarrativeFacts;
  /** What the 绩效 data says; null while no 绩效 has been entered. */
  readonly performance: PerformanceFigures | null;
}

/** Body titles and the table of contents' wording of them, both as published disclosures print them (docs/domain/narrative.md). */
const TITLES: readonly (readonly [string, string?])[] = [
  ["收入支出决算总体情况说明"],
  ["收入决算情况说明"],
  ["支出决算情况说明"],
  ["财政拨款收入支出决算总体情况说明"],
  ["一般公共预算财政拨款支出决算情况说明"],
  ["一般公共预算财政拨款基本支出决算情况说明"],
  ["政府性基金预算财政拨款收入支出决算情况说明"],
  ["国有资本经营预算财政拨款支出决算情况说明"],
  ["财政拨款“三公”经费支出决算情况说明"],
  ["机关运行经费支出情况", "机关运行经费支出说明"],
  ["政府采购支出情况", "政府采购支出说明"],
  ["国有资产占用情况", "国有资产占用情况说明"],
  ["预算绩效情况说明"],
];

export function section(number: number, blocks: readonly Block[]): Section {
  const [title, toc = title] = TITLES[number - 1];
  const ordinal = chineseOrdinal(number);
  return { number, title: `${ordinal}、${title}`, tocTitle: `${ordinal}、${toc}`, blocks };
}

/** A phrase staff typed that the generator continues after: no closing punctuation. */
export function phrase(text: string | null): string | null {
  if (text === null) return null;
  const out = text.trim().replace(/[。；;，,.\s]+$/u, "");
  return out === "" ? null : out;
}

/** A sentence staff typed that stands alone: ends with 。 */
export function sentence(text: string | null): string | null {
  const p = phrase(text);
  return p === null ? null : `${p}。`;
}
