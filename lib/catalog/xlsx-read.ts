import ExcelJS from "exceljs";
import type { SheetRow } from "./table";
import { inspectZip } from "./zip";

export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; error: string };

// Generous for a 20,000-row catalog with 1,000-character explanations, far below what
// would exhaust memory when exceljs inflates the whole package.
const MAX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;

export const NOT_A_WORKBOOK = "文件不是有效的 Excel（.xlsx）文件，可能已损坏，或只是修改了扩展名";

/** The text a person sees in a cell: numbers without ".0", formulas by their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => cellText(part.text)).join("");
    if ("formula" in v || "sharedFormula" in v) return cellText(v.result);
    if ("hyperlink" in v) return cellText(v.text);
    if (typeof v.error === "string") return v.error;
  }
  return "";
}

/** Reads the first worksheet's non-empty rows, numbered as Excel numbers them, merged cells filled down. */
export async function readFirstSheet(bytes: Uint8Array): Promise<SheetResult> {
  const zip = inspectZip(bytes, MAX_UNCOMPRESSED_BYTES);
  if (!zip.ok) {
    return { ok: false, error: zip.reason === "too-large" ? "文件解压后内容过大，请检查文件是否正确" : NOT_A_WORKBOOK };
  }

  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs's own messages are English internals ("Corrupted zip", stack traces); say what it means.
    return { ok: false, error: NOT_A_WORKBOOK };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: NOT_A_WORKBOOK };

  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell reads as its first cell down a column (a 类 spanning its 款 and 项 rows)
      // but not across (a title or "科目编码" spanning 类/款/项 names only the first column).
      const across = cell.isMerged && cell.master.col !== cell.col;
      cells[column - 1] = across ? "" : cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? "") });
  });
  return { ok: true, rows };
}
