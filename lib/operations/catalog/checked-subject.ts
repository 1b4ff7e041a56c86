import "server-only";
import { validateCatalogEntries, type CatalogKind, type ValidCatalogEntry } from "@/lib/catalog/codes";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";
import { lockCatalogYear } from "./year-lock";

export interface SubjectFields {
  year: number;
  kind: CatalogKind;
  code: string;
  name: string;
  explanation: string;
}

/**
 * What adding and editing a subject share: under the year's lock, the entry checked against the
 * year's other codes (its parent must exist), and whether the code is already there.
 */
export async function checkSubject(tx: Tx, s: SubjectFields): Promise<{ entry: ValidCatalogEntry; exists: boolean }> {
  await lockCatalogYear(tx, s.year);
  const existing = await tx.subjectCode.findMany({ where: { year: s.year, kind: s.kind }, select: { code: true } });
  const others = existing.map((e) => e.code).filter((c) => c !== s.code);
  const checked = validateCatalogEntries(s.kind, [{ code: s.code, name: s.name, explanation: s.explanation }], { existingCodes: others });
  if (!checked.ok) throw new AppError("INVALID", checked.errors.join("；"));
  return { entry: checked.entries[0], exists: others.length !== existing.length };
}
