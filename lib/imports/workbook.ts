/**
 * The offline entry workbook: a report's inputs as an Excel file staff fill in as they do today,
 * one sheet per table in the entry screens' layout (amounts in 元), read back cell by cell.
 *
 * Only inputs are written and read. Where a table has a total of its inputs (本年收入合计, 本年支出
 * 小计), the sheet adds it as a formula column, marked as automatic and ignored on reading. A 填报说明
 * sheet names the report, unit, year and template, so a workbook of another report is refused.
 * Every problem is reported with its sheet, row and column, and nothing is imported unless the
 * whole workbook reads.
 */
import ExcelJS from "exceljs";
import { inspectZip } from "../catalog/zip";
import { cellText } from "../catalog/xlsx-read";
import { formatScaled, parseYuan, type Fen } from "../money";
import { checkInputCell } from "../tables/input-placement";
import {
  AMOUNT_COLUMN,
  emptyInputs,
  FIXED_INPUT_ROWS,
  ITEM_CODE,
  replaceTableInputs,
  tableInputCells,
  THREE_PUBLIC_FIELDS,
  THREE_PUBLIC_ROWS,
  type InputCellValue,
  type ReportInputs,
} from "../tables/inputs";
import type { ReportTemplate, TableKey } from "../tables/types";

export const WORKBOOK_FORMAT = "决算公开离线填报表 v1";
const INFO_SHEET = "填报说明";
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;
/** A workbook of nine small sheets; far larger is not one of ours. */
const MAX_UNCOMPRESSED_BYTES = 30 * 1024 * 1024;

export interface WorkbookReport {
  readonly reportId: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly year: number;
  readonly template: ReportTemplate;
}

interface SheetColumn {
  readonly field: string;
  readonly title: string;
}

interface SheetLayout {
  readonly table: TableKey;
  readonly name: string;
  readonly title: string;
  readonly keyHeader: string;
  readonly labelHeader: string;
  readonly columns: readonly SheetColumn[];
  /** Rows every copy prints (fixed lines, economic items, 预算/决算); coded sheets list the codes in use and take more. */
  readonly fixedRows: readonly { readonly key: string; readonly label: string }[] | null;
  /** Formula columns: a title and the input fields they add. */
  readonly totals: readonly { readonly title: string; readonly fields: readonly string[] }[];
}

const AMOUNT: SheetColumn = { field: AMOUNT_COLUMN, title: "金额（元）" };

/** The sheets of a template, in its printed order. */
export function workbookLayouts(template: ReportTemplate): SheetLayout[] {
  return template.tableOrder.map((table): SheetLayout => {
    const spec = template.tables[table];
    const base = { table, name: spec.number, title: `${spec.number} ${spec.title}（离线填报，金额单位：元）` };
    switch (spec.kind) {
      case "coded": {
        const inputs = spec.columns.flatMap((c) => (c.source.kind === "input" ? [{ field: c.source.field, title: `${c.title}（元）` }] : []));
        const fields = new Set(inputs.map((c) => c.field));
        const totals = spec.columns.flatMap((c) =>
          c.source.kind === "formula" && !c.source.minus?.length && c.source.plus.every((f) => fields.has(f)) ? [{ title: `${c.title}（自动计算）`, fields: c.source.plus }] : [],
        );
        return { ...base, keyHeader: "科目编码（项级，7位）", labelHeader: "科目名称", columns: inputs, fixedRows: null, totals };
      }
      case "fixed":
        return {
          ...base,
          keyHeader: "行",
          labelHeader: "填写项目",
          columns: [AMOUNT],
          fixedRows: Object.entries(FIXED_INPUT_ROWS[spec.key]).map(([key, label]) => ({ key, label })),
          totals: [],
        };
      case "economic":
        return {
          ...base,
          keyHeader: "经济分类科目编码",
          labelHeader: "科目名称",
          columns: [AMOUNT],
          fixedRows: spec.classes.flatMap((c) => c.items.map((i) => ({ key: i.code, label: i.name }))),
          totals: [],
        };
      case "single":
        return {
          ...base,
          keyHeader: "行",
          labelHeader: "项目",
          columns: THREE_PUBLIC_FIELDS.map((field) => ({ field, title: `${spec.columns.find((c) => c.key === `budget.${field}`)?.header.at(-1) ?? field}（元）` })),
          fixedRows: THREE_PUBLIC_ROWS.map((key) => ({ key, label: key === "budget" ? "预算数" : "决算数" })),
          totals: [],
        };
    }
  });
}

const yuanText = (fen: Fen) => formatScaled(fen, 2, { thousands: false, trimZeros: false });
const columnLetter = (n: number) => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

const INFO_ROWS = ["格式", "报表编号", "单位编码", "单位名称", "决算年度", "报表模板"] as const;

/** The workbook for a draft report, prefilled with what is stored. */
export async function buildWorkbook(report: WorkbookReport, inputs: ReportInputs, names: ReadonlyMap<string, string>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "决算公开系统";
  const info = book.addWorksheet(INFO_SHEET);
  info.columns = [{ width: 14 }, { width: 48 }];
  info.addRow(["决算公开离线填报表"]).font = { bold: true, size: 14 };
  const values = [WORKBOOK_FORMAT, report.reportId, report.unitCode, report.unitName, String(report.year), report.template.id];
  INFO_ROWS.forEach((label, i) => info.addRow([label, values[i]]));
  info.addRow([]);
  for (const line of [
    "填写方法：在各表中只填写白色单元格的金额（元，最多两位小数）；灰色“自动计算”栏和类、款汇总行由系统计算，不必填写。",
    "编码表可在最后一行之后继续添加项级科目（7位编码），科目名称可不填，以系统科目为准。",
    "不要修改表名、第2行表头和本页内容；填好后在系统“导入”页上传，系统逐格检查，全部无误并经您确认后才会保存。",
  ]) {
    info.addRow([line]);
  }

  for (const layout of workbookLayouts(report.template)) {
    const sheet = book.addWorksheet(layout.name);
    sheet.addRow([layout.title]).font = { bold: true };
    const header = sheet.addRow([layout.keyHeader, layout.labelHeader, ...layout.columns.map((c) => c.title), ...layout.totals.map((t) => t.title)]);
    header.font = { bold: true };
    sheet.columns = [{ width: 18 }, { width: 36 }, ...layout.columns.map(() => ({ width: 18 })), ...layout.totals.map(() => ({ width: 20 }))];
    sheet.views = [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 2 }];
    const stored = new Map(tableInputCells(inputs, layout.table).map((c) => [`${c.row}|${c.column}`, c.fen]));
    const keys = layout.fixedRows ?? [...new Set(tableInputCells(inputs, layout.table).map((c) => c.row))].sort().map((key) => ({ key, label: names.get(key) ?? "" }));
    keys.forEach(({ key, label }, i) => {
      const rowNumber = FIRST_DATA_ROW + i;
      const amounts = layout.columns.map((c) => {
        const fen = stored.get(`${key}|${c.field}`);
        return fen === undefined ? null : Number(yuanText(fen));
      });
      const formulas = layout.totals.map((t) => ({
        formula: t.fields.map((f) => `${columnLetter(3 + layout.columns.findIndex((c) => c.field === f))}${rowNumber}`).join("+"),
      }));
      const row = sheet.addRow([key, label, ...amounts, ...formulas]);
      row.getCell(1).numFmt = "@";
    });
    for (let c = 0; c < layout.columns.length; c++) sheet.getColumn(3 + c).numFmt = "0.00";
    layout.totals.forEach((_, t) => {
      const column = sheet.getColumn(3 + layout.columns.length + t);
      column.numFmt = "0.00";
      column.eachCell((cell, rowNumber) => {
        if (rowNumber >= HEADER_ROW) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export type WorkbookRead = { ok: true; inputs: ReportInputs; cells: number } | { ok: false; errors: string[] };

export const NOT_OUR_WORKBOOK = "文件不是本系统下载的离线填报表（缺少“填报说明”页或格式标记），请在“导入”页下载离线填报表后填写";

const MAX_ERRORS = 50;

/** Reads a filled workbook back for `report`; every problem is listed, and no inputs come back unless there are none. */
export async function readWorkbook(bytes: Uint8Array, report: WorkbookReport): Promise<WorkbookRead> {
  const zip = inspectZip(bytes, MAX_UNCOMPRESSED_BYTES);
  if (!zip.ok) return { ok: false, errors: [zip.reason === "too-large" ? "文件解压后内容过大，不是离线填报表" : "文件不是有效的 Excel（.xlsx）文件，可能已损坏，或只是修改了扩展名"] };
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, errors: ["文件不是有效的 Excel（.xlsx）文件，可能已损坏，或只是修改了扩展名"] };
  }
  const info = book.getWorksheet(INFO_SHEET);
  const infoValue = (label: (typeof INFO_ROWS)[number]) => cellText(info?.getRow(2 + INFO_ROWS.indexOf(label)).getCell(2).value).trim();
  if (!info || infoValue("格式") !== WORKBOOK_FORMAT) return { ok: false, errors: [NOT_OUR_WORKBOOK] };
  const mismatch: string[] = [];
  if (infoValue("单位编码") !== report.unitCode) mismatch.push(`这是单位「${infoValue("单位名称")}」（${infoValue("单位编码")}）的填报表，不是本单位的`);
  if (infoValue("决算年度") !== String(report.year)) mismatch.push(`这是 ${infoValue("决算年度")} 年度的填报表，本报表为 ${report.year} 年度`);
  if (infoValue("报表模板") !== report.template.id) mismatch.push(`这是报表模板「${infoValue("报表模板")}」的填报表，本报表为「${report.template.id}」`);
  if (mismatch.length === 0 && infoValue("报表编号") !== report.reportId) mismatch.push("这是本单位另一份报表的填报表，请在本报表的“导入”页重新下载");
  if (mismatch.length > 0) return { ok: false, errors: mismatch };

  const errors: string[] = [];
  let inputs = emptyInputs();
  let count = 0;
  for (const layout of workbookLayouts(report.template)) {
    const sheet = book.getWorksheet(layout.name);
    if (!sheet) {
      errors.push(`缺少工作表「${layout.name}」：表格结构被修改，请重新下载离线填报表`);
      continue;
    }
    const expected = [layout.keyHeader, layout.labelHeader, ...layout.columns.map((c) => c.title), ...layout.totals.map((t) => t.title)];
    const header = sheet.getRow(HEADER_ROW);
    const changed = expected.findIndex((title, i) => cellText(header.getCell(i + 1).value).trim() !== title);
    if (changed >= 0) {
      errors.push(`「${layout.name}」第${HEADER_ROW}行第${changed + 1}列应为「${expected[changed]}」，实为「${cellText(header.getCell(changed + 1).value)}」：表格结构被修改，请重新下载离线填报表`);
      continue;
    }
    const cells = readSheet(sheet, layout, report.template, errors);
    count += cells.length;
    inputs = replaceTableInputs(inputs, layout.table, cells);
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`……另有 ${errors.length - MAX_ERRORS} 处问题`);
    return { ok: false, errors: shown };
  }
  return { ok: true, inputs, cells: count };
}

function readSheet(sheet: ExcelJS.Worksheet, layout: SheetLayout, template: ReportTemplate, errors: string[]): InputCellValue[] {
  const cells: InputCellValue[] = [];
  const seen = new Map<string, number>();
  const allowed = layout.fixedRows ? new Set(layout.fixedRows.map((r) => r.key)) : null;
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const at = (column: number, title: string) => `「${layout.name}」第${r}行第${column}列（${title}）`;
    const key = cellText(row.getCell(1).value).trim().replace(/\s+/g, "");
    const amounts = layout.columns.map((c, i) => ({ column: c, cell: row.getCell(3 + i) }));
    const empty = key === "" && amounts.every(({ cell }) => cellText(cell.value).trim() === "");
    if (empty) continue;
    if (key === "") {
      errors.push(`${at(1, layout.keyHeader)}：有金额但没有${layout.keyHeader}`);
      continue;
    }
    if (allowed ? !allowed.has(key) : !ITEM_CODE.test(key)) {
      errors.push(
        allowed
          ? `${at(1, layout.keyHeader)}：「${key}」不是本表的行，请不要修改第1列`
          : /^\d{3}$|^\d{5}$/.test(key)
            ? `${at(1, layout.keyHeader)}：「${key}」是类、款汇总行，由系统计算，请只填项级科目（7位）`
            : `${at(1, layout.keyHeader)}：「${key}」不是7位项级科目编码`,
      );
      continue;
    }
    if (seen.has(key)) {
      errors.push(`${at(1, layout.keyHeader)}：「${key}」与第${seen.get(key)}行重复`);
      continue;
    }
    seen.set(key, r);
    amounts.forEach(({ column, cell }, i) => {
      const where = at(3 + i, column.title);
      const value = cell.value;
      if (value === null || value === undefined || value === "") return;
      if (typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value)) {
        errors.push(`${where}：应填写数字，不能是公式`);
        return;
      }
      let text: string;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) return void errors.push(`${where}：不是有效的数字`);
        // A number cell holds a float: two decimals as Excel shows them, more is an error.
        text = String(value);
        if (/e/i.test(text) || (text.split(".")[1]?.length ?? 0) > 2) return void errors.push(`${where}：「${text}」${"最多两位小数"}`);
      } else if (typeof value === "string" || (typeof value === "object" && value !== null && "richText" in value)) {
        text = cellText(value);
      } else {
        return void errors.push(`${where}：「${cellText(value)}」不是金额`);
      }
      const parsed = parseYuan(text);
      if (!parsed.ok) return void errors.push(`${where}：「${text}」${parsed.message}`);
      if (parsed.fen === null) return;
      const placement = checkInputCell(template, layout.table, key, column.field);
      if (!placement.ok) return void errors.push(`${where}：${placement.message}`);
      cells.push({ row: key, column: column.field, fen: parsed.fen });
    });
  }
  return cells;
}
