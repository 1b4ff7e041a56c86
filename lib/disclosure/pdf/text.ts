import { TABLE_IDS } from "../../fixture/samples/figures";

/** The text of a PDF, page by page, as a reader's copy-and-paste gives it (pdf.js): how the tests read a rendered file back. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}

/** The bookmark titles, nested as "parent/child". */
export async function pdfOutline(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  type Item = { title: string; items: Item[] };
  const walk = (items: Item[] | null, prefix: string): string[] => (items ?? []).flatMap((i) => [prefix + i.title, ...walk(i.items, `${prefix}${i.title}/`)]);
  return walk((await doc.getOutline()) as Item[] | null, "");
}

const AMOUNT = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;

/**
 * Every amount printed on each table's pages, in hundredths of 万元: a table's pages run from the
 * one with its number (公开0N表) to the next table's, the last to 第三部分.
 */
export function pdfTableFigures(pages: readonly string[]): Record<(typeof TABLE_IDS)[number], bigint[]> {
  const starts = TABLE_IDS.map((t) => pages.findIndex((p) => p.includes(`公开${t.slice(1)}表`)));
  const narrative = pages.findIndex((p, i) => i > starts[8] && p.includes("第三部分"));
  const amounts = (range: readonly string[]) =>
    range
      .flatMap((p) => p.split(/\s+/))
      .filter((t) => AMOUNT.test(t))
      .map((t) => BigInt(t.replace(/[,.]/g, "")));
  return Object.fromEntries(TABLE_IDS.map((t, i) => [t, amounts(pages.slice(starts[i], i < 8 ? starts[i + 1] : narrative))])) as Record<(typeof TABLE_IDS)[number], bigint[]>;
}
