import { type CatalogKind, type ValidCatalogEntry, type ValidateOptions, validateCatalogEntries } from "./codes";
import { decodeCsvBytes, parseCsv } from "./csv";
import { rowsToEntries, type SheetRow } from "./table";
import { readFirstSheet } from "./xlsx-read";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** `explanations`: whether the file has a 说明 column (a file without one leaves explanations as they are). */
export type CatalogImportResult = { ok: true; entries: ValidCatalogEntry[]; explanations: boolean } | { ok: false; errors: string[] };

const READ_FAILED = "文件读取失败，请确认文件是 .xlsx 或 .csv 格式后重试";

function fail(...errors: string[]): CatalogImportResult {
  return { ok: false, errors };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot).toLowerCase();
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

async function readRows(extension: string, bytes: Uint8Array): Promise<{ rows: SheetRow[] } | { error: string }> {
  if (extension === ".xlsx") {
    const sheet = await readFirstSheet(bytes);
    return sheet.ok ? { rows: sheet.rows } : { error: sheet.error };
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { error: decoded.error };
  const csv = parseCsv(decoded.text);
  if (!csv.ok) return { error: csv.error };
  return { rows: csv.records.map((cells, i) => ({ row: i + 1, cells })) };
}

/**
 * Reads a catalog spreadsheet (.xlsx or .csv) and checks every row. All or nothing: either
 * every entry, valid, or every problem found, in Chinese. Never throws.
 */
export async function parseCatalogFile(
  fileName: string,
  bytes: Uint8Array,
  kind: CatalogKind,
  options: ValidateOptions = {},
): Promise<CatalogImportResult> {
  try {
    const extension = extensionOf(fileName);
    if (extension === ".xls") return fail("不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv 后再上传");
    if (extension !== ".xlsx" && extension !== ".csv") {
      return fail(
        extension === ""
          ? "无法识别文件类型，请上传 .xlsx 或 .csv 文件"
          : `不支持的文件类型“${extension}”，请上传 .xlsx 或 .csv 文件`,
      );
    }
    if (bytes.byteLength === 0) return fail("文件为空");
    if (bytes.byteLength > MAX_FILE_BYTES) {
      return fail(`文件过大（${megabytes(bytes.byteLength)} MB），上限为 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    }

    const read = await readRows(extension, bytes);
    if ("error" in read) return fail(read.error);
    const table = rowsToEntries(read.rows);
    if (!table.ok) return table;
    const checked = validateCatalogEntries(kind, table.entries, options);
    return checked.ok ? { ...checked, explanations: table.explanations } : checked;
  } catch (e) {
    console.error("parseCatalogFile", e);
    return fail(READ_FAILED);
  }
}
