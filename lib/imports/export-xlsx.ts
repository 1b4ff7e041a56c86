/**
 * Reading back the Excel file this system publishes (lib/disclosure/xlsx.ts) as a document in the
 * disclosure JSON format, so it can be imported like a transcription: the 封面 gives the unit and
 * year, the sheet names give the template, and every amount is read from the place the template's
 * grid puts it. For the tables whose rows are fixed by the template (01, 04, 06, 09) the places
 * come from drawing the template's empty grid; the coded tables are read row by row (code, name,
 * then one amount per column).
 */
import ExcelJS from "exceljs";
import { inspectZip } from "../catalog/zip";
import { cellText } from "../catalog/xlsx-read";
import { placeCells, tableGrid } from "../disclosure/table-grid";
import { JsonNumber, type JsonValue } from "../fixture/json";
import { deriveReport } from "../tables/derive";
import { expandLines } from "../tables/derive-fixed-lines";
import { emptyInputs } from "../tables/inputs";
import { TEMPLATES } from "../tables/templates";
import { CODED_TABLE_KEYS, type ReportTemplate, type TableKey } from "../tables/types";

/** Title, then the 单位 / 表号 / 金额单位 line, then the table (as lib/disclosure/xlsx.ts draws it). */
const TABLE_TOP = 3;
const MAX_UNCOMPRESSED_BYTES = 30 * 1024 * 1024;

export class ExportReadError extends Error {}

/**
 * An amount cell as the printed token. The export writes hundredths / 100, whose shortest decimal
 * text (String) is exactly the printed figure; it is read as text, never by float arithmetic.
 */
const token = (value: unknown): JsonNumber | null => {
  if (typeof value !== "number") return null;
  const match = /^(-?\d+)(?:\.(\d{1,2}))?$/.exec(String(value));
  if (!match) throw new ExportReadError(`金额「${String(value)}」不是两位小数的万元数：文件不是本系统导出的决算 Excel，或已被修改`);
  return new JsonNumber(`${match[1]}.${(match[2] ?? "").padEnd(2, "0")}`);
};

/** The template whose every table number is a sheet of the workbook. */
function templateOf(book: ExcelJS.Workbook): ReportTemplate {
  const names = new Set(book.worksheets.map((s) => s.name));
  const found = Object.values(TEMPLATES).find((t) => t.tableOrder.every((k) => names.has(t.tables[k].number)));
  if (!found) throw new ExportReadError("文件不是本系统导出的决算公开 Excel 文件：找不到与任何报表模板一致的九张表");
  return found;
}

/** Amount-cell id → its (row, column) on the sheet, for a table whose rows the template fixes. */
function placesOf(template: ReportTemplate, table: TableKey): { header: number; places: Map<string, [number, number]> } {
  const grid = tableGrid(deriveReport(template, new Map(), emptyInputs()).tables[table], "");
  const places = new Map<string, [number, number]>();
  for (const p of placeCells(grid.body)) if (p.cell.id && p.cell.amount) places.set(p.cell.id, [TABLE_TOP + grid.header.length + p.row, 1 + p.column]);
  return { header: grid.header.length, places };
}

export async function readExportedWorkbook(bytes: Uint8Array): Promise<JsonValue> {
  const zip = inspectZip(bytes, MAX_UNCOMPRESSED_BYTES);
  if (!zip.ok) throw new ExportReadError("文件不是有效的 Excel（.xlsx）文件");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ExportReadError("文件不是有效的 Excel（.xlsx）文件");
  }
  const cover = book.getWorksheet("封面");
  const coverValue = (label: string) => {
    let value = "";
    cover?.eachRow((row) => {
      if (cellText(row.getCell(1).value).trim() === label) value = cellText(row.getCell(2).value).trim();
    });
    return value;
  };
  const year = /^(\d{4})年度$/.exec(coverValue("年度"))?.[1];
  const unit = coverValue("单位");
  if (!cover || !year || !unit) throw new ExportReadError("文件不是本系统导出的决算公开 Excel 文件：封面缺少单位或年度");
  const template = templateOf(book);
  const sheet = (table: TableKey) => book.getWorksheet(template.tables[table].number)!;
  const at = (table: TableKey, place: [number, number] | undefined) => (place ? token(sheet(table).getCell(place[0], place[1]).value) : null);

  const document: Record<string, JsonValue> = { unit, level: "unit", year: new JsonNumber(year), template: template.id, amountUnit: "万元" };

  for (const table of ["t01", "t04"] as const) {
    const spec = template.tables[table];
    const { places } = placesOf(template, table);
    const side = (name: "income" | "expenditure", prefix: string) =>
      expandLines(template, spec, name)
        .filter((l) => l.label !== "")
        .map((l): JsonValue => {
          const columns = name === "income" ? [spec.incomeColumn] : spec.expenditureColumns;
          const values = columns.map((c) => at(table, places.get(`${prefix}:${l.key}:${c.key}`)));
          const out: Record<string, JsonValue> = { line: l.line === null ? null : new JsonNumber(String(l.line)), label: l.label };
          if (l.code) out.code = l.code;
          else out.role = l.role ?? "";
          if (columns.length > 1) out.values = values;
          else out.amount = values[0];
          return out;
        });
    document[table] = { income: side("income", "in"), expenditure: side("expenditure", "ex") };
  }

  for (const table of CODED_TABLE_KEYS) {
    const spec = template.tables[table];
    const { header } = placesOf(template, table);
    const ws = sheet(table);
    const rows: JsonValue[] = [];
    for (let r = TABLE_TOP + header; r <= ws.rowCount; r++) {
      const first = cellText(ws.getCell(r, 1).value).trim();
      if (first.startsWith("注") || first === "") break;
      const code = first === "合计" ? "合计" : first.replace(/\s+/g, "");
      const name = code === "合计" ? "合计" : cellText(ws.getCell(r, 2).value).trim();
      rows.push({ code, name, values: spec.columns.map((_, i) => token(ws.getCell(r, 3 + i).value)) });
    }
    document[table] = { columns: spec.columns.map((c) => c.title), rows };
  }

  const t06 = template.tables.t06;
  const { places: economic } = placesOf(template, "t06");
  document.t06 = {
    rows: t06.classes.flatMap((c) => [c, ...c.items]).map((i): JsonValue => ({ code: i.code, name: i.name, amount: at("t06", economic.get(i.code)) })),
    personnelTotal: at("t06", economic.get("personnelTotal")),
    publicTotal: at("t06", economic.get("publicTotal")),
  };

  const t09 = template.tables.t09;
  const { places: three } = placesOf(template, "t09");
  const group = (g: "budget" | "actual") => t09.columns.filter((c) => c.key.startsWith(`${g}.`)).map((c) => at("t09", three.get(c.key)));
  document.t09 = { columns: t09.columns.filter((c) => c.key.startsWith("budget.")).map((c) => c.header.at(-1) ?? c.title), budget: group("budget"), actual: group("actual") };
  return document;
}
