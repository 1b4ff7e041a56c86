import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CatalogImportResult, parseCatalogFile } from "./import";
import { SAMPLE_GOOD_ENTRIES } from "./testdata";

/*
 * The layouts finance bureaus circulate the catalog in, each built here as a workbook or a
 * CSV the way a person would make it, and each read back to the same entries.
 */

const EXPECTED = SAMPLE_GOOD_ENTRIES.map((e) => [e.code, e.name]);

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet("Sheet1"));
  return Buffer.from((await book.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

function pairs(result: CatalogImportResult): string[][] {
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.entries.map((e) => [e.code, e.name]);
}

/** 类/款/项 cells of each expected entry as the printed catalog has them: only the row's own level. */
function ownLevelCells(code: string): string[] {
  if (code.length === 3) return [code, "", ""];
  if (code.length === 5) return ["", code.slice(3), ""];
  return ["", "", code.slice(5)];
}

describe("catalog layouts", () => {
  it("reads 类/款/项 columns under a two-row header, each row filling only its own level, 类 merged across, names indented", async () => {
    const bytes = await workbook((sheet) => {
      sheet.getCell("A1").value = "2024年政府收支分类科目（支出功能分类）";
      sheet.mergeCells("A1:E1");
      sheet.getCell("A2").value = "科目编码";
      sheet.mergeCells("A2:C2");
      sheet.getCell("D2").value = "科目名称";
      sheet.mergeCells("D2:D3");
      sheet.getCell("E2").value = "说明";
      sheet.mergeCells("E2:E3");
      sheet.getRow(3).values = ["类", "款", "项"];
      EXPECTED.forEach(([code, name], i) => {
        const indent = "　".repeat((code.length - 3) / 2);
        sheet.getRow(4 + i).values = [...ownLevelCells(code), indent + name, code === "2010101" ? "反映行政单位的基本支出。" : ""];
        // A 类 code spread across the three code columns names the 类 only.
        if (code.length === 3) sheet.mergeCells(4 + i, 1, 4 + i, 3);
      });
    });
    const result = await parseCatalogFile("a.xlsx", bytes, "FUNCTION");
    expect(pairs(result)).toEqual(EXPECTED);
    expect(result.ok && result.entries[2]).toMatchObject({ explanation: "反映行政单位的基本支出。", row: 6 });
  });

  it("reads a 类 column merged down over its 款 and 项 rows, and a 款 merged over its 项", async () => {
    const bytes = await workbook((sheet) => {
      sheet.getRow(1).values = ["类", "款", "项", "科目名称"];
      EXPECTED.forEach(([code, name], i) => {
        const row = 2 + i;
        sheet.getRow(row).values = [...ownLevelCells(code), name];
        // The first row of each 类 (and 款) holds the value; the merge carries it down.
        if (code.length === 3) sheet.getCell(row, 1).value = code;
        if (code.length === 5) sheet.getCell(row, 2).value = code.slice(3);
      });
      sheet.mergeCells("A2:A8"); // 201 over rows 2–8
      sheet.mergeCells("B3:B5"); // 01 over 20101 and its two 项
      sheet.mergeCells("B6:B8"); // 03 over 20103 and its two 项
      sheet.mergeCells("A9:A12"); // 208
      sheet.mergeCells("B10:B12"); // 05
    });
    const result = await parseCatalogFile("a.xlsx", bytes, "FUNCTION");
    expect(pairs(result)).toEqual(EXPECTED);
    // No 说明 column: the import keeps the explanations the year already has.
    expect(result.ok && result.explanations).toBe(false);
  });

  it("reads levels that hold the whole code, codes stored as numbers, and repeated page headers and 合计 rows", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(["类", "款", "项", "科目名称"]);
      sheet.addRow(["", "", "", "合计"]);
      EXPECTED.forEach(([code, name], i) => {
        const cells: (string | number)[] = ["", "", ""];
        cells[[3, 5, 7].indexOf(code.length)] = Number(code);
        sheet.addRow([...cells, name]);
        if (i === 4) sheet.addRow(["类", "款", "项", "科目名称"]);
      });
    });
    expect(pairs(await parseCatalogFile("a.xlsx", bytes, "FUNCTION"))).toEqual(EXPECTED);
  });

  it("reads code and name written in one column, with spaces, full-width digits or a 、", async () => {
    const lines = ["科目编码及名称", "201 一般公共服务支出", "201 01　人大事务", "２０１０１０１ 行政运行", "2010102、一般行政管理事务"];
    expect(pairs(await parseCatalogFile("a.csv", Buffer.from(lines.join("\n")), "FUNCTION"))).toEqual(EXPECTED.slice(0, 4));
  });

  it("reads a GBK CSV of 类/款/项 columns saved from Excel on Chinese Windows", async () => {
    // "类,款,项,科目名称 / 201,,,一般公共服务支出 / ,01,,人大事务 / ,,01,　　行政运行" in GBK.
    const gbk = Buffer.from(
      "c0e02cbfee2ccfee2cbfc6c4bfc3fbb3c60d0a3230312c2c2cd2bbb0e3b9abb9b2b7fecef1d6a7b3f60d0a2c30312c2cc8cbb4f3cac2cef10d0a2c2c30312ca1a1a1a1d0d0d5fed4cbd0d00d0a",
      "hex",
    );
    expect(pairs(await parseCatalogFile("a.csv", gbk, "FUNCTION"))).toEqual(EXPECTED.slice(0, 3));
  });

  it("reads an economic catalog in 类/款 columns", async () => {
    const text = "类,款,科目名称\n301,,工资福利支出\n,01,基本工资\n,02,津贴补贴\n302,,商品和服务支出\n,01,办公费\n";
    expect(pairs(await parseCatalogFile("a.csv", Buffer.from(text), "ECONOMIC"))).toEqual([
      ["301", "工资福利支出"],
      ["30101", "基本工资"],
      ["30102", "津贴补贴"],
      ["302", "商品和服务支出"],
      ["30201", "办公费"],
    ]);
  });

  it("says which row has a 项 with no 款 above it, or under a different 类", async () => {
    const text = "类,款,项,科目名称\n,,01,行政运行\n201,,,一般公共服务支出\n208,,01,行政运行\n";
    const result = await parseCatalogFile("a.csv", Buffer.from(text), "FUNCTION");
    expect(result.ok ? [] : result.errors).toEqual(["第2行：项“01”前没有所属的款", "第4行：项“01”前没有所属的款"]);
  });

  it("names the missing column of each layout", async () => {
    const errors = async (header: string) => {
      const result = await parseCatalogFile("a.csv", Buffer.from(`${header}\n201,x\n`), "FUNCTION");
      return result.ok ? [] : result.errors;
    };
    expect(await errors("类,款,项")).toEqual(["缺少必需的列：科目名称"]);
    expect(await errors("序号,金额")).toEqual(["缺少必需的列：科目编码、科目名称（或“类、款、项”和科目名称）"]);
    expect(await errors("科目名称,说明")).toEqual(["缺少必需的列：科目编码"]);
  });
});
