/**
 * The PDF of a published version, drawn on the server from the same DisclosureModel as the public
 * page and the Excel file: cover with the publication statements, 目录 with page numbers and links,
 * parts 一 to 五 each starting a page, the nine tables from their grids (wide ones on landscape
 * pages), 图1–图6 as vector drawings, page numbers, and a bookmark per part, table and section.
 * Text is set in Noto Sans SC, embedded (subset) from an npm package, so it is selectable and
 * nothing outside npm is needed (docs/decisions/010-pdf-generation.md).
 */
import { getTemplate } from "../../tables/templates";
import { disclosureParts, membersIntro } from "../parts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { blockText } from "../../narrative/render";
import { chineseOrdinal } from "../../narrative/numerals";
import type { DisclosureModel } from "../model";
import { performanceFlow, type FlowBlock } from "../performance-flow";
import { coverLines, type PublicationMeta } from "../publication-meta";
import type { TableGrid } from "../table-grid";
import { FONT, PageFlow } from "./page-flow";

type Doc = InstanceType<typeof PDFDocument>;
type Outline = Doc["outline"];

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/**
 * The two TTF files of @expo-google-fonts/noto-sans-sc, read once per process. Found under the
 * project's node_modules by a literal path: a bundler rewrites `require.resolve` into a module id,
 * and a literal path lets the build trace exactly these two files.
 */
function fontFiles(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    try {
      fonts = {
        regular: readFileSync(join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf")),
        bold: readFileSync(join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf")),
      };
    } catch {
      throw new Error("找不到生成 PDF 所需的字体文件：请在项目目录运行 npm ci 安装 @expo-google-fonts/noto-sans-sc");
    }
  }
  return fonts;
}

interface TocEntry {
  readonly title: string;
  readonly level: 0 | 1;
  readonly destination: string;
  /** Index of the page it starts on, set while laying out. */
  page: number;
}

export async function renderDisclosurePdf(model: DisclosureModel, meta: PublicationMeta): Promise<Uint8Array> {
  const files = fontFiles();
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: model.title, Author: model.unit.name, Subject: `${model.year}年度决算公开`, CreationDate: new Date(meta.publishedAt), ModDate: new Date(meta.publishedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);

  const flow = new PageFlow(doc);
  const toc: TocEntry[] = [];
  /** Starts a part or item: a bookmark, a link target and a 目录 line. */
  const mark = (title: string, level: 0 | 1, parent: Outline): Outline => {
    const entry: TocEntry = { title, level, destination: `d${toc.length}`, page: doc.bufferedPageRange().count - 1 };
    toc.push(entry);
    doc.addNamedDestination(entry.destination, "XYZ", null, doc.y, null);
    return parent.addItem(title);
  };

  cover(flow, model, meta);
  flow.newPage();
  const tocPage = doc.bufferedPageRange().count - 1;

  flow.newPage();
  const parts = disclosureParts(model);
  mark(parts.overview, 0, doc.outline);
  overview(flow, model);

  flow.newPage(model.tables[0]?.landscape);
  const tablesItem = mark(parts.tables, 0, doc.outline);
  flow.text(parts.tables, { size: 16, bold: true, align: "center", after: 12 });
  model.tables.forEach((grid, i) => {
    if (i > 0) flow.newPage(grid.landscape);
    mark(`${chineseOrdinal(i + 1)}、${grid.title}`, 1, tablesItem);
    table(flow, grid);
  });

  flow.newPage();
  const narrativeItem = mark(parts.narrative, 0, doc.outline);
  narrative(flow, model, (title) => mark(title, 1, narrativeItem));

  flow.newPage();
  mark("第四部分 名词解释", 0, doc.outline);
  flow.text("第四部分 名词解释", { size: 16, bold: true, align: "center", after: 12 });
  for (const entry of model.glossary) flow.paragraph(entry.text);

  flow.newPage();
  mark("第五部分 附件", 0, doc.outline);
  flow.text("第五部分 附件", { size: 16, bold: true, align: "center", after: 12 });
  if (model.performance) drawFlow(flow, performanceFlow(model.performance, model.year, model.unit.name, getTemplate(model.templateId)?.gradeScale));
  else flow.text("（尚未填写项目支出绩效自评）", { align: "center" });

  contents(doc, flow, tocPage, toc);
  pageNumbers(doc);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function cover(flow: PageFlow, model: DisclosureModel, meta: PublicationMeta): void {
  flow.newPage();
  flow.gap(180);
  flow.text(model.title, { size: 24, bold: true, align: "center", after: 60 });
  for (const [label, value] of coverLines(model.unit.name, model.year, meta)) flow.text(`${label}：${value}`, { size: 12, align: "center", after: 6 });
}

/** 目录 on its reserved page, written last, when every part's page is known. */
function contents(doc: Doc, flow: PageFlow, tocPage: number, toc: readonly TocEntry[]): void {
  doc.switchToPage(tocPage);
  doc.y = doc.page.margins.top;
  flow.text("目　录", { size: 18, bold: true, align: "center", after: 14 });
  const size = toc.length > 34 ? 9.5 : 11;
  for (const entry of toc) {
    const indent = entry.level === 0 ? 0 : size * 2;
    const y = doc.y;
    const pageLabel = String(entry.page);
    doc.font(entry.level === 0 ? FONT.bold : FONT.regular).fontSize(size);
    const numberWidth = doc.widthOfString(pageLabel);
    doc.text(entry.title, flow.left + indent, y, { width: flow.width - indent - numberWidth - 12, goTo: entry.destination, lineBreak: false, ellipsis: true });
    doc.text(pageLabel, flow.left, y, { width: flow.width, align: "right", goTo: entry.destination, lineBreak: false });
    doc.y = y + size * 1.9;
  }
}

/** "第 n 页 共 N 页" under every page but the cover. */
function pageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.font(FONT.regular).fontSize(9).fillColor("#333333");
    doc.text(`第 ${i - start} 页　共 ${count - 1} 页`, margins.left, doc.page.height - 36, { width: doc.page.width - margins.left - margins.right, align: "center", lineBreak: false });
    margins.bottom = bottom;
  }
  doc.fillColor("#000000");
}

function overview(flow: PageFlow, model: DisclosureModel): void {
  const parts = disclosureParts(model);
  flow.text(parts.overview, { size: 16, bold: true, align: "center", after: 12 });
  flow.text(parts.duties, { size: 12, bold: true, after: 4 });
  if (model.overview.duties.length === 0) flow.paragraph("（尚未填写）");
  model.overview.duties.forEach((duty, i) => flow.paragraph(`（${chineseOrdinal(i + 1)}）${duty}`));
  flow.gap(8);
  flow.text(parts.organization, { size: 12, bold: true, after: 4 });
  const organization = model.overview.organization.split("\n").filter((p) => p.trim() !== "");
  if (organization.length === 0) flow.paragraph("（尚未填写）");
  for (const p of organization) flow.paragraph(p);
  if (parts.members) {
    flow.gap(8);
    flow.text(parts.members, { size: 12, bold: true, after: 4 });
    flow.paragraph(membersIntro(model));
    (model.members ?? []).forEach((m, i) => flow.paragraph(`${i + 1}. ${m.name}${m.merged ? "（预算不单列，并入本级）" : ""}`));
  }
}

function table(flow: PageFlow, grid: TableGrid): void {
  flow.text(grid.title, { size: 13, bold: true, align: "center", after: 4 });
  const doc = flow.doc;
  const y = doc.y;
  doc.font(FONT.regular).fontSize(8.5);
  doc.text(`单位：${grid.unitName}`, flow.left, y, { width: flow.width, align: "left", lineBreak: false });
  doc.text(grid.number, flow.left, y, { width: flow.width, align: "center", lineBreak: false });
  doc.text(`金额单位：${grid.amountUnit}`, flow.left, y, { width: flow.width, align: "right", lineBreak: false });
  doc.x = flow.left;
  doc.y = y + 14;
  const noteStyle = { size: 8.5 };
  flow.table({
    header: grid.header,
    body: grid.body,
    columnWidths: grid.columnWidths,
    fontSize: grid.columnCount > 12 ? 6.5 : grid.columnCount > 8 ? 7.5 : 8.5,
    // The note stays on the page of the table's last rows.
    keepAfter: grid.note ? flow.textHeight(grid.note, noteStyle) + 4 : 0,
  });
  if (grid.note) {
    flow.gap(4);
    flow.text(grid.note, noteStyle);
  }
}

const CHART_WIDTH = 400;

function narrative(flow: PageFlow, model: DisclosureModel, mark: (title: string) => void): void {
  flow.text(disclosureParts(model).narrative, { size: 16, bold: true, align: "center", after: 12 });
  for (const section of model.sections) {
    flow.keep(60);
    mark(section.tocTitle);
    flow.text(section.title, { size: 12, bold: true, after: 4 });
    for (const block of section.blocks) {
      if (block.kind === "heading") flow.text(block.text, { size: 11, bold: true, after: 2 });
      else if (block.kind === "paragraph") flow.paragraph(blockText(block));
      else {
        const chart = model.charts.find((c) => c.id === block.chart);
        if (chart) figure(flow, chart.svg, chart.title);
        else flow.text(block.caption, { size: 10, align: "center", after: 6 });
      }
    }
    flow.gap(6);
  }
}

function figure(flow: PageFlow, svg: string, title: string): void {
  const size = svgSize(svg);
  const height = (CHART_WIDTH / size.width) * size.height;
  flow.keep(height + 30);
  const doc = flow.doc;
  const x = flow.left + (flow.width - CHART_WIDTH) / 2;
  const top = doc.y;
  // Without its own width and height the drawing fills the given box through its viewBox.
  const scalable = svg.replace(/^<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"/, "<svg$1");
  SVGtoPDF(doc, scalable, x, top, {
    width: CHART_WIDTH,
    height,
    assumePt: false,
    fontCallback: (_family: string, bold: boolean) => (bold ? FONT.bold : FONT.regular),
  });
  // Drawing the SVG's text moves the cursor; the figure's place is known.
  doc.x = flow.left;
  doc.y = top + height + 4;
  flow.text(title, { size: 10, align: "center", after: 8 });
}

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);
  const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 400);
  return { width, height };
}

function drawFlow(flow: PageFlow, blocks: readonly FlowBlock[]): void {
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        if (block.newPage) flow.newPage();
        else flow.gap(8);
        flow.text(block.text, { size: 13, bold: true, align: "center", after: 4 });
        break;
      case "heading":
        flow.text(block.text, { size: 11, bold: true, after: 2 });
        break;
      case "line":
        flow.text(block.text, { size: 9.5, align: block.align, after: 2 });
        break;
      case "paragraph":
        flow.paragraph(block.text);
        break;
      case "grid":
        flow.table({ ...block.grid, fontSize: 8 });
        flow.gap(6);
        break;
    }
  }
}
