"use server";
import { revalidatePath } from "next/cache";
import { requireVisibleReport } from "@/lib/data/reports";
import { AppError, type ActionResult } from "@/lib/errors";
import { importPublished, MAX_IMPORT_BYTES, type PublishedImportPreview } from "@/lib/operations/imports/import-published";
import { importWorkbook as importFile, MAX_WORKBOOK_BYTES, workbookReportOf, type WorkbookImportResult } from "@/lib/operations/imports/import-workbook";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import type { JsonValue } from "@/lib/fixture/json";
import { FixtureError, loadFixture, parseFixtureText } from "@/lib/fixture/load";
import { ExportReadError, readExportedWorkbook } from "@/lib/imports/export-xlsx";
import { lastYearFactsFromPublished, lastYearFormEntries } from "@/lib/narrative/last-year";
import { requirePermission, type CurrentUser } from "@/lib/session";
import { runAction } from "./run-action";

/**
 * The file of an import form, after the report is known to be the user's: a report of another unit
 * answers NOT_FOUND before anything about the file is said.
 */
async function uploaded(user: CurrentUser, reportId: unknown, formData: unknown, maxBytes: number) {
  if (!isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const report = await requireVisibleReport(user, reportId);
  // A hand-made request may send anything in place of the form.
  if (!(formData instanceof FormData)) throw new AppError("INVALID", "请选择要导入的文件");
  const file = formData.get("file");
  if (!(file instanceof File) || !file.name || file.size === 0) throw new AppError("INVALID", "请选择要导入的文件");
  if (file.size > maxBytes) throw new AppError("INVALID", `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），上限为 ${maxBytes / 1024 / 1024} MB，未导入`);
  return { report, file, confirm: formData.get("confirm") === "true" };
}

/**
 * A published disclosure from a file: this system's Excel export (a zip: "PK") or the disclosure
 * JSON format (UTF-8), each refused with its reason.
 */
async function publishedDocument(file: File): Promise<JsonValue> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return await readExportedWorkbook(bytes);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AppError("INVALID", "文件既不是本系统导出的决算 Excel，也不是 UTF-8 编码的决算公开数据文件（.json），未导入");
    }
    return parseFixtureText(text);
  } catch (error) {
    if (error instanceof ExportReadError || error instanceof FixtureError) throw new AppError("INVALID", `无法导入：${error.message}`);
    throw error;
  }
}

/**
 * 上年数 from last year's published disclosure file, for a unit whose last year is not in the
 * system: the figures as the form's text, with the source the 情况说明 states. Nothing is stored
 * until staff save the facts form.
 */
export async function readLastYearDisclosure(reportId: unknown, formData: unknown): Promise<ActionResult<{ entries: { path: string; text: string }[] }>> {
  return runAction(async () => {
    const user = await requirePermission("report:edit");
    const { file, report } = await uploaded(user, reportId, formData, MAX_IMPORT_BYTES);
    let loaded;
    try {
      loaded = loadFixture(await publishedDocument(file));
    } catch (error) {
      if (error instanceof FixtureError) throw new AppError("INVALID", `无法读取上年决算：${error.message}`);
      throw error;
    }
    const year = loaded.fixture.year;
    if (year !== report.year - 1) throw new AppError("INVALID", `文件是 ${year} 年度的决算，上年数应取自 ${report.year - 1} 年度的决算`);
    const source = `取自导入的${year}年度已公开决算文件（${loaded.fixture.unit}）`;
    return { entries: lastYearFormEntries(lastYearFactsFromPublished(loaded.view), source) };
  });
}

/** A published disclosure (disclosure JSON) as the report's inputs: a preview, or with confirm the import. */
export async function importPublishedDisclosure(reportId: unknown, formData: unknown): Promise<ActionResult<PublishedImportPreview>> {
  return runAction(async () => {
    const user = await requirePermission("report:edit");
    const { file, confirm, report } = await uploaded(user, reportId, formData, MAX_IMPORT_BYTES);
    const preview = await importPublished(user, { reportId: report.id, document: await publishedDocument(file), confirm });
    if (preview.imported) revalidatePath(`/reports/${report.id}`);
    return preview;
  });
}

/** A filled offline workbook: every cell problem, or the changes it makes, or with confirm the import. */
export async function importWorkbook(reportId: unknown, formData: unknown): Promise<ActionResult<WorkbookImportResult>> {
  return runAction(async () => {
    const user = await requirePermission("report:edit");
    const { file, confirm, report } = await uploaded(user, reportId, formData, MAX_WORKBOOK_BYTES);
    const result = await importFile(user, { target: workbookReportOf(report), bytes: new Uint8Array(await file.arrayBuffer()), confirm });
    if (result.ok && result.imported) revalidatePath(`/reports/${report.id}`);
    return result;
  });
}
