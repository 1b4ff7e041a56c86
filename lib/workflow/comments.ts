import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inputsFromTables } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import { checkInputCell, parseCellAddress, TABLE_INPUT_GROUP } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import { CODED_TABLE_KEYS, TABLE_KEYS } from "@/lib/tables/types";

export const MAX_COMMENT_LENGTH = 2000;

export const commentSchema = z.object({
  reportId: z.string().min(1).max(64),
  tableKey: z.enum(TABLE_KEYS).nullish(),
  cell: z.string().max(64).nullish(),
  body: z
    .string({ error: "请填写审核意见" })
    .max(MAX_COMMENT_LENGTH, `审核意见最多 ${MAX_COMMENT_LENGTH} 个字符`)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, "请填写审核意见")
    .refine((s) => !/[<>]/.test(s), "审核意见不能包含尖括号"),
});

/**
 * A reviewer's comment on the report, a table, or one cell. A cell comment must point at an
 * input cell the report really has (the reviewer comments on data, not on empty space).
 */
export async function addComment(user: CurrentUser, input: unknown) {
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "审核意见格式不正确");
  const { reportId, body } = parsed.data;
  const report = await requireVisibleReport(user, reportId);
  if (report.status !== "SUBMITTED" && report.status !== "APPROVED") throw new AppError("CONFLICT", "只能在报表已上报、审核期间填写审核意见");

  let tableKey = parsed.data.tableKey ?? null;
  const cell = parsed.data.cell ?? null;
  if (cell) {
    const address = parseCellAddress(cell);
    const template = getTemplate(report.templateId);
    if (!address || !template || !checkInputCell(template, address.table, address.row, address.column).ok) throw new AppError("INVALID", `单元格“${cell}”不存在`);
    if ((CODED_TABLE_KEYS as readonly string[]).includes(address.table)) {
      const tables = await db.reportTable.findMany({ where: { reportId, tableKey: address.table }, select: { tableKey: true, data: true } });
      const rows = inputsFromTables(tables)[TABLE_INPUT_GROUP[address.table]] as Record<string, unknown>;
      if (!Object.hasOwn(rows, address.row)) throw new AppError("INVALID", `单元格“${cell}”不存在：本报表没有科目 ${address.row}`);
    }
    tableKey = address.table;
  }

  const latest = await db.reportVersion.findFirst({ where: { reportId }, orderBy: { number: "desc" }, select: { number: true } });
  return db.$transaction(async (tx) => {
    const comment = await tx.reviewComment.create({ data: { reportId, versionNumber: latest?.number ?? 0, authorId: user.id, tableKey, cell, body } });
    // Commenting is reviewing: from now on the unit can no longer withdraw the submission.
    await tx.report.updateMany({ where: { id: reportId, status: "SUBMITTED", reviewStartedAt: null }, data: { reviewStartedAt: new Date() } });
    await audit(tx, { actorId: user.id, reportId, action: "review.comment", detail: { tableKey, cell } });
    return comment;
  });
}
