import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { SUBJECT_LEVEL, type CatalogKind, type ValidCatalogEntry } from "@/lib/catalog/codes";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Inserts checked entries parents-first (the (year, kind, parentCode) foreign key needs
 * the parent row to exist). Existing codes are left as they are. The seed uses it too.
 */
export async function insertCatalogEntries(client: Client, year: number, kind: CatalogKind, entries: readonly ValidCatalogEntry[]) {
  const byLength = [...entries].sort((a, b) => a.code.length - b.code.length);
  for (const len of [3, 5, 7]) {
    const level = byLength.filter((e) => e.code.length === len);
    if (!level.length) continue;
    await client.subjectCode.createMany({
      data: level.map((e) => ({
        year,
        kind,
        code: e.code,
        name: e.name,
        level: SUBJECT_LEVEL[e.level],
        parentCode: e.parentCode,
        explanation: e.explanation ?? null,
      })),
      skipDuplicates: true,
    });
  }
}
