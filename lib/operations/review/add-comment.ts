import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction, lockReport, type Tx } from "@/lib/operations/report-lock";
import { UNDER_REVIEW_STATUSES } from "@/lib/reports/status";
import { inputsFromTables } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import { checkInputCell, parseCellAddress, TABLE_INPUT_GROUP } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import { CODED_TABLE_KEYS, type TableKey } from "@/lib/tables/types";
import type { CommentInput } from "./comment-input";

/**
 * A reviewer's comment on the report, a table, or one cell — only while the report is under
 * review, checked on the locked row. A cell comment must point at an input cell the report really
 * has (the reviewer comments on data, not on empty space).
 */
export function addComment(user: CurrentUser, input: CommentInput) {
  return inTransaction(async (tx) => {
    const report = await lockReport(tx, user, input.reportId, {
      statuses: UNDER_REVIEW_STATUSES,
      refusal: { code: "CONFLICT", message: "只能在报表已上报、审核期间填写审核意见" },
    });
    const cell = input.cell ?? null;
    const tableKey = cell ? await commentedTable(tx, report.id, report.templateId, cell) : (input.tableKey ?? null);
    const latest = await tx.reportVersion.findFirst({ where: { reportId: report.id }, orderBy: { number: "desc" }, select: { number: true } });
    const comment = await tx.reviewComment.create({ data: { reportId: report.id, versionNumber: latest?.number ?? 0, authorId: user.id, tableKey, cell, body: input.body } });
    // Commenting is reviewing: from now on the unit can no longer withdraw the submission.
    await tx.report.updateMany({ where: { id: report.id, status: "SUBMITTED", reviewStartedAt: null }, data: { reviewStartedAt: new Date() } });
    await audit(tx, { actorId: user.id, reportId: report.id, action: "review.comment", detail: { tableKey, cell } });
    return comment;
  });
}

/** The table of a commented cell, when the cell is an input cell this report has. */
async function commentedTable(tx: Tx, reportId: string, templateId: string, cell: string): Promise<TableKey> {
  const address = parseCellAddress(cell);
  const template = getTemplate(templateId);
  if (!address || !template || !checkInputCell(template, address.table, address.row, address.column).ok) throw new AppError("INVALID", `单元格“${cell}”不存在`);
  if ((CODED_TABLE_KEYS as readonly string[]).includes(address.table)) {
    const tables = await tx.reportTable.findMany({ where: { reportId, tableKey: address.table }, select: { tableKey: true, data: true } });
    const rows = inputsFromTables(tables)[TABLE_INPUT_GROUP[address.table]] as Record<string, unknown>;
    if (!Object.hasOwn(rows, address.row)) throw new AppError("INVALID", `单元格“${cell}”不存在：本报表没有科目 ${address.row}`);
  }
  return address.table;
}
