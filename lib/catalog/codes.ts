import { explanationProblem, nameProblem } from "./text";

/** 功能分类 (function) or 经济分类 (部门预算支出经济分类). Same values as the Prisma enum. */
export type CatalogKind = "FUNCTION" | "ECONOMIC";
export type CatalogLevel = "类" | "款" | "项";

export const CATALOG_KIND_LABEL: Record<CatalogKind, string> = { FUNCTION: "功能分类", ECONOMIC: "经济分类" };

/** The Prisma `SubjectLevel` value for each level (kept here so this module stays Prisma-free). */
export const SUBJECT_LEVEL: Record<CatalogLevel, "CLASS" | "SECTION" | "ITEM"> = {
  类: "CLASS",
  款: "SECTION",
  项: "ITEM",
};

const LEVEL_BY_LENGTH: Record<CatalogKind, ReadonlyMap<number, CatalogLevel>> = {
  FUNCTION: new Map([
    [3, "类"],
    [5, "款"],
    [7, "项"],
  ]),
  ECONOMIC: new Map([
    [3, "类"],
    [5, "款"],
  ]),
};

export interface CatalogEntry {
  code: string;
  name: string;
  explanation?: string;
}

/** An entry as it arrives from an import or a form; `row` is the spreadsheet row, if any. */
export interface CatalogEntryInput {
  code: string;
  name: string;
  explanation?: string | null;
  row?: number;
}

/** A checked entry: trimmed, with its level and parent worked out for storage. */
export interface ValidCatalogEntry extends CatalogEntry {
  level: CatalogLevel;
  parentCode: string | null;
  row?: number;
}

export type LevelResult = { ok: true; level: CatalogLevel } | { ok: false; error: string };

export type CatalogValidation = { ok: true; entries: ValidCatalogEntry[] } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Codes already stored for the same year and kind; they satisfy parent look-ups only. */
  existingCodes?: Iterable<string>;
}

const LENGTH_RULE: Record<CatalogKind, string> = { FUNCTION: "3、5或7", ECONOMIC: "3或5" };

/** The level of a code, or the reason it is not a valid code of this kind. */
export function levelOf(kind: CatalogKind, code: string): LevelResult {
  if (code === "") return { ok: false, error: "科目编码不能为空" };
  if (!/^\d+$/.test(code)) return { ok: false, error: `科目编码“${code}”只能包含数字` };
  const level = LEVEL_BY_LENGTH[kind].get(code.length);
  if (!level) {
    return { ok: false, error: `科目编码“${code}”长度应为${LENGTH_RULE[kind]}位（${CATALOG_KIND_LABEL[kind]}）` };
  }
  return { ok: true, level };
}

/** The code of the level above (款 → first 3 digits, 项 → first 5), or null for a 类 or an invalid code. */
export function parentCodeOf(kind: CatalogKind, code: string): string | null {
  const result = levelOf(kind, code);
  if (!result.ok || result.level === "类") return null;
  return code.slice(0, result.level === "款" ? 3 : 5);
}

/**
 * Checks a whole set of entries (an import, or a year's catalog with one entry added or
 * changed) and returns every problem, each prefixed with the spreadsheet row when known.
 */
export function validateCatalogEntries(
  kind: CatalogKind,
  entries: readonly CatalogEntryInput[],
  options: ValidateOptions = {},
): CatalogValidation {
  const normalized = entries.map((e) => ({
    code: e.code.trim(),
    name: e.name.trim(),
    explanation: (e.explanation ?? "").trim(),
    row: e.row,
  }));
  const codes = new Set<string>([...normalized.map((e) => e.code), ...(options.existingCodes ?? [])]);
  const firstRowOf = new Map<string, number | undefined>();
  const errors: string[] = [];
  const valid: ValidCatalogEntry[] = [];

  for (const entry of normalized) {
    const prefix = entry.row === undefined ? "" : `第${entry.row}行：`;
    const problems: string[] = [];

    const level = levelOf(kind, entry.code);
    let parentCode: string | null = null;
    if (!level.ok) {
      problems.push(level.error);
    } else {
      parentCode = parentCodeOf(kind, entry.code);
      if (parentCode !== null && !codes.has(parentCode)) problems.push(`上级科目“${parentCode}”不存在`);
    }

    if (entry.code !== "") {
      if (firstRowOf.has(entry.code)) {
        const first = firstRowOf.get(entry.code);
        problems.push(`科目编码“${entry.code}”重复${first === undefined ? "" : `（与第${first}行相同）`}`);
      } else {
        firstRowOf.set(entry.code, entry.row);
      }
    }

    const nameIssue = nameProblem(entry.name);
    if (nameIssue) problems.push(nameIssue);
    const explanationIssue = explanationProblem(entry.explanation);
    if (explanationIssue) problems.push(explanationIssue);

    errors.push(...problems.map((p) => prefix + p));
    if (problems.length === 0 && level.ok) {
      valid.push({
        code: entry.code,
        name: entry.name,
        ...(entry.explanation === "" ? {} : { explanation: entry.explanation }),
        level: level.level,
        parentCode,
        ...(entry.row === undefined ? {} : { row: entry.row }),
      });
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries: valid };
}

/** Code order is tree order: a parent's code is a prefix of its children's. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
