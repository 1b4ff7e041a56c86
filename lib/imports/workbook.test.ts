import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "../tables/seed/zaozhuang-2024";
import { emptyInputs } from "../tables/inputs";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { shanghai2024 } from "../tables/templates/shanghai-2024";
import { buildWorkbook, NOT_OUR_WORKBOOK, readWorkbook, type WorkbookReport } from "./workbook";

const report: WorkbookReport = { reportId: "r1", unitCode: "101001", unitName: "枣庄市人民政府办公室本级", year: 2024, template: shandong2024 };

async function edited(edit: (book: ExcelJS.Workbook) => void, base = report, inputs = zaozhuang2024Inputs): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildWorkbook(base, inputs, zaozhuang2024SubjectNames)) as unknown as ExcelJS.Buffer);
  edit(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const errorsOf = async (bytes: Uint8Array, target = report) => {
  const read = await readWorkbook(bytes, target);
  return read.ok ? [] : read.errors;
};

describe("the offline entry workbook", () => {
  it("round-trips every input of the seed report, sheet by sheet in the template's order", async () => {
    const bytes = new Uint8Array(await buildWorkbook(report, zaozhuang2024Inputs, zaozhuang2024SubjectNames));
    const read = await readWorkbook(bytes, report);
    expect(read.ok && read.inputs).toEqual({ ...emptyInputs(), ...zaozhuang2024Inputs });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["填报说明", "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"]);
    const t02 = book.getWorksheet("公开02表")!;
    expect(t02.getRow(2).values).toContain("本年收入合计（自动计算）");
    expect(t02.getRow(3).getCell(9).value).toMatchObject({ formula: "C3+D3+E3+F3+G3+H3" });
  });

  it("follows the 上海 order and layout", async () => {
    const sh = { ...report, template: shanghai2024 };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildWorkbook(sh, emptyInputs(), new Map())) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name).slice(1)).toEqual(["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"]);
    expect(book.getWorksheet("表九")!.getRow(2).values).toContain("年初结转和结余（元）");
  });

  it("takes a row typed after the last one and accounting forms of amounts", async () => {
    const bytes = await edited((book) => {
      const sheet = book.getWorksheet("公开05表")!;
      sheet.addRow(["2089999", "", "1,234.50", "-"]);
    });
    const read = await readWorkbook(bytes, report);
    expect(read.ok && read.inputs.gp["2089999"]).toEqual({ basic: 123_450n, project: 0n });
  });

  it.each<[string, (book: ExcelJS.Workbook) => void, string]>([
    ["a formula where a number belongs", (b) => (b.getWorksheet("公开02表")!.getRow(3).getCell(3).value = { formula: "1+1" } as ExcelJS.CellFormulaValue), "「公开02表」第3行第3列（财政拨款收入（元））：应填写数字，不能是公式"],
    ["text that is not an amount", (b) => (b.getWorksheet("公开03表")!.getRow(3).getCell(3).value = "约一百万"), "「公开03表」第3行第3列（基本支出（元））：「约一百万」只能填写数字"],
    ["three decimals", (b) => (b.getWorksheet("公开06表")!.getRow(3).getCell(3).value = 12.345), "「公开06表」第3行第3列（金额（元））：「12.345」最多两位小数"],
    ["a 款 row", (b) => b.getWorksheet("公开05表")!.addRow(["20103", "", 5]), "「公开05表」第15行第1列（科目编码（项级，7位））：「20103」是类、款汇总行"],
    ["a changed header", (b) => (b.getWorksheet("公开09表")!.getRow(2).getCell(3).value = "出国费"), "「公开09表」第2行第3列应为「因公出国(境)费（元）」，实为「出国费」：表格结构被修改"],
    ["a missing sheet", (b) => b.removeWorksheet(b.getWorksheet("公开07表")!.id), "缺少工作表「公开07表」"],
    ["a repeated code", (b) => b.getWorksheet("公开05表")!.addRow(["2010301", "", 1]), "「2010301」与第4行重复"],
  ])("refuses %s, naming the sheet, row and column", async (_name, edit, message) => {
    const errors = await errorsOf(await edited(edit));
    expect(errors.join("\n")).toContain(message);
  });

  it("refuses a workbook of another unit, year or template, and files that are not one", async () => {
    const bytes = new Uint8Array(await buildWorkbook(report, zaozhuang2024Inputs, zaozhuang2024SubjectNames));
    expect(await errorsOf(bytes, { ...report, unitCode: "103001" })).toEqual(["这是单位「枣庄市人民政府办公室本级」（101001）的填报表，不是本单位的"]);
    expect(await errorsOf(bytes, { ...report, year: 2025 })).toEqual(["这是 2024 年度的填报表，本报表为 2025 年度"]);
    expect(await errorsOf(bytes, { ...report, template: shanghai2024 })).toEqual(["这是报表模板「shandong-2024」的填报表，本报表为「shanghai-2024」"]);
    expect(await errorsOf(bytes, { ...report, reportId: "r2" })).toEqual(["这是本单位另一份报表的填报表，请在本报表的“导入”页重新下载"]);
    expect(await errorsOf(new TextEncoder().encode("code,name\n2010301,行政运行"))).toEqual(["文件不是有效的 Excel（.xlsx）文件，可能已损坏，或只是修改了扩展名"]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRow(["科目编码", "金额"]);
    expect(await errorsOf(new Uint8Array(await other.xlsx.writeBuffer()))).toEqual([NOT_OUR_WORKBOOK]);
  });
});
