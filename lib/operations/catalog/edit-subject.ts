import "server-only";
import { audit } from "@/lib/audit";
import { validateCatalogEntries } from "@/lib/catalog/codes";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import type { SubjectFields } from "./add-subject";
import { lockCatalogYear } from "./catalog-year";

/** Renames a subject or changes its explanation; the code itself never changes. */
export function editSubject(admin: CurrentUser, s: SubjectFields): Promise<void> {
  return inTransaction(async (tx) => {
    await lockCatalogYear(tx, s.year);
    const existing = await tx.subjectCode.findMany({ where: { year: s.year, kind: s.kind }, select: { code: true } });
    const others = existing.map((e) => e.code).filter((c) => c !== s.code);
    const checked = validateCatalogEntries(s.kind, [{ code: s.code, name: s.name, explanation: s.explanation }], { existingCodes: others });
    if (!checked.ok) throw new AppError("INVALID", checked.errors.join("；"));
    const [entry] = checked.entries;
    const updated = await tx.subjectCode.updateMany({
      where: { year: s.year, kind: s.kind, code: s.code },
      data: { name: entry.name, explanation: entry.explanation ?? null },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND", `科目“${s.code}”不存在`);
    await audit(tx, { actorId: admin.id, action: "catalog.updateSubject", detail: { year: s.year, kind: s.kind, code: s.code, name: entry.name } });
  });
}
