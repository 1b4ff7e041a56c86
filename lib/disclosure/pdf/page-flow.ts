/**
 * Text and tables laid out on A4 pages with pdfkit: paragraphs flow onto new pages by themselves;
 * tables are drawn cell by cell from a grid (lib/disclosure/table-grid.ts), their header rows
 * repeated at the top of every page they continue on, and a row — or a run of rows bound by a
 * merged cell — never cut by a page break unless it is taller than a whole page.
 */
import type PDFDocument from "pdfkit";
import { placeCells, type GridRow, type PlacedCell } from "../table-grid";

type Doc = InstanceType<typeof PDFDocument>;

export const FONT = { regular: "NotoSansSC", bold: "NotoSansSC-Bold" } as const;

const MARGINS = { top: 56, bottom: 56, left: 50, right: 50 };
const PAD_X = 2.5;
const PAD_Y = 2;
const HEADER_FILL = "#eef2f6";
const RULE = "#444444";

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly align?: "left" | "center" | "right" | "justify";
  /** First-line indent in points. */
  readonly indent?: number;
  /** Space after, in points. */
  readonly after?: number;
}

export interface TableSpec {
  readonly header: readonly GridRow[];
  readonly body: readonly GridRow[];
  readonly columnWidths: readonly number[];
  readonly fontSize: number;
  /** Height of what must follow the last row on the same page (the table's note). */
  readonly keepAfter?: number;
}

export class PageFlow {
  constructor(readonly doc: Doc) {}

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  private get pageBody(): number {
    return this.doc.page.height - this.doc.page.margins.top - this.doc.page.margins.bottom;
  }

  newPage(landscape = false): void {
    this.doc.addPage({ size: "A4", layout: landscape ? "landscape" : "portrait", margins: MARGINS });
  }

  /** Starts a new page unless `height` still fits on this one. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage(this.doc.page.width > this.doc.page.height);
  }

  private font(style: { size?: number; bold?: boolean }): Doc {
    return this.doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size ?? 11);
  }

  private textOptions(style: TextStyle) {
    return { width: this.width, align: style.align ?? "left", indent: style.indent ?? 0, lineGap: 3 };
  }

  textHeight(text: string, style: TextStyle = {}): number {
    this.font(style);
    return this.doc.heightOfString(text, this.textOptions(style)) + (style.after ?? 0);
  }

  text(text: string, style: TextStyle = {}): void {
    this.font(style);
    const options = this.textOptions(style);
    // A heading or a paragraph's first lines never sit alone at the foot of a page.
    this.keep(Math.min(this.doc.heightOfString(text, options), this.doc.currentLineHeight(true) * 3));
    this.doc.text(text, this.left, this.doc.y, options);
    if (style.after) this.doc.y += style.after;
  }

  /** A paragraph of the official documents: 2 characters' first-line indent. */
  paragraph(text: string, size = 11): void {
    this.text(text, { size, indent: size * 2, align: "justify", after: 2 });
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  table(spec: TableSpec): void {
    const total = spec.columnWidths.reduce((a, b) => a + b, 0);
    const xs = [this.left];
    for (const w of spec.columnWidths) xs.push(xs[xs.length - 1] + (w / total) * this.width);
    const head = placeCells(spec.header);
    const body = placeCells(spec.body);
    const headHeights = this.rowHeights(head, spec.header.length, xs, spec.fontSize);
    const bodyHeights = this.rowHeights(body, spec.body.length, xs, spec.fontSize);
    const headHeight = sum(headHeights);
    const blocks = unsplittableRuns(body, spec.body.length);

    const drawHead = () => {
      this.drawRows(head, headHeights, 0, spec.header.length, xs, spec.fontSize);
    };
    const firstBlock = blocks[0] ? sum(bodyHeights.slice(blocks[0][0], blocks[0][1])) : 0;
    this.keep(headHeight + Math.min(firstBlock, this.pageBody - headHeight));
    drawHead();

    let segmentStart = 0;
    const flushAndBreak = (row: number) => {
      this.drawRows(body, bodyHeights, segmentStart, row, xs, spec.fontSize);
      segmentStart = row;
      this.newPage(this.doc.page.width > this.doc.page.height);
      drawHead();
    };
    let y = this.doc.y;
    for (const [i, [start, end]] of blocks.entries()) {
      const height = sum(bodyHeights.slice(start, end)) + (i === blocks.length - 1 ? (spec.keepAfter ?? 0) : 0);
      if (y + height <= this.bottom) {
        y += height;
        continue;
      }
      if (headHeight + height <= this.pageBody) {
        flushAndBreak(start);
        y = this.doc.y + height;
        continue;
      }
      // Taller than a page: break between its rows, the merged cell drawn again on each page.
      for (let r = start; r < end; r++) {
        if (y + bodyHeights[r] > this.bottom && r > segmentStart) {
          flushAndBreak(r);
          y = this.doc.y;
        }
        y += bodyHeights[r];
      }
    }
    this.drawRows(body, bodyHeights, segmentStart, spec.body.length, xs, spec.fontSize);
  }

  /** Each row tall enough for its cells' wrapped text; a merged cell's extra height goes to its last row. */
  private rowHeights(cells: readonly PlacedCell[], rows: number, xs: readonly number[], size: number): number[] {
    const minimum = size * 1.25 + 2 * PAD_Y;
    const heights = Array.from({ length: rows }, () => minimum);
    const need = (p: PlacedCell) => this.cellTextHeight(p, xs, size) + 2 * PAD_Y;
    for (const p of cells) if (p.rowSpan === 1) heights[p.row] = Math.max(heights[p.row], need(p));
    for (const p of cells) {
      if (p.rowSpan === 1) continue;
      const have = sum(heights.slice(p.row, p.row + p.rowSpan));
      const last = Math.min(p.row + p.rowSpan, rows) - 1;
      if (need(p) > have) heights[last] += need(p) - have;
    }
    return heights;
  }

  private cellTextHeight(p: PlacedCell, xs: readonly number[], size: number): number {
    if (p.cell.text === "") return 0;
    this.font({ size, bold: p.cell.bold || p.cell.header === "col" });
    return this.doc.heightOfString(p.cell.text, { width: cellWidth(p, xs) - 2 * PAD_X, lineGap: 0 });
  }

  /** Draws rows [from, to) at the current position; a merged cell is clipped to those rows. */
  private drawRows(cells: readonly PlacedCell[], heights: readonly number[], from: number, to: number, xs: readonly number[], size: number): void {
    if (to <= from) return;
    const top = this.doc.y;
    const ys = [top];
    for (let r = from; r < to; r++) ys.push(ys[ys.length - 1] + heights[r]);
    const margins = this.doc.page.margins;
    const bottomMargin = margins.bottom;
    // Cells are placed exactly; pdfkit must not start a page of its own while drawing them.
    margins.bottom = 0;
    for (const p of cells) {
      const first = Math.max(p.row, from);
      const last = Math.min(p.row + p.rowSpan, to);
      if (first >= last) continue;
      const x = xs[p.column];
      const w = cellWidth(p, xs);
      const y = ys[first - from];
      const h = ys[last - from] - y;
      const header = p.cell.header === "col";
      if (header) this.doc.rect(x, y, w, h).fillAndStroke(HEADER_FILL, RULE);
      else this.doc.rect(x, y, w, h).stroke(RULE);
      this.doc.fillColor("#000000");
      if (p.cell.text === "") continue;
      const textHeight = this.cellTextHeight(p, xs, size);
      const align = p.cell.align ?? (header ? "center" : "left");
      this.doc.text(p.cell.text, x + PAD_X, y + Math.max(PAD_Y, (h - textHeight) / 2), { width: w - 2 * PAD_X, align, lineGap: 0 });
    }
    margins.bottom = bottomMargin;
    this.doc.x = this.left;
    this.doc.y = ys[ys.length - 1];
  }
}

function cellWidth(p: PlacedCell, xs: readonly number[]): number {
  return xs[Math.min(p.column + p.colSpan, xs.length - 1)] - xs[p.column];
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Runs of body rows [start, end) that no merged cell crosses: a page may break only between them. */
export function unsplittableRuns(cells: readonly PlacedCell[], rows: number): [number, number][] {
  const reach = Array.from({ length: rows }, (_, r) => r + 1);
  for (const p of cells) reach[p.row] = Math.max(reach[p.row], Math.min(p.row + p.rowSpan, rows));
  const runs: [number, number][] = [];
  let start = 0;
  let end = 0;
  for (let r = 0; r < rows; r++) {
    end = Math.max(end, reach[r]);
    if (end === r + 1) {
      runs.push([start, end]);
      start = end;
    }
  }
  return runs;
}
