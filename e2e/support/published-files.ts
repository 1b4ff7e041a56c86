import ExcelJS from "exceljs";
import { TABLE_IDS } from "../../lib/fixture/samples/figures";

export { transcribedFigures, sortedFigures as sorted } from "../../lib/fixture/samples/figures";

export { pdfPages, pdfTableFigures } from "../../lib/disclosure/pdf/text";

/** Every amount cell of each 公开表 sheet of a workbook, in hundredths of 万元. */
export async function workbookFigures(bytes: Uint8Array): Promise<Record<string, bigint[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: Record<string, bigint[]> = {};
  TABLE_IDS.forEach((t, i) => {
    const sheet = book.getWorksheet(`公开0${i + 1}表`);
    const values: bigint[] = [];
    sheet?.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "number") values.push(BigInt(Math.round(c.value * 100))); }));
    out[t] = values;
  });
  return out;
}
