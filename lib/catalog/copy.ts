import { type CatalogEntry, compareCodes } from "./codes";

/** What a stored subject looks like to this helper; ids, years and levels are ignored. */
export interface StoredCatalogEntry {
  code: string;
  name: string;
  explanation?: string | null;
}

/**
 * Last year's catalog as the starting point for a new year: the same codes, names and
 * explanations, in code order, with nothing that belongs to the old year's rows.
 */
export function copyCatalogEntries(lastYear: readonly StoredCatalogEntry[]): CatalogEntry[] {
  return [...lastYear]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((e) => ({ code: e.code, name: e.name, ...(e.explanation ? { explanation: e.explanation } : {}) }));
}
