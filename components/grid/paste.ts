/**
 * A block copied from Excel or WPS arrives as text: rows separated by newlines, cells by
 * tabs, often with a trailing newline. Quoted cells (Excel quotes cells containing a tab,
 * newline or quote) are unquoted.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += ch;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim()));
}

export interface PastePlan {
  ok: boolean;
  message?: string;
  /** [row index, column index, text] in grid coordinates. */
  cells: [number, number, string][];
}

/** Where a block lands when pasted at (r, c) into a grid of `rows` × `cols` input cells. */
export function planPaste(block: string[][], r: number, c: number, rows: number, cols: number): PastePlan {
  const height = block.length;
  const width = Math.max(0, ...block.map((b) => b.length));
  if (height === 0 || width === 0) return { ok: false, message: "剪贴板中没有可粘贴的内容", cells: [] };
  if (r + height > rows || c + width > cols) {
    return {
      ok: false,
      message: `粘贴的区域（${height} 行 × ${width} 列）超出了表格可填写的范围（从当前单元格起只剩 ${rows - r} 行 × ${cols - c} 列），未粘贴任何内容。请先添加科目行，或从更靠上、靠左的单元格开始粘贴。`,
      cells: [],
    };
  }
  const cells: [number, number, string][] = [];
  block.forEach((line, i) => line.forEach((text, j) => cells.push([r + i, c + j, text])));
  return { ok: true, cells };
}
