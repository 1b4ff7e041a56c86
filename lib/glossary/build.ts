/**
 * 第四部分 名词解释: the fixed definitions, then one entry per function subject (项) the report
 * uses, worded "X(类)Y(款)Z(项)：反映……" with the catalog's explanation.
 *
 * Order of the subject entries, as the published 2024 disclosure prints them (docs/domain/narrative.md) (十六–二十八): the 一般公共预算 项 of
 * 公开05 in code order, then 政府性基金 (公开07), then 国有资本经营 (公开08), then any 项 that only
 * 公开02/03 use. Its 2120899 (公开07) comes last, after 2210201, although 212 < 221.
 */
import { chineseOrdinal } from "../narrative/numerals";
import { itemPathText } from "../narrative/subjects";

export interface FixedDefinition {
  readonly term: string;
  readonly definition: string;
}

export interface GlossarySubject {
  readonly code: string;
  readonly name: string;
  readonly explanation?: string | null;
}

/** The 7-digit 项 codes a report uses, by the table that uses them. */
export interface UsedItemCodes {
  /** 公开05 */
  readonly gp: readonly string[];
  /** 公开07 */
  readonly gf: readonly string[];
  /** 公开08 */
  readonly soe: readonly string[];
  /** 公开02/03 (codes already in a fund table are skipped). */
  readonly other: readonly string[];
}

export type GlossaryNumbering = "chinese" | "arabic";

export interface GlossaryInput {
  readonly fixed: readonly FixedDefinition[];
  /** The year's function catalog; 类 and 款 names come from here too. */
  readonly subjects: readonly GlossarySubject[];
  readonly usedItemCodes: UsedItemCodes;
  /** "一、" (as published) or "1." */
  readonly numbering?: GlossaryNumbering;
}

export interface GlossaryEntry {
  /** "十六" or "16" */
  readonly ordinal: string;
  readonly term: string;
  readonly definition: string;
  /** The 项 code, on subject entries. */
  readonly code: string | null;
  /** "十六、一般公共服务支出(类)人大事务(款)事业运行(项)：反映……" */
  readonly text: string;
}

export interface GlossaryResult {
  readonly entries: readonly GlossaryEntry[];
  /** Subjects left out for a missing name or explanation, for the administrator. */
  readonly warnings: readonly string[];
}

/** Code order within each group; the group order is the rule above. */
export function orderedItemCodes(used: UsedItemCodes): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const group of [used.gp, used.gf, used.soe, used.other]) {
    for (const code of [...group].sort()) {
      if (seen.has(code)) continue;
      seen.add(code);
      out.push(code);
    }
  }
  return out;
}

export function buildGlossary(input: GlossaryInput): GlossaryResult {
  const byCode = new Map(input.subjects.map((s) => [s.code, s]));
  const warnings: string[] = [];
  const items: FixedDefinition[] = [];
  const codes: (string | null)[] = input.fixed.map(() => null);

  for (const code of orderedItemCodes(input.usedItemCodes)) {
    const item = byCode.get(code);
    const className = byCode.get(code.slice(0, 3))?.name;
    const sectionName = byCode.get(code.slice(0, 5))?.name;
    if (!item || className === undefined || sectionName === undefined) {
      warnings.push(`科目${code}在本年度科目编码中找不到（或缺少其类、款），未列入名词解释，请管理员核对科目编码`);
      continue;
    }
    const explanation = item.explanation?.trim();
    if (!explanation) {
      warnings.push(`科目${code} ${item.name}缺少名词解释说明，请管理员在科目编码中补充`);
      continue;
    }
    items.push({ term: itemPathText({ className, sectionName, itemName: item.name }), definition: explanation });
    codes.push(code);
  }

  const numbering = input.numbering ?? "chinese";
  const entries = [...input.fixed, ...items].map((d, i): GlossaryEntry => {
    const ordinal = numbering === "chinese" ? chineseOrdinal(i + 1) : String(i + 1);
    const prefix = numbering === "chinese" ? `${ordinal}、` : `${ordinal}. `;
    return { ordinal, term: d.term, definition: d.definition, code: codes[i], text: `${prefix}${d.term}：${d.definition}` };
  });
  return { entries, warnings };
}
