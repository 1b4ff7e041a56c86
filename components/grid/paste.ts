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

/** A column of a coded table as the paste sees it: printed order, and whether staff type it. */
export interface PasteColumn {
  readonly key: string;
  readonly title: string;
  readonly input: boolean;
}

export type CodedPastePlan =
  /** Not a block of coded rows: paste it cell by cell from the focused cell. */
  | { readonly kind: "cells" }
  | { readonly kind: "error"; readonly message: string }
  | {
      readonly kind: "rows";
      /** Each 项 row: its code and the text of each input column it fills. */
      readonly rows: readonly { code: string; cells: readonly { column: string; text: string }[] }[];
      /** 合计, 类 and 款 rows of the block: derived here, so not pasted. */
      readonly skipped: number;
      /** Printed 合计 columns that do not equal the sum of the row's pasted inputs. */
      readonly mismatches: readonly string[];
    };

const SUBJECT_CODE = /^\d{3}(\d{2}){0,2}$/;
const TOTAL_LABEL = /^(合\s*计|总\s*计)$/;
const hasDigit = /\d/;

/**
 * A block copied from a table in the official layout — 科目编码, 科目名称 (optional), then the
 * amounts, with or without the printed 合计 columns — lands by its codes, not by the focused cell:
 * each 项 row is found (or added) by its code and its amounts go to the columns they were printed
 * in. 合计, 类 and 款 rows are skipped: the engine derives them. Anything else is pasted cell by cell.
 */
export function planCodedPaste(block: readonly string[][], columns: readonly PasteColumn[], isItem: (code: string) => boolean, parseFen: (text: string) => bigint | null | undefined): CodedPastePlan {
  const lines = block.filter((row) => row.some((c) => c !== ""));
  const codedLines = lines.filter((row) => SUBJECT_CODE.test(row[0]) || TOTAL_LABEL.test(row[0]));
  if (lines.length === 0 || codedLines.length !== lines.length || !lines.some((row) => row[0].length === 7)) return { kind: "cells" };

  const inputs = columns.filter((c) => c.input);
  const rows: { code: string; cells: { column: string; text: string }[] }[] = [];
  const unknown: string[] = [];
  const mismatches: string[] = [];
  let skipped = 0;
  for (const [i, line] of lines.entries()) {
    const code = line[0];
    if (code.length !== 7) {
      skipped++;
      continue;
    }
    if (!isItem(code)) {
      unknown.push(code);
      continue;
    }
    // The name is text without digits; an amount column never is.
    let values = line.slice(1);
    if (values.length > 0 && values[0] !== "" && !hasDigit.test(values[0]) && !/^[-－—–]$/.test(values[0])) values = values.slice(1);
    while (values.length > columns.length && values.at(-1) === "") values = values.slice(0, -1);
    let targets: readonly PasteColumn[];
    if (values.length === columns.length) targets = columns;
    else if (values.length <= inputs.length) targets = inputs.slice(0, values.length);
    else {
      return {
        kind: "error",
        message: `粘贴的第 ${i + 1} 行（${code}）有 ${values.length} 个金额，本表每行应为 ${columns.length} 个（含合计列）或 ${inputs.length} 个（只含填报列），未粘贴任何内容。`,
      };
    }
    const cells = targets.flatMap((column, j) => (column.input ? [{ column: column.key, text: values[j] }] : []));
    if (targets === columns) {
      // A printed 合计 (the first derived column) must equal what the row's inputs add up to.
      const total = columns.findIndex((c) => !c.input);
      const printed = total >= 0 ? parseFen(values[total]) : undefined;
      const sum = cells.reduce((n, c) => n + (parseFen(c.text) ?? 0n), 0n);
      if (printed !== undefined && printed !== null && printed !== sum) mismatches.push(code);
    }
    rows.push({ code, cells });
  }
  if (unknown.length) {
    return { kind: "error", message: `科目编码 ${[...new Set(unknown)].join("、")} 不在本年度的功能分类科目中，未粘贴任何内容。请核对编码，或请系统管理员在科目编码中添加。` };
  }
  return { kind: "rows", rows, skipped, mismatches };
}
