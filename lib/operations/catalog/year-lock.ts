import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";

/**
 * Catalog edits need the year to exist. Years are never deleted, but the year row is locked
 * anyway so that an edit and a concurrent import of the same year take turns.
 */
export async function lockCatalogYear(tx: Tx, year: number): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "CatalogYear" WHERE year = ${year} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", `${year} 年度的科目编码尚未建立`);
}
