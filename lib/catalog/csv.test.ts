import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCsv } from "./csv";

// "科目编码,科目名称,说明\r\n201,一般公共服务支出,\r\n20101,人大事务,"反映人大事务，含“代表”工作"\r\n" in GBK,
// as Excel on Chinese Windows saves "CSV (逗号分隔)".
const GBK_CSV = Buffer.from(
  "bfc6c4bfb1e0c2eb2cbfc6c4bfc3fbb3c62ccbb5c3f70d0a3230312cd2bbb0e3b9abb9b2b7fecef1d6a7b3f62c0d0a32303130312cc8cbb4f3cac2cef12c22b7b4d3b3c8cbb4f3cac2cef1a3acbaaca1b0b4fab1eda1b1b9a4d7f7220d0a",
  "hex",
);

function decode(bytes: Uint8Array): string {
  const result = decodeCsvBytes(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with and without a BOM, dropping the BOM", () => {
    const text = "科目编码,科目名称\n201,一般公共服务支出\n";
    expect(decode(Buffer.from(text, "utf8"))).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toBe(text);
  });

  it("falls back to GBK when the bytes are not UTF-8", () => {
    expect(decode(GBK_CSV)).toBe(
      "科目编码,科目名称,说明\r\n201,一般公共服务支出,\r\n20101,人大事务,\"反映人大事务，含“代表”工作\"\r\n",
    );
  });

  it("refuses binary files", () => {
    expect(decodeCsvBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({
      ok: false,
      error: "文件不是文本格式的 CSV 文件",
    });
  });

  it("refuses bytes that are neither UTF-8 nor GB18030", () => {
    // 0x80 alone and 0xFF are invalid lead bytes in both encodings.
    expect(decodeCsvBytes(Buffer.from([0x41, 0xff, 0x80, 0x42]))).toEqual({
      ok: false,
      error: "无法识别文件编码，请将文件另存为 UTF-8 编码的 CSV 后再上传",
    });
  });
});

describe("parseCsv", () => {
  it("splits fields and records with CRLF, LF or CR", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h")).toEqual({
      ok: true,
      records: [
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
        ["g", "h"],
      ],
    });
  });

  it("keeps commas, line breaks and doubled quotes inside quoted fields", () => {
    expect(parseCsv('201,"一般公共服务支出","反映，含""逗号"",\n和换行"\r\n202,外交支出,\r\n')).toEqual({
      ok: true,
      records: [
        ["201", "一般公共服务支出", '反映，含"逗号",\n和换行'],
        ["202", "外交支出", ""],
      ],
    });
  });

  it("keeps blank lines as rows so row numbers match the spreadsheet", () => {
    expect(parseCsv("a\n\nb\n")).toEqual({ ok: true, records: [["a"], [""], ["b"]] });
  });

  it("keeps a stray quote inside an unquoted field as text", () => {
    expect(parseCsv('12"3,x')).toEqual({ ok: true, records: [['12"3', "x"]] });
  });

  it("reports an unterminated quote with its row", () => {
    expect(parseCsv('a,b\n201,"一般公共服务支出\n202,x\n')).toEqual({
      ok: false,
      error: "第2行：引号未闭合，请检查该行的双引号",
    });
  });

  it("returns no records for empty text", () => {
    expect(parseCsv("")).toEqual({ ok: true, records: [] });
  });
});
