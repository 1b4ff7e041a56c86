import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ECONOMIC_CATALOG_2024, FUNCTION_CATALOG_2024 } from "../../prisma/seed-data/catalog-2024";
import type { CatalogEntry } from "./codes";
import { buildCatalogWorkbook } from "./export";
import { parseCatalogFile } from "./import";

async function firstSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

function plain(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return entries.map((e) => ({ code: e.code, name: e.name, ...(e.explanation ? { explanation: e.explanation } : {}) }));
}

describe("buildCatalogWorkbook", () => {
  it("writes the header, text codes, levels and explanations in code order", async () => {
    const bytes = await buildCatalogWorkbook("FUNCTION", 2025, [
      { code: "2010301", name: "行政运行", explanation: "反映行政单位的基本支出。" },
      { code: "201", name: "一般公共服务支出" },
      { code: "20103", name: "政府办公厅(室)及相关机构事务" },
    ]);
    const sheet = await firstSheet(bytes);
    expect(sheet.name).toBe("2025年功能分类科目");
    const values = [1, 2, 3, 4].map((r) => (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1));
    expect(values).toEqual([
      ["科目编码", "科目名称", "级次", "说明"],
      ["201", "一般公共服务支出", "类"],
      ["20103", "政府办公厅(室)及相关机构事务", "款"],
      ["2010301", "行政运行", "项", "反映行政单位的基本支出。"],
    ]);
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A2").numFmt).toBe("@");
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
  });

  it("round-trips the whole 2024 function and economic catalogs through the importer", async () => {
    for (const [kind, entries] of [
      ["FUNCTION", FUNCTION_CATALOG_2024],
      ["ECONOMIC", ECONOMIC_CATALOG_2024],
    ] as const) {
      const bytes = await buildCatalogWorkbook(kind, 2024, entries);
      const result = await parseCatalogFile(`${kind}.xlsx`, bytes, kind);
      if (!result.ok) throw new Error(result.errors.join("\n"));
      expect(plain(result.entries)).toEqual(plain(entries));
    }
  });

  it("round-trips explanations with line breaks, quotes and leading signs", async () => {
    const entries = [
      { code: "301", name: "工资福利支出", explanation: "=1+1 不是公式\n第二行“引号”，逗号, 'x'" },
      { code: "30101", name: "基本工资" },
    ];
    const result = await parseCatalogFile("a.xlsx", await buildCatalogWorkbook("ECONOMIC", 2025, entries), "ECONOMIC");
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(plain(result.entries)).toEqual(entries);
  });
});
