/**
 * One printed layout per disclosure table: header rows and body rows of cells with their spans,
 * built from the derived table (and so from the template). The web page, the PDF and the Excel
 * file all draw this grid; none of them knows how a 公开表 is laid out.
 */
import { fenToWanHundredths, TABLE_NUMBER_STYLE, type Fen, type NumberStyle } from "../money";
import type {
  DerivedCell,
  DerivedCodedTable,
  DerivedEconomicTable,
  DerivedFixedTable,
  DerivedSingleRowTable,
  DerivedTable,
  RenderColumn,
} from "../tables/report";
import { displayCell } from "../tables/display";
import { headerRows } from "./header-rows";

export interface GridCell {
  /** What is printed. */
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** A header cell (`th`): `col` heads the columns below it, `row` the cells to its right. */
  readonly header?: "col" | "row";
  readonly align?: "left" | "center" | "right";
  /** An amount cell: the printed figure in hundredths of 万元 (null when printed blank). */
  readonly amount?: { readonly hundredths: string | null };
  /** Stable address of an amount cell ("2010301:basic", "in:total:amount"), for tests and links. */
  readonly id?: string;
  readonly bold?: boolean;
  /** A subject code: set in a monospaced face on screen. */
  readonly code?: boolean;
}

export type GridRow = readonly GridCell[];

export interface TableGrid {
  readonly key: string;
  /** "公开01表" */
  readonly number: string;
  readonly title: string;
  readonly unitName: string;
  readonly amountUnit: string;
  /** Columns of the widest row, spans counted. */
  readonly columnCount: number;
  /** Relative widths, one per column (the PDF and Excel size columns from them). */
  readonly columnWidths: readonly number[];
  readonly header: readonly GridRow[];
  readonly body: readonly GridRow[];
  /** The note printed under the table (the "本表无数据" statement when empty). */
  readonly note: string;
  /** Too wide for a portrait A4 page: printed landscape. */
  readonly landscape: boolean;
}

const WIDE_COLUMNS = 8;

/** `style` is the template's table number style (上海 prints no thousands separator). */
export function tableGrid(table: DerivedTable, unitName: string, style: NumberStyle = TABLE_NUMBER_STYLE): TableGrid {
  const shape = gridShape(table, style);
  const columnCount = shape.columnWidths.length;
  return {
    key: table.key,
    number: table.meta.number,
    title: table.meta.title,
    unitName,
    amountUnit: table.meta.amountUnit,
    columnCount,
    note: table.meta.note,
    landscape: columnCount > WIDE_COLUMNS,
    ...shape,
  };
}

type Shape = Pick<TableGrid, "header" | "body" | "columnWidths">;

function gridShape(table: DerivedTable, style: NumberStyle): Shape {
  switch (table.kind) {
    case "coded":
      return codedShape(table, style);
    case "fixed":
      return fixedShape(table, style);
    case "economic":
      return economicShape(table, style);
    case "single":
      return singleShape(table, style);
  }
}

/** The exact amount behind each amount cell built here, kept off the cell so that nothing stored or sent carries it. */
const EXACT = new WeakMap<GridCell, Fen | null>();

/** The exact 分 of an amount cell of a grid built in this process (undefined for any other cell). */
export function exactAmount(cell: GridCell): Fen | null | undefined {
  return EXACT.get(cell);
}

function amountCell(cell: DerivedCell, id: string, style: NumberStyle, bold?: boolean): GridCell {
  const text = displayCell(cell, style);
  const grid: GridCell = {
    text,
    align: "right",
    amount: { hundredths: text === "" || cell.fen === null ? null : fenToWanHundredths(cell.fen).toString() },
    id,
    ...(bold ? { bold } : {}),
  };
  EXACT.set(grid, cell.fen);
  return grid;
}

const blank: GridCell = { text: "" };
const th = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({ text, header: "col", align: "center", ...span });

/** The column headers of a columned table, merged as headerRows says, each row after `lead[i]`. */
function columnHeaderRows(columns: readonly RenderColumn[], lead: readonly GridCell[][] = [], minDepth = 1): GridCell[][] {
  return headerRows(columns, minDepth).map((row, i) => [...(lead[i] ?? []), ...row.map((c) => th(c.label, { colSpan: c.colSpan, rowSpan: c.rowSpan }))]);
}

function numberRow(columns: readonly RenderColumn[], lead: readonly GridCell[]): GridCell[] {
  return [...lead, ...columns.map((c) => th(String(c.number)))];
}

function codedShape(table: DerivedCodedTable, style: NumberStyle): Shape {
  const depth = headerRows(table.columns, 2).length;
  const lead = [[th("项目", { colSpan: 2 })], [th("科目编码", { rowSpan: depth - 1 }), th("科目名称", { rowSpan: depth - 1 })]];
  const header = [...columnHeaderRows(table.columns, lead, 2), numberRow(table.columns, [th("栏次", { colSpan: 2 })])];
  const body = table.rows.map((row) => {
    const bold = row.level === "total" || row.level === "class";
    const lead: GridCell[] =
      row.level === "total"
        ? [{ text: "合计", colSpan: 2, align: "center", header: "row", bold }]
        : [
            { text: row.code ?? "", code: true, header: "row", ...(bold ? { bold } : {}) },
            { text: row.name, ...(bold ? { bold } : {}) },
          ];
    return [...lead, ...row.cells.map((cell, i) => amountCell(cell, `${row.key}:${table.columns[i].key}`, style, bold))];
  });
  return { header, body, columnWidths: [1.1, 2.6, ...table.columns.map(() => 1)] };
}

function fixedShape(table: DerivedFixedTable, style: NumberStyle): Shape {
  const inCols = table.incomeColumns;
  const exCols = table.expenditureColumns;
  // A template that prints no 行次 (上海) has no 行次 column either.
  const numbered = [...table.income, ...table.expenditure].some((l) => l.line !== null);
  const lineHead = (cell: GridCell) => (numbered ? [cell] : []);
  const lead = numbered ? 2 : 1;
  const header: GridCell[][] = [
    [th(table.incomeHeading, { colSpan: lead + inCols.length }), th(table.expenditureHeading, { colSpan: lead + exCols.length })],
    [th("项目"), ...lineHead(th("行次")), ...inCols.map((c) => th(c.header.join(""))), th("项目"), ...lineHead(th("行次")), ...exCols.map((c) => th(c.header.join("")))],
    [th("栏次"), ...lineHead(th("")), ...inCols.map((c) => th(String(c.number))), th("栏次"), ...lineHead(th("")), ...exCols.map((c) => th(String(c.number)))],
  ];
  const half = (line: DerivedFixedTable["income"][number] | undefined, columns: readonly RenderColumn[], side: "in" | "ex"): GridCell[] =>
    line
      ? [
          { text: line.printedLabel, header: "row" },
          ...lineHead({ text: line.line === null ? "" : String(line.line), align: "center" }),
          ...columns.map((c, j) => amountCell(line.cells[j], `${side}:${line.key}:${c.key}`, style)),
        ]
      : [blank, ...lineHead(blank), ...columns.map(() => blank)];
  const n = Math.max(table.income.length, table.expenditure.length);
  const body = Array.from({ length: n }, (_, i) => [...half(table.income[i], inCols, "in"), ...half(table.expenditure[i], exCols, "ex")]);
  const widths = (columns: readonly RenderColumn[]) => [3, ...(numbered ? [0.6] : []), ...columns.map(() => 1.1)];
  return { header, body, columnWidths: [...widths(inCols), ...widths(exCols)] };
}

function economicShape(table: DerivedEconomicTable, style: NumberStyle): Shape {
  // Adjacent blocks with the same heading (公用经费 spans two blocks) share one header cell.
  const headings: { label: string; span: number }[] = [];
  for (const b of table.blocks) {
    const last = headings.at(-1);
    if (last && last.label === b.heading) last.span++;
    else headings.push({ label: b.heading, span: 1 });
  }
  const header: GridCell[][] = [headings.map((h) => th(h.label, { colSpan: h.span * 3 })), table.blocks.flatMap(() => [th("科目编码"), th("科目名称"), th("金额")])];
  const n = Math.max(...table.blocks.map((b) => b.rows.length));
  const body: GridCell[][] = Array.from({ length: n }, (_, i) =>
    table.blocks.flatMap((b): GridCell[] => {
      const r = b.rows[i];
      if (!r) return [blank, blank, blank];
      const bold = r.level === "class";
      return [{ text: r.code, code: true, header: "row", ...(bold ? { bold } : {}) }, { text: r.name, ...(bold ? { bold } : {}) }, amountCell(r.cell, r.code, style)];
    }),
  );
  body.push([
    { text: table.personnelTotal.label, colSpan: 2, align: "center", header: "row", bold: true },
    amountCell(table.personnelTotal.cell, "personnelTotal", style, true),
    { text: table.publicTotal.label, colSpan: table.blocks.length * 3 - 4, align: "center", header: "row", bold: true },
    amountCell(table.publicTotal.cell, "publicTotal", style, true),
  ]);
  return { header, body, columnWidths: table.blocks.flatMap(() => [0.8, 2.2, 1]) };
}

function singleShape(table: DerivedSingleRowTable, style: NumberStyle): Shape {
  if (table.layout === "rows") return stackedShape(table, style);
  const header = [...columnHeaderRows(table.columns), numberRow(table.columns, [])];
  const body = [table.cells.map((cell, i) => amountCell(cell, table.columns[i].key, style))];
  return { header, body, columnWidths: table.columns.map(() => 1) };
}

/** 三公 as a 预算数 row over a 决算数 row (上海): the headers of one group, one row per group. */
function stackedShape(table: DerivedSingleRowTable, style: NumberStyle): Shape {
  const groups = [...new Set(table.columns.map((c) => c.key.split(".")[0]))];
  const first = table.columns.filter((c) => c.key.startsWith(`${groups[0]}.`));
  // Each group's headers start with its own name ("预算数"); the shared rest heads the columns.
  const shared = first.map((c) => ({ ...c, header: c.header.slice(1) }));
  const depth = headerRows(shared).length;
  const header = columnHeaderRows(shared, [[th("项目", { rowSpan: depth })]]);
  const body = groups.map((group) => {
    const indices = table.columns.flatMap((c, i) => (c.key.startsWith(`${group}.`) ? [i] : []));
    const label = table.columns[indices[0]].header[0];
    return [{ text: label, header: "row" as const }, ...indices.map((i) => amountCell(table.cells[i], table.columns[i].key, style))];
  });
  return { header, body, columnWidths: [1.2, ...shared.map(() => 1)] };
}

export interface PlacedCell {
  readonly cell: GridCell;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Where each cell of HTML-style rows lands (a row omits the places a rowSpan from above
 * covers), so the PDF and the Excel file can merge and draw by position.
 */
export function placeCells(rows: readonly GridRow[]): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r}:${c}`)) c++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr}:${c + dc}`);
      placed.push({ cell, row: r, column: c, rowSpan, colSpan });
      c += colSpan;
    }
  });
  return placed;
}
