import "server-only";
import { audit } from "@/lib/audit";
import { SUBJECT_LEVEL, validateCatalogEntries, type CatalogKind } from "@/lib/catalog/codes";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { lockCatalogYear } from "./catalog-year";

export interface SubjectFields {
  year: number;
  kind: CatalogKind;
  code: string;
  name: string;
  explanation: string;
}

/** One new subject code; its 类/款 parent must already exist in the year's catalog. */
export function addSubject(admin: CurrentUser, s: SubjectFields): Promise<void> {
  return inTransaction(async (tx) => {
    await lockCatalogYear(tx, s.year);
    const existing = await tx.subjectCode.findMany({ where: { year: s.year, kind: s.kind }, select: { code: true } });
    const others = existing.map((e) => e.code).filter((c) => c !== s.code);
    const checked = validateCatalogEntries(s.kind, [{ code: s.code, name: s.name, explanation: s.explanation }], { existingCodes: others });
    if (!checked.ok) throw new AppError("INVALID", checked.errors.join("；"));
    if (others.length !== existing.length) throw new AppError("INVALID", `科目编码“${s.code}”已存在`, { code: "科目编码已存在" });
    const [entry] = checked.entries;
    await tx.subjectCode.create({
      data: { year: s.year, kind: s.kind, code: entry.code, name: entry.name, explanation: entry.explanation ?? null, level: SUBJECT_LEVEL[entry.level], parentCode: entry.parentCode },
    });
    await audit(tx, { actorId: admin.id, action: "catalog.createSubject", detail: { year: s.year, kind: s.kind, code: s.code, name: entry.name } });
  });
}
