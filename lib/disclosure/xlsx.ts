/**
 * The Excel workbook of a published version: a cover sheet, then one sheet per table in the
 * official layout, drawn from the tables' grids (lib/disclosure/table-grid.ts): merged headers,
 * the 栏次 row, amounts in 万元 as numbers with two decimals shown, the note under the table.
 */
import ExcelJS from "exceljs";
import type { DisclosureModel } from "./model";
import { coverLines, type PublicationMeta } from "./publication-meta";
import { neutralizeSpreadsheetText } from "./spreadsheet-text";
import { placeCells, type GridCell, type TableGrid } from "./table-grid";

const AMOUNT_FORMAT = "#,##0.00";
const THIN = { style: "thin" as const, color: { argb: "FF666666" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFF1F5F9" } };
/** Title, then the 单位 / 公开0N表 / 金额单位 line, then the table. */
const TABLE_TOP = 3;

export async function renderDisclosureXlsx(model: DisclosureModel, meta: PublicationMeta): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = model.unit.name;
  book.title = model.title;
  book.created = new Date(meta.publishedAt);
  book.modified = new Date(meta.publishedAt);
  addCover(book, model, meta);
  for (const grid of model.tables) addTable(book, grid);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const text = (value: string) => neutralizeSpreadsheetText(value);

function addCover(book: ExcelJS.Workbook, model: DisclosureModel, meta: PublicationMeta) {
  const sheet = book.addWorksheet("封面");
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 70;
  sheet.mergeCells("A1:B1");
  sheet.getCell("A1").value = text(model.title);
  sheet.getCell("A1").font = { size: 16, bold: true };
  const lines: [string, string][] = [...coverLines(model.unit.name, model.year, meta), ["金额单位", "万元"]];
  lines.forEach(([label, value], i) => {
    const row = sheet.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = text(value);
  });
  const listTop = 4 + lines.length;
  sheet.getCell(listTop, 1).value = "表格";
  sheet.getCell(listTop, 1).font = { bold: true };
  model.tables.forEach((grid, i) => {
    sheet.getCell(listTop + i, 2).value = `${grid.number}　${grid.title}`;
  });
}

function addTable(book: ExcelJS.Workbook, grid: TableGrid) {
  const sheet = book.addWorksheet(grid.number, {
    pageSetup: { paperSize: 9, orientation: grid.landscape ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: TABLE_TOP + grid.header.length - 1 }],
  });
  const total = grid.columnWidths.reduce((a, b) => a + b, 0);
  grid.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = Math.max(6, Math.round((w / total) * 14 * grid.columnCount))));

  sheet.mergeCells(1, 1, 1, grid.columnCount);
  sheet.getCell(1, 1).value = text(grid.title);
  sheet.getCell(1, 1).font = { size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
  sheet.getCell(2, 1).value = text(`单位：${grid.unitName}`);
  const middle = Math.max(2, Math.ceil(grid.columnCount / 2));
  sheet.getCell(2, middle).value = grid.number;
  sheet.getCell(2, middle).alignment = { horizontal: "center" };
  sheet.getCell(2, grid.columnCount).value = `金额单位：${grid.amountUnit}`;
  sheet.getCell(2, grid.columnCount).alignment = { horizontal: "right" };

  drawRows(sheet, grid.header, TABLE_TOP, grid.columnCount, true);
  const bodyTop = TABLE_TOP + grid.header.length;
  drawRows(sheet, grid.body, bodyTop, grid.columnCount, false);
  const noteRow = bodyTop + grid.body.length + 1;
  sheet.mergeCells(noteRow, 1, noteRow, grid.columnCount);
  sheet.getCell(noteRow, 1).value = text(grid.note);
  sheet.getCell(noteRow, 1).alignment = { wrapText: true };
  sheet.pageSetup.printTitlesRow = `${TABLE_TOP}:${bodyTop - 1}`;
}

/** Writes HTML-style rows at `top`, merging spans; every place inside the table gets a border. */
function drawRows(sheet: ExcelJS.Worksheet, rows: readonly (readonly GridCell[])[], top: number, columns: number, header: boolean) {
  for (let r = 0; r < rows.length; r++) for (let c = 1; c <= columns; c++) sheet.getCell(top + r, c).border = BORDER;
  for (const placed of placeCells(rows)) {
    const row = top + placed.row;
    const column = 1 + placed.column;
    if (placed.rowSpan > 1 || placed.colSpan > 1) sheet.mergeCells(row, column, row + placed.rowSpan - 1, column + placed.colSpan - 1);
    const cell = sheet.getCell(row, column);
    const { amount } = placed.cell;
    if (amount) {
      // Exact: hundredths are an integer, and a double holds every such value a table prints.
      if (amount.hundredths !== null) cell.value = Number(amount.hundredths) / 100;
      cell.numFmt = AMOUNT_FORMAT;
      cell.alignment = { horizontal: "right", vertical: "middle" };
    } else {
      cell.value = text(placed.cell.text);
      cell.alignment = { horizontal: header || placed.cell.align === "center" ? "center" : "left", vertical: "middle", wrapText: true };
    }
    if (header || placed.cell.bold) cell.font = { bold: true };
    if (header) cell.fill = HEADER_FILL;
  }
}
