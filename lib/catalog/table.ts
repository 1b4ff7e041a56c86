import type { CatalogEntryInput } from "./codes";

/** One spreadsheet row: `row` as the user sees it (header usually 1), cells left to right. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** `explanations`: whether the file has a 说明 column at all (without one, stored explanations stay). */
export type TableResult = { ok: true; entries: CatalogEntryInput[]; explanations: boolean } | { ok: false; errors: string[] };

export const MAX_DATA_ROWS = 20_000;

/*
 * The layouts in which finance bureaus circulate the catalog, all read by one function:
 * - 科目编码 | 科目名称 | 说明 (our export, and most lists);
 * - 类 | 款 | 项 | 科目名称, as the printed 《政府收支分类科目》 and the 决算 tables have it: each row
 *   fills only its own level ("", "01", "" under 201) or repeats the parents (merged cells,
 *   filled down), and a level may also hold the whole code ("20101");
 * - one column with code and name together ("2010101 行政运行", "201 01 01　行政运行").
 * Headers may sit below a title, span two rows (科目编码 over 类/款/项) and repeat on every
 * printed page; names may be indented with spaces.
 */

type Column = "code" | "name" | "combined" | "explanation" | "class" | "section" | "item";

const HEADER_NAMES: Record<Column, readonly string[]> = {
  code: ["科目编码", "编码", "科目代码", "代码", "功能分类科目编码", "经济分类科目编码", "支出功能分类科目编码", "支出经济分类科目编码"],
  name: ["科目名称", "名称", "项目", "功能分类科目名称", "经济分类科目名称", "支出功能分类科目名称", "支出经济分类科目名称"],
  combined: ["科目", "科目编码及名称", "科目编码和名称", "功能分类科目", "经济分类科目", "支出功能分类科目", "部门预算支出经济分类科目"],
  explanation: ["说明", "科目说明", "解释", "名词解释"],
  class: ["类"],
  section: ["款"],
  item: ["项"],
};
const COLUMN_OF = new Map<string, Column>(
  (Object.entries(HEADER_NAMES) as [Column, readonly string[]][]).flatMap(([column, names]) => names.map((n) => [n, column] as const)),
);
// How far down to look for the header, so a title line above it is tolerated.
const HEADER_SEARCH_ROWS = 10;
// Rows of a printed table that are not subjects.
const TOTAL_ROW = /^(合计|总计|小计|本年支出合计|支出合计)$/u;

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

type Columns = Partial<Record<Column, number>>;

/** Which column each recognised header is in; a header spanning two rows reads both. */
function columnsOf(header: SheetRow, above: SheetRow | undefined): { columns: Columns; repeated: string[] } {
  const columns: Columns = {};
  const repeated = new Set<string>();
  const width = Math.max(header.cells.length, above?.cells.length ?? 0);
  for (let i = 0; i < width; i++) {
    const own = COLUMN_OF.get(headerKey(header.cells[i] ?? ""));
    const column = own ?? COLUMN_OF.get(headerKey(above?.cells[i] ?? ""));
    if (!column) continue;
    // "科目编码" merged over 类/款/项 on the row above names none of them.
    if (!own && (column === "code" || column === "combined") && isSplitHeader(header)) continue;
    if (columns[column] !== undefined) repeated.add(HEADER_NAMES[column][0]);
    else columns[column] = i;
  }
  return { columns, repeated: [...repeated] };
}

function isSplitHeader(row: SheetRow): boolean {
  const keys = row.cells.map(headerKey);
  return keys.includes("类") && keys.includes("款");
}

function isHeaderCandidate(row: SheetRow): boolean {
  const keys = row.cells.map(headerKey);
  return isSplitHeader(row) || keys.some((k) => {
    const column = COLUMN_OF.get(k);
    return column === "code" || column === "name" || column === "combined";
  });
}

type Layout = { kind: "code"; code: number; name: number } | { kind: "combined"; at: number } | { kind: "split"; levels: number[]; name: number };

function layoutOf(columns: Columns): Layout | { missing: string } {
  const { code, name, combined, class: cls, section, item } = columns;
  if (cls !== undefined && section !== undefined) {
    if (name === undefined) return { missing: "科目名称" };
    return { kind: "split", levels: item === undefined ? [cls, section] : [cls, section, item], name };
  }
  if (code !== undefined && name !== undefined) return { kind: "code", code, name };
  if (combined !== undefined) return { kind: "combined", at: combined };
  return { missing: code === undefined ? "科目编码" : "科目名称" };
}

const CODE_THEN_NAME = /^([\d\s]*\d)\s*[、.．:：]?\s*(\D.*)?$/u;

/** "2010101 行政运行" → ["2010101", "行政运行"]; a cell without a leading code is all name. */
function splitCombined(text: string): [string, string] {
  const normalized = text.normalize("NFKC").trim();
  const match = CODE_THEN_NAME.exec(normalized);
  if (!match) return ["", text.trim()];
  return [normalizeCode(match[1]), (match[2] ?? "").trim()];
}

const LEVEL_LENGTHS = [3, 5, 7];
const LEVEL_NAMES = ["类", "款", "项"];

/**
 * The code of a 类/款/项 row: the deepest filled level, completed by the filled levels
 * beside it or, when the row fills only its own, by the last 类 and 款 above it.
 */
function splitCode(parts: string[], context: string[]): { code: string } | { error: string } {
  const deepest = parts.findLastIndex((p) => p !== "");
  if (deepest < 0) return { code: "" };
  const own = parts[deepest];
  if (deepest === 0 || own.length === LEVEL_LENGTHS[deepest]) return { code: own };
  const cls = parts[0].length === 3 ? parts[0] : (context[0] ?? "");
  const parent = parts[deepest - 1];
  let prefix: string;
  if (parent.length === LEVEL_LENGTHS[deepest - 1]) prefix = parent;
  else if (parent !== "") prefix = deepest - 1 === 1 && cls !== "" ? cls + parent : "";
  else prefix = context[deepest - 1] ?? "";
  // A 类 filled beside a 项 must be the one the 款 above belongs to.
  if (prefix !== "" && parts[0] !== "" && !prefix.startsWith(parts[0])) prefix = "";
  if (prefix === "") return { error: `${LEVEL_NAMES[deepest]}“${own}”前没有所属的${LEVEL_NAMES[deepest - 1]}` };
  return { code: prefix + own };
}

/** Finds the header, works out the layout and turns the rows below it into entries. */
export function rowsToEntries(rows: readonly SheetRow[]): TableResult {
  const filled = rows.filter((r) => !isBlank(r));
  if (filled.length === 0) return { ok: false, errors: ["文件为空"] };

  let at = filled.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderCandidate);
  // "科目编码" above its 类/款/项: the lower row is the one that places the columns.
  const next = filled[at + 1];
  if (at >= 0 && next && next.row === filled[at].row + 1 && isSplitHeader(next)) at += 1;
  if (at < 0) return { ok: false, errors: ["缺少必需的列：科目编码、科目名称（或“类、款、项”和科目名称）"] };
  const header = filled[at];
  const above = at > 0 && filled[at - 1].row === header.row - 1 ? filled[at - 1] : undefined;
  const { columns, repeated } = columnsOf(header, above);
  if (repeated.length > 0) return { ok: false, errors: [`表头中的列重复：${repeated.join("、")}`] };
  const layout = layoutOf(columns);
  if ("missing" in layout) return { ok: false, errors: [`缺少必需的列：${layout.missing}`] };

  const data = filled.filter((r) => r.row > header.row && !isHeaderCandidate(r));
  if (data.length === 0) return { ok: false, errors: ["文件中只有表头，没有科目数据"] };
  if (data.length > MAX_DATA_ROWS) {
    return { ok: false, errors: [`数据行数过多（${data.length}行），上限为${MAX_DATA_ROWS}行`] };
  }

  const cell = (r: SheetRow, i: number | undefined) => (i === undefined ? "" : (r.cells[i] ?? ""));
  const entries: CatalogEntryInput[] = [];
  const errors: string[] = [];
  const context: string[] = [];
  for (const r of data) {
    let code: string;
    let name: string;
    if (layout.kind === "code") {
      code = normalizeCode(cell(r, layout.code));
      name = cell(r, layout.name).trim();
    } else if (layout.kind === "combined") {
      [code, name] = splitCombined(cell(r, layout.at));
    } else {
      const found = splitCode(layout.levels.map((i) => normalizeCode(cell(r, i))), context);
      if ("error" in found) {
        errors.push(`第${r.row}行：${found.error}`);
        continue;
      }
      code = found.code;
      name = cell(r, layout.name).trim();
      const level = LEVEL_LENGTHS.indexOf(code.length);
      if (level >= 0) context.splice(level, context.length, code);
    }
    if (code === "" && TOTAL_ROW.test(headerKey(name))) continue;
    const explanation = cell(r, columns.explanation).trim();
    entries.push({ code, name, ...(explanation === "" ? {} : { explanation }), row: r.row });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries, explanations: columns.explanation !== undefined };
}
