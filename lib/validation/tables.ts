/**
 * Saving one table's inputs: shared by the editor form and the server action. Amounts
 * arrive as the text staff typed (元) and leave as 分. Whether a 项 code exists in this
 * year's catalog is a server-side check layered on by the caller.
 */
import { z } from "zod";
import { parseYuan, type Fen } from "../money";
import { checkInputCell, formatCellAddress } from "../tables/inputs";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { TABLE_KEYS, type ReportTemplate } from "../tables/types";

/** A table has at most a few hundred rows × 7 input columns; this only stops abuse. */
export const MAX_CELLS_PER_SAVE = 20_000;

export const tableKeySchema = z.enum(TABLE_KEYS, { message: "表号不正确" });

/** One amount as typed: "1,234.56", full-width digits; "" means blank. */
export const amountTextSchema = z
  .string({ message: "金额应为文字" })
  .max(64, "金额过长")
  .superRefine((text, ctx) => {
    const parsed = parseYuan(text);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
  });

export const cellInputSchema = z.object(
  {
    row: z.string({ message: "行编码应为文字" }).min(1, "缺少行").max(32, "行编码过长"),
    column: z.string({ message: "栏编码应为文字" }).min(1, "缺少栏").max(32, "栏编码过长"),
    value: amountTextSchema,
  },
  { message: "单元格格式不正确" },
);

const payloadSchema = z.object(
  {
    reportId: z.string({ message: "缺少报表编号" }).min(1, "缺少报表编号").max(64, "报表编号过长"),
    table: tableKeySchema,
    /** The version the editor loaded; the server refuses the save if the report has moved on. */
    baseVersion: z.number({ message: "版本号应为数字" }).int("版本号应为整数").nonnegative("版本号不能为负数"),
    cells: z.array(cellInputSchema, { message: "单元格列表格式不正确" }).max(MAX_CELLS_PER_SAVE, "一次保存的单元格过多"),
  },
  { message: "保存内容格式不正确" },
);

export interface SavedCell {
  readonly row: string;
  readonly column: string;
  /** null: the cell was cleared. */
  readonly fen: Fen | null;
}

/** Cells must be input cells of that table in this template, each at most once. */
export function createSaveTableInputsSchema(template: ReportTemplate) {
  return payloadSchema
    .superRefine((payload, ctx) => {
      const seen = new Set<string>();
      payload.cells.forEach((cell, i) => {
        const check = checkInputCell(template, payload.table, cell.row, cell.column);
        if (!check.ok) ctx.addIssue({ code: "custom", path: ["cells", i], message: check.message });
        const key = formatCellAddress({ table: payload.table, row: cell.row, column: cell.column });
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["cells", i], message: "同一单元格填写了两次" });
        seen.add(key);
      });
    })
    .transform((payload) => ({
      reportId: payload.reportId,
      table: payload.table,
      baseVersion: payload.baseVersion,
      cells: payload.cells.map((cell): SavedCell => {
        const parsed = parseYuan(cell.value);
        // amountTextSchema already rejected anything unparsable.
        return { row: cell.row, column: cell.column, fen: parsed.ok ? parsed.fen : null };
      }),
    }));
}

/** For reports on the 山东 2024 template; other templates build theirs with the function above. */
export const saveTableInputsSchema = createSaveTableInputsSchema(shandong2024);

export type SaveTableInputsPayload = z.input<typeof saveTableInputsSchema>;
export type SaveTableInputs = z.output<typeof saveTableInputsSchema>;
export type CellInput = z.infer<typeof cellInputSchema>;
