"use server";
import { requestSubject, settleSubjectRequest as settle } from "@/lib/operations/catalog/subject-requests";
import { settleRequestSchema, subjectRequestSchema } from "@/lib/validation/subject-request";
import { revalidatePath } from "next/cache";
import { AppError, type ActionResult } from "@/lib/errors";
import { addSubject } from "@/lib/operations/catalog/add-subject";
import { createCatalogYear as createYear, yearExists } from "@/lib/operations/catalog/create-year";
import { deleteSubject as removeSubject } from "@/lib/operations/catalog/delete-subject";
import { editSubject } from "@/lib/operations/catalog/edit-subject";
import { importCatalog as importFile } from "@/lib/operations/catalog/import-catalog";
import { requirePermission, type CurrentUser } from "@/lib/session";
import { catalogKindSchema, catalogYearSchema, newYearSchema, subjectKeySchema, subjectSchema } from "@/lib/validation/catalog";
import { isUniqueViolation, parseInput } from "@/lib/validation/parse";
import { runAction, runOperation, runReportEdit } from "./run-action";

const PAGE = "/admin/catalogs";

export async function createCatalogYear(input: unknown): Promise<ActionResult<{ year: number; copied: number }>> {
  const create = async (admin: CurrentUser, data: { year: number; copyFrom: number | null }) => ({ year: data.year, copied: await createYear(admin, data) });
  return runOperation("catalog:manage", newYearSchema, input, create, {
    revalidate: PAGE,
    // Two admins creating the same year at once: the second fails on the key.
    mapError: (e) => (isUniqueViolation(e) ? yearExists(Number((input as { year?: unknown })?.year)) : e),
  });
}

export async function saveSubject(input: unknown): Promise<ActionResult> {
  return runOperation("catalog:manage", subjectSchema, input, (admin, { editing, ...subject }) => (editing ? editSubject : addSubject)(admin, subject), { revalidate: PAGE });
}

export async function deleteSubject(input: unknown): Promise<ActionResult> {
  return runOperation("catalog:manage", subjectKeySchema, input, removeSubject, { revalidate: PAGE });
}

/** All or nothing: new codes are added and existing ones updated in one transaction, or nothing changes. */
export async function importCatalog(formData: FormData): Promise<ActionResult<{ added: number; updated: number }>> {
  const result = await runAction(async () => {
    const admin = await requirePermission("catalog:manage");
    // A hand-made request may send anything in place of the form.
    if (!(formData instanceof FormData)) throw new AppError("INVALID", "请选择要导入的文件");
    const year = parseInput(catalogYearSchema, formData.get("year"));
    const kind = parseInput(catalogKindSchema, formData.get("kind"));
    const file = formData.get("file");
    if (!(file instanceof File) || !file.name) throw new AppError("INVALID", "请选择要导入的文件");
    const outcome = await importFile(admin, { year, kind, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (outcome.ok) revalidatePath(PAGE);
    return outcome;
  });
  if (!result.ok) return result;
  const outcome = result.data;
  if (!outcome.ok) return { ok: false, code: "INVALID", message: `导入失败，文件中有 ${outcome.errors.length} 处问题，未导入任何科目`, errors: outcome.errors };
  return { ok: true, data: { added: outcome.added, updated: outcome.updated } };
}

/** Staff ask for a 项 code their year's catalog lacks (lib/operations/catalog/subject-requests.ts). */
export async function requestSubjectCode(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runReportEdit(subjectRequestSchema, input, requestSubject);
}

/** The admin adds a requested code in one step, or refuses it with a reason. */
export async function settleSubjectRequest(input: unknown): Promise<ActionResult<{ settled: number }>> {
  return runOperation("catalog:manage", settleRequestSchema, input, settle, { revalidate: PAGE });
}
