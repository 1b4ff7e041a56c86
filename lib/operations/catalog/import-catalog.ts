import "server-only";
import { audit } from "@/lib/audit";
import type { CatalogKind } from "@/lib/catalog/codes";
import { parseCatalogFile } from "@/lib/catalog/import";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { lockCatalogYear } from "./year-lock";
import { insertCatalogEntries } from "./insert-entries";

export type ImportOutcome = { ok: true; added: number; updated: number } | { ok: false; errors: string[] };

/**
 * All or nothing: new codes are added and existing ones updated in one transaction, or nothing
 * changes. The file is parsed against the codes as they are under the year's lock, so a code
 * added meanwhile is updated rather than inserted twice.
 */
export function importCatalog(admin: CurrentUser, { year, kind, fileName, bytes }: { year: number; kind: CatalogKind; fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
  return db.$transaction(
    async (tx) => {
      await lockCatalogYear(tx, year);
      const existing = await tx.subjectCode.findMany({ where: { year, kind }, select: { code: true } });
      const existingCodes = new Set(existing.map((e) => e.code));
      const parsed = await parseCatalogFile(fileName, bytes, kind, { existingCodes });
      if (!parsed.ok) return { ok: false, errors: parsed.errors } as const;
      const toUpdate = parsed.entries.filter((e) => existingCodes.has(e.code));
      const toAdd = parsed.entries.filter((e) => !existingCodes.has(e.code));
      await insertCatalogEntries(tx, year, kind, toAdd);
      for (const e of toUpdate) {
        await tx.subjectCode.update({ where: { year_kind_code: { year, kind, code: e.code } }, data: { name: e.name, explanation: e.explanation ?? null } });
      }
      await audit(tx, { actorId: admin.id, action: "catalog.import", detail: { year, kind, file: fileName, added: toAdd.length, updated: toUpdate.length } });
      return { ok: true, added: toAdd.length, updated: toUpdate.length } as const;
    },
    // A whole year's catalog is thousands of rows.
    { maxWait: 10_000, timeout: 60_000 },
  );
}
