/** Reading CSV files as Excel users produce them: UTF-8 (with or without BOM) or GBK/GB18030. */

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };
export type CsvResult = { ok: true; records: string[][] } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes UTF-8 strictly and falls back to GB18030 (a superset of GBK), which is what
 * Excel on Chinese Windows writes when saving "CSV (逗号分隔)".
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: "文件不是文本格式的 CSV 文件" };
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  for (const encoding of hasBom ? ["utf-8"] : ["utf-8", "gb18030"]) {
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(body) };
    } catch {
      // Not valid in this encoding; try the next one.
    }
  }
  return { ok: false, error: "无法识别文件编码，请将文件另存为 UTF-8 编码的 CSV 后再上传" };
}

/**
 * Splits CSV text into records per RFC 4180: comma-separated fields, CRLF/LF/CR record
 * breaks, and double-quoted fields that may hold commas, line breaks and "" for a quote.
 * Record i is spreadsheet row i + 1, as Excel shows it, because quoted line breaks stay
 * inside one record and blank lines still count as rows.
 */
export function parseCsv(text: string): CsvResult {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;

  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === ",") {
      endField();
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
    } else {
      // A stray quote inside an unquoted field is kept as text, as Excel does.
      field += ch;
    }
    i += 1;
  }

  if (quoted) return { ok: false, error: `第${records.length + 1}行：引号未闭合，请检查该行的双引号` };
  // A final line break ends the last record; it does not start an empty one.
  if (field !== "" || record.length > 0) endRecord();
  return { ok: true, records };
}
