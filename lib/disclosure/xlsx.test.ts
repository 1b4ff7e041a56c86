import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sortedFigures, TABLE_IDS, transcribedFigures } from "../fixture/samples/figures";
import { tableCsv } from "./csv";
import { SEED_PUBLICATION_META } from "./publication-meta";
import { seedDisclosure } from "./seed-model";
import { neutralizeSpreadsheetText } from "./spreadsheet-text";
import type { TableGrid } from "./table-grid";
import { renderDisclosureXlsx } from "./xlsx";

const { model } = seedDisclosure();
const expectedFigures = transcribedFigures();

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe("the Excel workbook of a published version", async () => {
  const started = performance.now();
  const bytes = await renderDisclosureXlsx(model, SEED_PUBLICATION_META);
  const elapsed = performance.now() - started;
  const book = await readBack(bytes);

  it("has a cover and one sheet per table, in order", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["封面", ...Array.from({ length: 9 }, (_, i) => `公开0${i + 1}表`)]);
    const cover = book.getWorksheet("封面")!;
    const texts: string[] = [];
    cover.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("枣庄市人民政府办公室本级");
    expect(texts).toContain("第1版");
    expect(texts.join(" ")).toContain("已审签");
  });

  it.each(TABLE_IDS)("holds every figure of %s as a number equal to the transcription", (key) => {
    const sheet = book.getWorksheet(`公开${key.slice(1)}表`)!;
    const numbers: bigint[] = [];
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "number") {
          numbers.push(BigInt(Math.round(c.value * 100)));
          expect(c.numFmt).toBe("#,##0.00");
        }
      }),
    );
    // 公开08 prints "本表无数据": no figure at all, in either.
    const expected = expectedFigures[key];
    expect(expected.length > 0 || key === "t08").toBe(true);
    expect(sortedFigures(numbers)).toEqual(sortedFigures(expected));
  });

  it("merges the headers as printed and repeats them on every printed page", () => {
    const t03 = book.getWorksheet("公开03表")!;
    expect(t03.getCell("A3").value).toBe("项目");
    expect(t03.getCell("A3").isMerged).toBe(true);
    expect(t03.getCell("B3").master.address).toBe("A3");
    expect(t03.pageSetup.printTitlesRow).toMatch(/^3:\d+$/);
    expect(book.getWorksheet("公开06表")!.pageSetup.orientation).toBe("landscape");
  });

  it("renders within a second", () => {
    console.log(`Excel of the seed: ${elapsed.toFixed(0)} ms, ${bytes.byteLength} bytes`);
    expect(elapsed).toBeLessThan(3000);
  });
});

const hostileGrid: TableGrid = {
  ...model.tables[2],
  body: [[{ text: "=HYPERLINK(\"http://x\")" }, { text: "+1" }, { text: "-2" }, { text: "@SUM(A1)" }, { text: "\tx" }, { text: "a,\"b\"\nc" }, { text: "", amount: { hundredths: "-123" } }, { text: "" }]],
};

describe("text that a spreadsheet would run", () => {
  it("is neutralised with a leading apostrophe, and nothing else changes", () => {
    expect(["=1", "+1", "-1", "@a", "\tx", "\rx"].map(neutralizeSpreadsheetText)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx"]);
    expect(neutralizeSpreadsheetText("行政运行")).toBe("行政运行");
  });

  it("reads back from the workbook as text, never as a formula", async () => {
    const book = await readBack(await renderDisclosureXlsx({ ...model, tables: [hostileGrid] }, SEED_PUBLICATION_META));
    const sheet = book.getWorksheet(hostileGrid.number)!;
    const row = sheet.getRow(3 + hostileGrid.header.length);
    expect([1, 2, 3, 4, 5].map((c) => row.getCell(c).value)).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(row.getCell(7).value).toBe(-1.23);
    sheet.eachRow((r) => r.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it("is neutralised and quoted in CSV", () => {
    const csv = tableCsv(hostileGrid);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),'\tx,"a,""b""\nc",-1.23,`);
  });
});

describe("a table as CSV", () => {
  const csv = tableCsv(model.tables[2]);
  const lines = csv.slice(1).trimEnd().split("\r\n");

  it("names each column by its header path and 栏次, then one line per printed row", () => {
    expect(lines[0]).toBe("项目/科目编码,项目/科目名称,本年支出合计[1],基本支出[2],项目支出[3],上缴上级支出[4],经营支出[5],对附属单位补助支出[6]");
    expect(lines[1]).toBe("合计,,4299.91,2089.95,2209.95,,,");
    expect(lines).toHaveLength(1 + model.tables[2].body.length);
  });
});
