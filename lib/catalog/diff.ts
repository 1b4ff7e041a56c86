import { type CatalogLevel, compareCodes, type ValidCatalogEntry } from "./codes";

/** A code and its name, all an edition comparison looks at. */
export interface CodeName {
  code: string;
  name: string;
}

/** What one edition of a catalog changes against another: the admin reads this before importing. */
export interface CatalogDiff {
  added: CodeName[];
  renamed: { code: string; name: string; was: string }[];
  removed: CodeName[];
}

export type LevelCounts = Record<CatalogLevel, number>;

export function countLevels(entries: readonly ValidCatalogEntry[]): LevelCounts {
  const counts: LevelCounts = { 类: 0, 款: 0, 项: 0 };
  for (const e of entries) counts[e.level] += 1;
  return counts;
}

/** Codes added, renamed and removed from `before` to `after`, each in code order. */
export function diffCatalogs(before: readonly CodeName[], after: readonly CodeName[]): CatalogDiff {
  const was = new Map(before.map((e) => [e.code, e.name]));
  const now = new Set(after.map((e) => e.code));
  const byCode = (a: { code: string }, b: { code: string }) => compareCodes(a.code, b.code);
  const added: CodeName[] = [];
  const renamed: CatalogDiff["renamed"] = [];
  for (const e of after) {
    const previous = was.get(e.code);
    if (previous === undefined) added.push({ code: e.code, name: e.name });
    else if (previous !== e.name) renamed.push({ code: e.code, name: e.name, was: previous });
  }
  const removed = before.filter((e) => !now.has(e.code)).map((e) => ({ code: e.code, name: e.name }));
  return { added: added.sort(byCode), renamed: renamed.sort(byCode), removed: removed.sort(byCode) };
}

/**
 * Which of `missing` (codes of the year the file leaves out) can be deleted: none that a
 * report of the year uses, and no parent of a code that stays.
 */
export function removableCodes(missing: readonly string[], staying: Iterable<string>, inUse: ReadonlySet<string>): string[] {
  const kept = new Set<string>();
  for (const code of [...staying, ...missing.filter((c) => inUse.has(c))]) {
    for (const length of [3, 5, 7]) if (code.length >= length) kept.add(code.slice(0, length));
  }
  return missing.filter((c) => !kept.has(c)).sort(compareCodes);
}
