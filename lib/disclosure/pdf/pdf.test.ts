import { describe, expect, it } from "vitest";
import { sortedFigures, TABLE_IDS, transcribedFigures } from "../../fixture/samples/figures";
import { EMPTY_OVERVIEW } from "../../validation/overview";
import type { DisclosureModel } from "../model";
import { SEED_PUBLICATION_META } from "../publication-meta";
import { seedDisclosure } from "../seed-model";
import type { GridCell, TableGrid } from "../table-grid";
import { renderDisclosurePdf } from ".";
import { pdfOutline, pdfPages, pdfTableFigures } from "./text";
import { unsplittableRuns } from "./page-flow";

const { model } = seedDisclosure();
describe("the PDF of a published version", async () => {
  const bytes = await renderDisclosurePdf(model, SEED_PUBLICATION_META);
  const pages = await pdfPages(bytes);

  it("is selectable text in an embedded CJK font, with the unit name and the publication statements", () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(Buffer.from(bytes).toString("latin1")).toContain("NotoSansSC");
    expect(pages[0]).toContain("枣庄市人民政府办公室本级");
    expect(pages[0]).toContain("保密审查情况：已审查（2025年3月12日）");
    expect(pages[0]).toContain("主要负责人审签情况：已审签（2025年3月13日）");
    expect(pages[0]).toContain("公开日期：2025年3月14日");
  });

  it.each(TABLE_IDS)("prints every figure of %s on that table's pages, no more and no fewer", (t) => {
    const expected = transcribedFigures()[t];
    expect(sortedFigures(pdfTableFigures(pages)[t])).toEqual(sortedFigures(expected));
  });

  it("numbers every page but the cover and has a bookmark for each part, table and section", async () => {
    const count = pages.length - 1;
    pages.slice(1).forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页`));
    pages.slice(1).forEach((p) => expect(p).toContain(`共 ${count} 页`));
    const outline = await pdfOutline(bytes);
    expect(outline.filter((t) => !t.includes("/"))).toEqual(["第一部分 单位概况", "第二部分 2024年度单位决算表", "第三部分 2024年度单位决算情况说明", "第四部分 名词解释", "第五部分 附件"]);
    expect(outline).toContain("第二部分 2024年度单位决算表/九、财政拨款“三公”经费支出决算表");
    expect(outline.filter((t) => t.startsWith("第三部分"))).toHaveLength(1 + model.sections.length);
  });

  it("gives the 目录 the page each part starts on", () => {
    const toc = pages[1];
    const start = pages.findIndex((p, i) => i > 1 && p.includes("第三部分 2024年度单位决算情况说明"));
    expect(toc).toMatch(new RegExp(`第三部分 2024年度单位决算情况说明\\s+${start}\\b`));
  });

  it("prints the narrative as generated and the 绩效 attachments", () => {
    const all = pages.join("\n");
    expect(all).toContain("一、收入支出决算总体情况说明");
    expect(all).toContain("图1：收入支出决算变动情况（单位：万元）");
    expect(all).toContain("项目支出绩效自评结果汇总表");
    expect(all).toContain("项目支出绩效评价报告");
  });
});

describe("a long table in the PDF", async () => {
  const t02 = model.tables[1];
  const rows = 120;
  const body: GridCell[][] = Array.from({ length: rows }, (_, i) => [
    { text: `R${i}`, header: "row" },
    { text: `行${i}` },
    ...Array.from({ length: t02.columnCount - 2 }, (_, j): GridCell => ({ text: `${i}${j}.0${j}`, align: "right" })),
  ]);
  const long: TableGrid = { ...t02, body };
  const bytes = await renderDisclosurePdf({ ...model, tables: [model.tables[0], long, ...model.tables.slice(2)] } as DisclosureModel, SEED_PUBLICATION_META);
  const pages = await pdfPages(bytes);
  const onPages = pages.map((p) => new Set(p.split(/\s+/)));
  const longPages = onPages.map((words, n) => [words, n] as const).filter(([words]) => [...words].some((w) => /^R\d+$/.test(w)));

  it("runs over several pages and repeats the column headers on each", () => {
    expect(longPages.length).toBeGreaterThanOrEqual(3);
    for (const [words] of longPages) {
      expect(words.has("科目编码")).toBe(true);
      expect(words.has("栏次")).toBe(true);
    }
  });

  it("never cuts a row: each row's code and every amount are on one page", () => {
    for (let i = 0; i < rows; i++) {
      const page = onPages.findIndex((words) => words.has(`R${i}`));
      expect(page, `R${i}`).toBeGreaterThan(0);
      for (let j = 0; j < t02.columnCount - 2; j++) expect(onPages[page].has(`${i}${j}.0${j}`), `R${i} column ${j}`).toBe(true);
    }
  });
});

describe("a disclosure with nothing filled in", () => {
  it("still renders, saying what is not filled in", async () => {
    const empty: DisclosureModel = { ...model, overview: EMPTY_OVERVIEW, performance: null };
    const text = (await pdfPages(await renderDisclosurePdf(empty, { ...SEED_PUBLICATION_META, versionNumber: 2, correctionNote: "更正了公开05表的数据" }))).join("\n");
    expect(text).toContain("（尚未填写）");
    expect(text).toContain("（尚未填写项目支出绩效自评）");
    expect(text).toContain("第2版（更正版，更正了第1版）");
    expect(text).toContain("更正说明：更正了公开05表的数据");
  });
});

describe("page breaks inside a table", () => {
  const cell = (rowSpan = 1) => ({ cell: { text: "" }, column: 0, colSpan: 1, rowSpan });
  it("fall only between runs of rows that no merged cell crosses", () => {
    const cells = [
      { ...cell(), row: 0 },
      { ...cell(3), row: 1 },
      { ...cell(), row: 4 },
      { ...cell(2), row: 5 },
      { ...cell(), row: 6 },
    ];
    expect(unsplittableRuns(cells, 7)).toEqual([
      [0, 1],
      [1, 4],
      [4, 5],
      [5, 7],
    ]);
  });
});
