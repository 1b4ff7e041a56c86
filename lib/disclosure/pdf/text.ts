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
