"use server";
import { requestSubject, settleSubjectRequest as settle } from "@/lib/operations/catalog/subject-requests";
import { settleRequestSchema, subjectRequestSchema } from "@/lib/validation/subject-request";
import { revalidatePath } from "next/cache";
import { AppError, type ActionResult } from "@/lib/errors";
import { addSubject } from "@/lib/operations/catalog/add-subject";
import { createCatalogYear as createYear, yearExists } from "@/lib/operations/catalog/create-year";
import { deleteSubject as removeSubject } from "@/lib/operations/catalog/delete-subject";
import { editSubject } from "@/lib/operations/catalog/edit-subject";
import { type CatalogFile, type ImportPreview, importCatalog as importFile, previewCatalogImport as previewImport } from "@/lib/operations/catalog/import-catalog";
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

/** The upload form's year, kind and file, checked; a hand-made request may send anything. */
async function catalogFileOf(formData: FormData): Promise<CatalogFile> {
  if (!(formData instanceof FormData)) throw new AppError("INVALID", "请选择要导入的文件");
  const year = parseInput(catalogYearSchema, formData.get("year"));
  const kind = parseInput(catalogKindSchema, formData.get("kind"));
  const file = formData.get("file");
  if (!(file instanceof File) || !file.name) throw new AppError("INVALID", "请选择要导入的文件");
  return { year, kind, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function refused(errors: string[]): ActionResult<never> {
  return { ok: false, code: "INVALID", message: `导入失败，文件中有 ${errors.length} 处问题，未导入任何科目`, errors };
}

/** Reads the file and says what importing it would change (counts per level, against last year); stores nothing. */
export async function previewCatalogImport(formData: FormData): Promise<ActionResult<ImportPreview>> {
  const result = await runAction(async () => previewImport(await requirePermission("catalog:manage"), await catalogFileOf(formData)));
  if (!result.ok) return result;
  return result.data.ok ? { ok: true, data: result.data.preview } : refused(result.data.errors);
}

/** All or nothing: the previewed file's new codes added, changed ones updated and, if asked, left-out ones deleted. */
export async function importCatalog(formData: FormData): Promise<ActionResult<{ added: number; updated: number; removed: number }>> {
  const result = await runAction(async () => {
    const admin = await requirePermission("catalog:manage");
    const file = await catalogFileOf(formData);
    const digest = formData.get("digest");
    if (typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest)) throw new AppError("INVALID", "请先预览文件，确认变化后再导入");
    const outcome = await importFile(admin, { ...file, digest, removeMissing: formData.get("removeMissing") === "on" });
    if (outcome.ok) revalidatePath(PAGE);
    return outcome;
  });
  if (!result.ok) return result;
  const outcome = result.data;
  if (!outcome.ok) return refused(outcome.errors);
  return { ok: true, data: { added: outcome.added, updated: outcome.updated, removed: outcome.removed } };
}

/** Staff ask for a 项 code their year's catalog lacks (lib/operations/catalog/subject-requests.ts). */
export async function requestSubjectCode(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runReportEdit(subjectRequestSchema, input, requestSubject);
}

/** The admin adds a requested code in one step, or refuses it with a reason. */
export async function settleSubjectRequest(input: unknown): Promise<ActionResult<{ settled: number }>> {
  return runOperation("catalog:manage", settleRequestSchema, input, settle, { revalidate: PAGE });
}
