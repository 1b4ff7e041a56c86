import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CatalogImportResult, MAX_FILE_BYTES, parseCatalogFile } from "./import";
import { NOT_A_WORKBOOK } from "./xlsx-read";

type Cell = ExcelJS.CellValue;

async function xlsx(rows: Cell[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  rows.forEach((cells, i) => {
    if (cells.length > 0) sheet.getRow(i + 1).values = cells;
  });
  build?.(sheet);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

function csv(text: string): Buffer {
  return Buffer.from(text, "utf8");
}

/** A minimal uncompressed ZIP holding the given files. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function errorsOf(result: CatalogImportResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function codesAndNames(result: CatalogImportResult): string[][] {
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.entries.map((e) => [e.code, e.name, e.explanation ?? ""]);
}

describe("parseCatalogFile: xlsx", () => {
  it("reads codes stored as numbers, trims, skips blank rows and ignores extra columns", async () => {
    const bytes = await xlsx([
      ["科目编码", "科目名称", "备注", "说明"],
      [201, " 一般公共服务支出 ", "x", null],
      [],
      [" 20101 ", "人大事务", null, ""],
      [2010150, "事业运行", null, "反映事业单位的基本支出。"],
    ]);
    const result = await parseCatalogFile("功能分类2025.xlsx", bytes, "FUNCTION");
    expect(result).toEqual({
      ok: true,
      entries: [
        { code: "201", name: "一般公共服务支出", level: "类", parentCode: null, row: 2 },
        { code: "20101", name: "人大事务", level: "款", parentCode: "201", row: 4 },
        {
          code: "2010150",
          name: "事业运行",
          explanation: "反映事业单位的基本支出。",
          level: "项",
          parentCode: "20101",
          row: 5,
        },
      ],
      explanations: true,
    });
  });

  it("reads rich text, formula results and hyperlinks as the text they show", async () => {
    const bytes = await xlsx([
      ["科目编码", "科目名称"],
      [{ formula: "300+1", result: 301 }, { richText: [{ text: "工资" }, { text: "福利支出", font: { bold: true } }] }],
      ["30101", { text: "基本工资", hyperlink: "https://example.invalid" }],
    ]);
    expect(codesAndNames(await parseCatalogFile("a.XLSX", bytes, "ECONOMIC"))).toEqual([
      ["301", "工资福利支出", ""],
      ["30101", "基本工资", ""],
    ]);
  });

  it("finds the header below a title line and numbers rows as the sheet does", async () => {
    const bytes = await xlsx([["2025年功能分类科目"], ["科目名称 ", " 科目 编码"], ["一般公共服务支出", "201"], ["x", "2010"]]);
    expect(errorsOf(await parseCatalogFile("a.xlsx", bytes, "FUNCTION"))).toEqual([
      "第4行：科目编码“2010”长度应为3、5或7位（功能分类）",
    ]);
  });

  it("reads only the first worksheet", async () => {
    const bytes = await xlsx([["科目编码", "科目名称"], ["201", "一般公共服务支出"]], (sheet) => {
      sheet.workbook.addWorksheet("其他").addRow(["科目编码", "科目名称"]);
    });
    expect(codesAndNames(await parseCatalogFile("a.xlsx", bytes, "FUNCTION"))).toEqual([["201", "一般公共服务支出", ""]]);
  });
});

describe("parseCatalogFile: csv", () => {
  it("reads UTF-8 with a BOM, quoted fields and Shanghai-style or full-width codes", async () => {
    const text = '\uFEFF科目编码,科目名称,说明\r\n201,一般公共服务支出,\r\n"201 01","人大事务","反映，人大\n事务"\r\n２０１０１５０,事业运行,\r\n';
    expect(codesAndNames(await parseCatalogFile("a.csv", csv(text), "FUNCTION"))).toEqual([
      ["201", "一般公共服务支出", ""],
      ["20101", "人大事务", "反映，人大\n事务"],
      ["2010150", "事业运行", ""],
    ]);
  });

  it("reads GBK files", async () => {
    const gbk = Buffer.from(
      "bfc6c4bfb1e0c2eb2cbfc6c4bfc3fbb3c62ccbb5c3f70d0a3230312cd2bbb0e3b9abb9b2b7fecef1d6a7b3f62c0d0a32303130312cc8cbb4f3cac2cef12c22b7b4d3b3c8cbb4f3cac2cef1a3acbaaca1b0b4fab1eda1b1b9a4d7f7220d0a",
      "hex",
    );
    expect(codesAndNames(await parseCatalogFile("a.csv", gbk, "FUNCTION"))).toEqual([
      ["201", "一般公共服务支出", ""],
      ["20101", "人大事务", "反映人大事务，含“代表”工作"],
    ]);
  });

  it("counts a quoted line break as one row when numbering errors", async () => {
    const text = '科目编码,科目名称,说明\n201,一般公共服务支出,"两行\n说明"\n2010,x,\n';
    expect(errorsOf(await parseCatalogFile("a.csv", csv(text), "FUNCTION"))).toEqual([
      "第3行：科目编码“2010”长度应为3、5或7位（功能分类）",
    ]);
  });
});

describe("parseCatalogFile: bad input", () => {
  it("refuses files that are not spreadsheets by extension", async () => {
    expect(errorsOf(await parseCatalogFile("logo.png", csv("x"), "FUNCTION"))).toEqual([
      "不支持的文件类型“.png”，请上传 .xlsx 或 .csv 文件",
    ]);
    expect(errorsOf(await parseCatalogFile("catalog", csv("x"), "FUNCTION"))).toEqual([
      "无法识别文件类型，请上传 .xlsx 或 .csv 文件",
    ]);
    expect(errorsOf(await parseCatalogFile("old.xls", csv("x"), "FUNCTION"))).toEqual([
      "不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv 后再上传",
    ]);
  });

  it("refuses a renamed PNG, a truncated workbook and a zip that is no workbook", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    expect(errorsOf(await parseCatalogFile("a.xlsx", png, "FUNCTION"))).toEqual([NOT_A_WORKBOOK]);

    const good = await xlsx([["科目编码", "科目名称"], ["201", "一般公共服务支出"]]);
    expect(errorsOf(await parseCatalogFile("a.xlsx", good.subarray(0, good.length - 200), "FUNCTION"))).toEqual([
      NOT_A_WORKBOOK,
    ]);
    const corrupted = Buffer.from(good);
    corrupted.fill(0x55, 100, 400);
    expect(errorsOf(await parseCatalogFile("a.xlsx", corrupted, "FUNCTION"))).toEqual([NOT_A_WORKBOOK]);

    expect(errorsOf(await parseCatalogFile("a.csv", png, "FUNCTION"))).toEqual(["文件不是文本格式的 CSV 文件"]);
  });

  it("refuses a valid zip that holds no workbook", async () => {
    const zip = storedZip({ "readme.txt": "hello", "word/document.xml": "<w:document/>" });
    expect(errorsOf(await parseCatalogFile("a.xlsx", zip, "FUNCTION"))).toEqual([NOT_A_WORKBOOK]);
  });

  it("refuses a workbook that claims to expand far beyond its size", async () => {
    const bytes = Buffer.from(await xlsx([["科目编码", "科目名称"], ["201", "一般公共服务支出"]]));
    // Rewrite the first central-directory entry's uncompressed size to 1 GB.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1024 * 1024 * 1024, central + 24);
    expect(errorsOf(await parseCatalogFile("a.xlsx", bytes, "FUNCTION"))).toEqual([
      "文件解压后内容过大，请检查文件是否正确",
    ]);
  });

  it("refuses empty files and files with nothing but blank rows", async () => {
    expect(errorsOf(await parseCatalogFile("a.csv", Buffer.alloc(0), "FUNCTION"))).toEqual(["文件为空"]);
    expect(errorsOf(await parseCatalogFile("a.xlsx", new Uint8Array(), "FUNCTION"))).toEqual(["文件为空"]);
    expect(errorsOf(await parseCatalogFile("a.csv", csv("\uFEFF\r\n , \r\n"), "FUNCTION"))).toEqual(["文件为空"]);
    expect(errorsOf(await parseCatalogFile("a.xlsx", await xlsx([]), "FUNCTION"))).toEqual(["文件为空"]);
  });

  it("refuses a header without data", async () => {
    expect(errorsOf(await parseCatalogFile("a.csv", csv("科目编码,科目名称,说明\r\n,,\r\n"), "FUNCTION"))).toEqual([
      "文件中只有表头，没有科目数据",
    ]);
    expect(errorsOf(await parseCatalogFile("a.xlsx", await xlsx([["科目编码", "科目名称"]]), "FUNCTION"))).toEqual([
      "文件中只有表头，没有科目数据",
    ]);
  });

  it("says which required columns are missing", async () => {
    expect(errorsOf(await parseCatalogFile("a.csv", csv("科目编码,金额\n201,x\n"), "FUNCTION"))).toEqual([
      "缺少必需的列：科目名称",
    ]);
    expect(errorsOf(await parseCatalogFile("a.csv", csv("code,name\n201,x\n"), "FUNCTION"))).toEqual([
      "缺少必需的列：科目编码、科目名称（或“类、款、项”和科目名称）",
    ]);
    expect(errorsOf(await parseCatalogFile("a.csv", csv("科目编码,科目名称,科目名称\n201,x,y\n"), "FUNCTION"))).toEqual([
      "表头中的列重复：科目名称",
    ]);
  });

  it("refuses files over 5 MB before reading them", async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 0x41);
    expect(errorsOf(await parseCatalogFile("a.csv", big, "FUNCTION"))).toEqual(["文件过大（20.0 MB），上限为 5 MB"]);
    const justOver = Buffer.alloc(MAX_FILE_BYTES + 1, 0x41);
    expect(errorsOf(await parseCatalogFile("a.xlsx", justOver, "FUNCTION"))).toEqual(["文件过大（5.0 MB），上限为 5 MB"]);
  });

  it("refuses more than 20,000 data rows", async () => {
    const lines = ["科目编码,科目名称", "201,一般公共服务支出"];
    for (let i = 0; i < 20_000; i += 1) lines.push(`20101,人大事务`);
    expect(errorsOf(await parseCatalogFile("a.csv", csv(lines.join("\n")), "FUNCTION"))).toEqual([
      "数据行数过多（20001行），上限为20000行",
    ]);
  });

  it("accepts exactly 20,000 data rows", async () => {
    const lines = ["科目编码,科目名称"];
    for (let c = 100; c <= 999; c += 1) lines.push(`${c},类`);
    for (let c = 100; lines.length <= 20_000; c += 1) {
      for (let k = 10; k <= 99 && lines.length <= 20_000; k += 1) lines.push(`${c}${k},款`);
    }
    const result = await parseCatalogFile("a.csv", csv(lines.join("\n")), "FUNCTION");
    expect(result.ok && result.entries.length).toBe(20_000);
  });

  it("reports duplicates, malformed codes, missing parents and unsafe names together, with rows", async () => {
    const text = [
      "科目编码,科目名称,说明",
      "201,一般公共服务支出,",
      "201,一般公共服务支出,",
      "20a01,人大事务,",
      "2080505,机关事业单位基本养老保险缴费支出,",
      "202,<script>alert(1)</script>,",
      "203,'; DROP TABLE x; --,",
      "204,公共安全支出,<img src=x onerror=alert(1)>",
    ].join("\n");
    expect(errorsOf(await parseCatalogFile("a.csv", csv(text), "FUNCTION"))).toEqual([
      "第3行：科目编码“201”重复（与第2行相同）",
      "第4行：科目编码“20a01”只能包含数字",
      "第5行：上级科目“20805”不存在",
      "第6行：科目名称含有不允许的字符“<”“>”",
      "第7行：科目名称含有不允许的字符“'”“;”",
      "第8行：说明含有不允许的字符“<”“>”",
    ]);
  });

  it("reports an unterminated quote instead of guessing", async () => {
    expect(errorsOf(await parseCatalogFile("a.csv", csv('科目编码,科目名称\n201,"一般\n'), "FUNCTION"))).toEqual([
      "第2行：引号未闭合，请检查该行的双引号",
    ]);
  });

  it("never throws, whatever the bytes", async () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const bytes = Buffer.alloc(64 + seed * 7);
      let x = seed;
      for (let i = 0; i < bytes.length; i += 1) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        bytes[i] = x & 0xff;
      }
      bytes.write("PK\u0003\u0004", 0, "latin1");
      for (const name of ["a.xlsx", "a.csv"]) {
        const result = await parseCatalogFile(name, bytes, "FUNCTION");
        expect(result.ok).toBe(false);
      }
    }
  });
});
