import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { checkSubject, type SubjectFields } from "./checked-subject";

/** Renames a subject or changes its explanation; the code itself never changes. */
export function editSubject(admin: CurrentUser, s: SubjectFields): Promise<void> {
  return inTransaction(async (tx) => {
    const { entry, exists } = await checkSubject(tx, s);
    if (!exists) throw new AppError("NOT_FOUND", `科目“${s.code}”不存在`);
    await tx.subjectCode.update({
      where: { year_kind_code: { year: s.year, kind: s.kind, code: s.code } },
      data: { name: entry.name, explanation: entry.explanation ?? null },
    });
    await audit(tx, { actorId: admin.id, action: "catalog.updateSubject", detail: { year: s.year, kind: s.kind, code: s.code, name: entry.name } });
  });
}
