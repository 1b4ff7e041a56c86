import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SEED_PUBLICATION_META } from "../disclosure/publication-meta";
import { seedDisclosure } from "../disclosure/seed-model";
import { renderDisclosureXlsx } from "../disclosure/xlsx";
import { checkFixtureDocument } from "../fixture/check";
import { parseJsonExact } from "../fixture/json";
import { loadFixture } from "../fixture/load";
import { ExportReadError, readExportedWorkbook } from "./export-xlsx";
import { planPublishedImport } from "./published";

const FIXTURE = readFileSync(fileURLToPath(new URL("../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url)), "utf8");

describe("reading the Excel file this system publishes", () => {
  it("gives back the published tables figure for figure, so it imports like the transcription", async () => {
    const bytes = await renderDisclosureXlsx(seedDisclosure().model, SEED_PUBLICATION_META);
    const document = await readExportedWorkbook(bytes);
    const fromExcel = loadFixture(document);
    const transcribed = loadFixture(parseJsonExact(FIXTURE));
    expect(fromExcel.fixture.unit).toBe("枣庄市人民政府办公室本级");
    expect(fromExcel.fixture.year).toBe(2024);
    expect(fromExcel.template.id).toBe("shandong-2024");
    for (const table of ["t02", "t03", "t05", "t07", "t08"] as const) {
      expect(fromExcel.view[table].rows.map((r) => [r.code, r.values])).toEqual(transcribed.view[table].rows.map((r) => [r.code, r.values]));
    }
    for (const table of ["t01", "t04"] as const) {
      for (const side of ["income", "expenditure"] as const) {
        for (const [key, line] of transcribed.view[table][side]) expect(fromExcel.view[table][side].get(key)?.values, `${table} ${key}`).toEqual(line.values);
      }
    }
    const economic = new Map(fromExcel.view.t06.rows.map((r) => [r.code, r.value]));
    for (const row of transcribed.view.t06.rows) expect(economic.get(row.code) ?? null, row.code).toEqual(row.value);
    expect(fromExcel.view.t06.personnelTotal).toBe(transcribed.view.t06.personnelTotal);
    expect(fromExcel.view.t09.values).toEqual(transcribed.view.t09.values);
    expect(checkFixtureDocument(document).exitCode).toBe(0);
    expect(planPublishedImport(fromExcel, new Map()).differences).toEqual([]);
  });

  it("refuses a workbook that is not one of its exports", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("封面").addRow(["单位", "某单位"]);
    await expect(readExportedWorkbook(new Uint8Array(await other.xlsx.writeBuffer()))).rejects.toThrow(ExportReadError);
    await expect(readExportedWorkbook(new TextEncoder().encode("not a zip"))).rejects.toThrow("文件不是有效的 Excel（.xlsx）文件");
  });
});
