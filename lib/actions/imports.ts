"use server";
import { revalidatePath } from "next/cache";
import { requireVisibleReport } from "@/lib/data/reports";
import { AppError, type ActionResult } from "@/lib/errors";
import { importPublished, MAX_IMPORT_BYTES, type PublishedImportPreview } from "@/lib/operations/imports/import-published";
import { importWorkbook as importFile, MAX_WORKBOOK_BYTES, type WorkbookImportResult } from "@/lib/operations/imports/import-workbook";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import { requirePermission, type CurrentUser } from "@/lib/session";
import { runAction } from "./run-action";

/**
 * The file of an import form, after the report is known to be the user's: a report of another unit
 * answers NOT_FOUND before anything about the file is said.
 */
async function uploaded(user: CurrentUser, reportId: unknown, formData: unknown, maxBytes: number): Promise<{ reportId: string; file: File; confirm: boolean }> {
  if (!isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  await requireVisibleReport(user, reportId);
  // A hand-made request may send anything in place of the form.
  if (!(formData instanceof FormData)) throw new AppError("INVALID", "请选择要导入的文件");
  const file = formData.get("file");
  if (!(file instanceof File) || !file.name || file.size === 0) throw new AppError("INVALID", "请选择要导入的文件");
  if (file.size > maxBytes) throw new AppError("INVALID", `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），上限为 ${maxBytes / 1024 / 1024} MB，未导入`);
  return { reportId, file, confirm: formData.get("confirm") === "true" };
}

/** A published disclosure (disclosure JSON) as the report's inputs: a preview, or with confirm the import. */
export async function importPublishedDisclosure(reportId: unknown, formData: unknown): Promise<ActionResult<PublishedImportPreview>> {
  return runAction(async () => {
    const user = await requirePermission("report:edit");
    const { file, confirm, reportId: id } = await uploaded(user, reportId, formData, MAX_IMPORT_BYTES);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      throw new AppError("INVALID", "文件不是 UTF-8 编码的决算公开数据文件（.json），未导入");
    }
    const preview = await importPublished(user, { reportId: id, text, confirm });
    if (preview.imported) revalidatePath(`/reports/${id}`);
    return preview;
  });
}

/** A filled offline workbook: every cell problem, or the changes it makes, or with confirm the import. */
export async function importWorkbook(reportId: unknown, formData: unknown): Promise<ActionResult<WorkbookImportResult>> {
  return runAction(async () => {
    const user = await requirePermission("report:edit");
    const { file, confirm, reportId: id } = await uploaded(user, reportId, formData, MAX_WORKBOOK_BYTES);
    const result = await importFile(user, { reportId: id, bytes: new Uint8Array(await file.arrayBuffer()), confirm });
    if (result.ok && result.imported) revalidatePath(`/reports/${id}`);
    return result;
  });
}
