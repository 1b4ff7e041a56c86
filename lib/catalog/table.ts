import type { CatalogEntryInput } from "./codes";

/** One spreadsheet row: `row` as the user sees it (header usually 1), cells left to right. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export type TableResult = { ok: true; entries: CatalogEntryInput[] } | { ok: false; errors: string[] };

export const MAX_DATA_ROWS = 20_000;

const CODE = "科目编码";
const NAME = "科目名称";
const EXPLANATION = "说明";
const REQUIRED: readonly string[] = [CODE, NAME];
// How far down to look for the header, so a title line above it is tolerated.
const HEADER_SEARCH_ROWS = 10;

/** Header text without spaces or a leading "*" (the required-field mark templates use). */
function headerKey(text: string): string {
  return text.replace(/[\s\u3000]/gu, "").replace(/^[*＊]/u, "");
}

/**
 * Codes lose all spaces (Shanghai prints "201 06 01") and full-width digits become ASCII,
 * since both are how people type or paste codes rather than different codes.
 */
function normalizeCode(text: string): string {
  return text.normalize("NFKC").replace(/\s/gu, "");
}

function isBlank(row: SheetRow): boolean {
  return row.cells.every((c) => c.trim() === "");
}

/** Finds the header, checks the columns and turns the rows below it into entries. */
export function rowsToEntries(rows: readonly SheetRow[]): TableResult {
  const filled = rows.filter((r) => !isBlank(r));
  if (filled.length === 0) return { ok: false, errors: ["文件为空"] };

  const candidates = filled.slice(0, HEADER_SEARCH_ROWS);
  const header = candidates.find((r) => r.cells.some((c) => REQUIRED.includes(headerKey(c)))) ?? filled[0];
  const keys = header.cells.map(headerKey);

  const missing = REQUIRED.filter((k) => !keys.includes(k));
  if (missing.length > 0) {
    return { ok: false, errors: [`缺少必需的列：${missing.join("、")}`] };
  }
  const repeated = [CODE, NAME, EXPLANATION].filter((k) => keys.indexOf(k) !== keys.lastIndexOf(k));
  if (repeated.length > 0) return { ok: false, errors: [`表头中的列重复：${repeated.join("、")}`] };

  const data = filled.filter((r) => r.row > header.row);
  if (data.length === 0) return { ok: false, errors: ["文件中只有表头，没有科目数据"] };
  if (data.length > MAX_DATA_ROWS) {
    return { ok: false, errors: [`数据行数过多（${data.length}行），上限为${MAX_DATA_ROWS}行`] };
  }

  const codeAt = keys.indexOf(CODE);
  const nameAt = keys.indexOf(NAME);
  const explanationAt = keys.indexOf(EXPLANATION);
  const entries = data.map((r): CatalogEntryInput => {
    const explanation = explanationAt < 0 ? "" : (r.cells[explanationAt] ?? "").trim();
    return {
      code: normalizeCode(r.cells[codeAt] ?? ""),
      name: (r.cells[nameAt] ?? "").trim(),
      ...(explanation === "" ? {} : { explanation }),
      row: r.row,
    };
  });
  return { ok: true, entries };
}
