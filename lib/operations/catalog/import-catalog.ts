import "server-only";
import { createHash } from "node:crypto";
import { audit } from "@/lib/audit";
import type { CatalogKind, ValidCatalogEntry } from "@/lib/catalog/codes";
import { type CatalogDiff, type CodeName, countLevels, diffCatalogs, type LevelCounts, removableCodes } from "@/lib/catalog/diff";
import { parseCatalogFile } from "@/lib/catalog/import";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { lockCatalogYear } from "./year-lock";
import { insertCatalogEntries } from "./insert-entries";

export interface CatalogFile {
  year: number;
  kind: CatalogKind;
  fileName: string;
  bytes: Uint8Array;
}

/** Reports of a year that use a code (功能分类 only: 经济分类 rows are fixed by the template). */
export interface CodeUse {
  code: string;
  name: string;
  year: number;
  units: number;
  /** Up to three of those units, by name. */
  examples: string[];
}

/** What an import would do, shown before anything is stored. Lists are cut at LIST_LIMIT. */
export interface ImportPreview {
  digest: string;
  total: number;
  levels: LevelCounts;
  /** The edition compared against: the previous year's catalog, when there is one. */
  previousYear: number | null;
  changes: CatalogDiff | null;
  changeCounts: { added: number; renamed: number; removed: number } | null;
  /** Removed since the previous year, yet used by reports of that year or this one. */
  removedInUse: CodeUse[];
  /** Against what this year holds now. */
  add: number;
  update: number;
  unchanged: number;
  /** This year's codes the file leaves out; `removable` of them can be deleted on import. */
  missing: number;
  removable: number;
  missingInUse: CodeUse[];
}

export type ImportOutcome = { ok: true; added: number; updated: number; removed: number } | { ok: false; errors: string[] };
export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; errors: string[] };

const LIST_LIMIT = 300;
// A whole year's catalog is thousands of rows.
const LONG_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function entriesOf(tx: Tx, year: number, kind: CatalogKind): Promise<{ code: string; name: string; explanation: string | null }[]> {
  return tx.subjectCode.findMany({ where: { year, kind }, select: { code: true, name: true, explanation: true }, orderBy: { code: "asc" } });
}

/** For each code and year, how many units' reports use it (usedCodes holds each code with its parents). */
async function usesOf(tx: Tx, kind: CatalogKind, codes: CodeName[], years: number[]): Promise<CodeUse[]> {
  if (kind !== "FUNCTION" || codes.length === 0) return [];
  const rows = await tx.$queryRaw<{ code: string; year: number; units: number; examples: string[] }[]>`
    SELECT c.code, r.year, count(DISTINCT r."unitId")::int AS units,
           (array_agg(DISTINCT u.name ORDER BY u.name))[1:3] AS examples
      FROM "ReportTable" t
      JOIN "Report" r ON r.id = t."reportId"
      JOIN "Unit" u ON u.id = r."unitId"
      CROSS JOIN LATERAL unnest(t."usedCodes") AS c(code)
     WHERE r.year = ANY(${years}::int[])
       AND t."usedCodes" && ${codes.map((c) => c.code)}::text[]
       AND c.code = ANY(${codes.map((c) => c.code)}::text[])
     GROUP BY c.code, r.year
     ORDER BY c.code, r.year`;
  const names = new Map(codes.map((c) => [c.code, c.name]));
  return rows.map((r) => ({ ...r, name: names.get(r.code) ?? "" }));
}

interface Plan {
  entries: ValidCatalogEntry[];
  toAdd: ValidCatalogEntry[];
  toUpdate: ValidCatalogEntry[];
  unchanged: number;
  missing: CodeName[];
  missingInUse: CodeUse[];
  removable: string[];
}

/** Parses the file against the year as it is (under its lock) and works out every change. */
async function plan(tx: Tx, { year, kind, fileName, bytes }: CatalogFile): Promise<Plan | { errors: string[] }> {
  await lockCatalogYear(tx, year);
  const existing = await entriesOf(tx, year, kind);
  const parsed = await parseCatalogFile(fileName, bytes, kind, { existingCodes: existing.map((e) => e.code) });
  if (!parsed.ok) return { errors: parsed.errors };
  const stored = new Map(existing.map((e) => [e.code, e]));
  const inFile = new Set(parsed.entries.map((e) => e.code));
  // A file without a 说明 column changes names only; one with it also sets (or clears) each 说明.
  const explanationOf = (e: ValidCatalogEntry) => (parsed.explanations ? (e.explanation ?? null) : (stored.get(e.code)?.explanation ?? null));
  const entries = parsed.entries.map((e) => ({ ...e, explanation: explanationOf(e) ?? undefined }));
  const toAdd = entries.filter((e) => !stored.has(e.code));
  const toUpdate = entries.filter((e) => {
    const s = stored.get(e.code);
    return s !== undefined && (s.name !== e.name || (s.explanation ?? null) !== (e.explanation ?? null));
  });
  const missing = existing.filter((e) => !inFile.has(e.code));
  const missingInUse = await usesOf(tx, kind, missing, [year]);
  const removable = removableCodes(missing.map((e) => e.code), inFile, new Set(missingInUse.map((u) => u.code)));
  const unchanged = entries.length - toAdd.length - toUpdate.length;
  return { entries, toAdd, toUpdate, unchanged, missing, missingInUse, removable };
}

/** What importing the file would change; stores nothing. */
export function previewCatalogImport(_admin: CurrentUser, file: CatalogFile): Promise<PreviewOutcome> {
  return db.$transaction(async (tx) => {
    const planned = await plan(tx, file);
    if ("errors" in planned) return { ok: false, errors: planned.errors } as const;
    const previousYear = file.year - 1;
    const previous = await entriesOf(tx, previousYear, file.kind);
    const changes = previous.length > 0 ? diffCatalogs(previous, planned.entries) : null;
    const removedInUse = changes ? await usesOf(tx, file.kind, changes.removed, [previousYear, file.year]) : [];
    const cut = (d: CatalogDiff): CatalogDiff => ({ added: d.added.slice(0, LIST_LIMIT), renamed: d.renamed.slice(0, LIST_LIMIT), removed: d.removed.slice(0, LIST_LIMIT) });
    const preview: ImportPreview = {
      digest: digestOf(file.bytes),
      total: planned.entries.length,
      levels: countLevels(planned.entries),
      previousYear: changes ? previousYear : null,
      changes: changes && cut(changes),
      changeCounts: changes && { added: changes.added.length, renamed: changes.renamed.length, removed: changes.removed.length },
      removedInUse: removedInUse.slice(0, LIST_LIMIT),
      add: planned.toAdd.length,
      update: planned.toUpdate.length,
      unchanged: planned.unchanged,
      missing: planned.missing.length,
      removable: planned.removable.length,
      missingInUse: planned.missingInUse.slice(0, LIST_LIMIT),
    };
    return { ok: true, preview } as const;
  }, LONG_TRANSACTION);
}

/** Deepest codes first: a parent row may go only once its children have. */
async function deleteCodes(tx: Tx, year: number, kind: CatalogKind, codes: string[]): Promise<void> {
  for (const length of [7, 5, 3]) {
    const level = codes.filter((c) => c.length === length);
    if (level.length > 0) await tx.subjectCode.deleteMany({ where: { year, kind, code: { in: level } } });
  }
}

/**
 * All or nothing: new codes are added, changed ones updated and, when asked, codes the file
 * leaves out deleted (except those reports of the year use, and their parents), in one
 * transaction. `digest` is the previewed file's: a different file is refused, not imported.
 */
export function importCatalog(admin: CurrentUser, file: CatalogFile & { digest: string; removeMissing: boolean }): Promise<ImportOutcome> {
  return db.$transaction(async (tx) => {
    if (digestOf(file.bytes) !== file.digest) throw new AppError("CONFLICT", "文件与预览时不一致，请重新选择文件并预览");
    const planned = await plan(tx, file);
    if ("errors" in planned) return { ok: false, errors: planned.errors } as const;
    await insertCatalogEntries(tx, file.year, file.kind, planned.toAdd);
    for (const e of planned.toUpdate) {
      await tx.subjectCode.update({
        where: { year_kind_code: { year: file.year, kind: file.kind, code: e.code } },
        data: { name: e.name, explanation: e.explanation ?? null },
      });
    }
    const removed = file.removeMissing ? planned.removable : [];
    await deleteCodes(tx, file.year, file.kind, removed);
    const counts = { added: planned.toAdd.length, updated: planned.toUpdate.length, removed: removed.length };
    await audit(tx, { actorId: admin.id, action: "catalog.import", detail: { year: file.year, kind: file.kind, file: file.fileName, ...counts, ...(removed.length > 0 ? { removedCodes: removed.slice(0, LIST_LIMIT) } : {}) } });
    return { ok: true, ...counts } as const;
  }, LONG_TRANSACTION);
}
