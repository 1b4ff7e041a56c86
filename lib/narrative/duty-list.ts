/**
 * 单位职责 pasted from Word or a web page arrive as one block: one duty a line, each with its own
 * numbering — （一） (1) 一、 1. 1、 ① — which the published 单位概况 writes itself. This splits such
 * a block into duties and takes the numbering off, so a list is entered in one paste.
 */
const NUMBERING = new RegExp(
  [
    String.raw`^[（(]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]`, // （一） (1)
    String.raw`^[一二三四五六七八九十百]+\s*[、.．]`, // 一、
    String.raw`^\d{1,3}\s*(?:[、．)）]|\.(?!\d))`, // 1、 1. 1) — not 1.5
    String.raw`^[①-⑳]`,
    String.raw`^第[一二三四五六七八九十百\d]+[条项][、：:，,\s]?`, // 第一条
  ].join("|"),
);

/** One duty without its numbering and surrounding spaces. */
export function stripDutyNumbering(text: string): string {
  return text.trim().replace(NUMBERING, "").trim();
}

/** The duties a pasted block holds, one a line, numbering removed, blank lines dropped. */
export function splitPastedDuties(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(stripDutyNumbering)
    .filter((line) => line !== "");
}
