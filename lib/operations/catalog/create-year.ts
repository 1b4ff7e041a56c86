import "server-only";
import { audit } from "@/lib/audit";
import { validateCatalogEntries, type CatalogKind } from "@/lib/catalog/codes";
import { copyCatalogEntries } from "@/lib/catalog/copy";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { insertCatalogEntries } from "./insert-entries";

/** A new catalog year, empty or copied from an earlier year; returns how many codes were copied. */
export function createCatalogYear(admin: CurrentUser, { year, copyFrom }: { year: number; copyFrom: number | null }): Promise<number> {
  return inTransaction(async (tx) => {
    if (await tx.catalogYear.findUnique({ where: { year } })) throw yearExists(year);
    await tx.catalogYear.create({ data: { year, note: copyFrom ? `由 ${copyFrom} 年度复制` : null } });
    let count = 0;
    if (copyFrom) {
      const source = await tx.subjectCode.findMany({ where: { year: copyFrom }, orderBy: { code: "asc" } });
      if (source.length === 0) throw new AppError("INVALID", `${copyFrom} 年度没有可复制的科目`, { copyFrom: "该年度没有科目" });
      for (const kind of ["FUNCTION", "ECONOMIC"] as CatalogKind[]) {
        const entries = copyCatalogEntries(source.filter((s) => s.kind === kind));
        const checked = validateCatalogEntries(kind, entries);
        if (!checked.ok) throw new AppError("INVALID", `复制失败：${checked.errors.slice(0, 3).join("；")}`);
        await insertCatalogEntries(tx, year, kind, checked.entries);
        count += entries.length;
      }
    }
    await audit(tx, { actorId: admin.id, action: "catalog.createYear", detail: { year, copyFrom, copied: count } });
    return count;
  });
}

export const yearExists = (year: number) => new AppError("INVALID", `${year} 年度已存在`, { year: "该年度已存在" });
