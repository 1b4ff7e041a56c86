import "server-only";
import { audit } from "@/lib/audit";
import { SUBJECT_LEVEL } from "@/lib/catalog/codes";
import { AppError } from "@/lib/errors";
import { inTransaction, type Tx } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { checkSubject, type SubjectFields } from "./checked-subject";

/** One new subject code; its 类/款 parent must already exist in the year's catalog. */
export function addSubject(admin: CurrentUser, s: SubjectFields): Promise<void> {
  return inTransaction((tx) => createSubject(tx, admin, s));
}

/** The same inside the caller's transaction (a unit's request settled in one step). */
export async function createSubject(tx: Tx, admin: CurrentUser, s: SubjectFields): Promise<void> {
  const { entry, exists } = await checkSubject(tx, s);
  if (exists) throw new AppError("INVALID", `科目编码“${s.code}”已存在`, { code: "科目编码已存在" });
  await tx.subjectCode.create({
    data: { year: s.year, kind: s.kind, code: entry.code, name: entry.name, explanation: entry.explanation ?? null, level: SUBJECT_LEVEL[entry.level], parentCode: entry.parentCode },
  });
  await audit(tx, { actorId: admin.id, action: "catalog.createSubject", detail: { year: s.year, kind: s.kind, code: s.code, name: entry.name } });
}
