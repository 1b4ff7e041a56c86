import ExcelJS from "exceljs";
import { CATALOG_KIND_LABEL, type CatalogEntry, type CatalogKind, compareCodes, levelOf } from "./codes";
import { charLength } from "./text";

const INDENT = { 类: 0, 款: 1, 项: 2 } as const;

/**
 * The year's catalog as an .xlsx that `parseCatalogFile` reads back unchanged: header on
 * row 1 (科目编码, 科目名称, 级次, 说明), codes as text so Excel keeps them as typed.
 */
export async function buildCatalogWorkbook(
  kind: CatalogKind,
  year: number,
  entries: readonly CatalogEntry[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "决算公开系统";
  const sheet = workbook.addWorksheet(`${year}年${CATALOG_KIND_LABEL[kind]}科目`, {
    views: [{ state: "frozen", ySplit: 1 }],
  });

  const sorted = [...entries].sort((a, b) => compareCodes(a.code, b.code));
  const longestName = Math.max(8, ...sorted.map((e) => charLength(e.name)));
  sheet.columns = [
    { header: "科目编码", key: "code", width: 12, style: { numFmt: "@" } },
    // CJK characters are about two columns wide; the indent adds a little for 项.
    { header: "科目名称", key: "name", width: Math.min(60, longestName * 2 + 6) },
    { header: "级次", key: "level", width: 6 },
    { header: "说明", key: "explanation", width: 80, style: { alignment: { wrapText: true, vertical: "top" } } },
  ];
  sheet.getRow(1).font = { bold: true };

  for (const entry of sorted) {
    const level = levelOf(kind, entry.code);
    const row = sheet.addRow({
      code: entry.code,
      name: entry.name,
      level: level.ok ? level.level : "",
      explanation: entry.explanation ?? null,
    });
    if (level.ok) row.getCell("name").alignment = { indent: INDENT[level.level] };
  }

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as unknown as ArrayBuffer);
}

/** Stored rows back to plain entries, in the order given (the export asks for code order). */
export function toEntries(rows: readonly { code: string; name: string; explanation: string | null }[]): CatalogEntry[] {
  return rows.map((r) => ({ code: r.code, name: r.name, ...(r.explanation ? { explanation: r.explanation } : {}) }));
}
