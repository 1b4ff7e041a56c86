import "server-only";
import { requireVisibleReport } from "@/lib/data/reports";
import { AppError } from "@/lib/errors";
import { readWorkbook, type WorkbookReport } from "@/lib/imports/workbook";
import { formatYuan } from "@/lib/money";
import { inTransaction, lockEditableReport } from "@/lib/operations/report-lock";
import { describeCell } from "@/lib/reports/cell-label";
import { inputsFromTables, tableRecord } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import { getTemplate } from "@/lib/tables/templates";
import { TABLE_KEYS } from "@/lib/tables/types";
import { diffSnapshots } from "@/lib/workflow/diff";
import { missingCatalogCodes, refuseMissingCodes, replaceReportInputs } from "./replace-inputs";

/** Nine small sheets of a unit's inputs; a file far larger is not one. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

export interface WorkbookChange {
  readonly where: string;
  readonly before: string;
  readonly after: string;
}

export type WorkbookImportResult =
  | { readonly ok: false; readonly errors: readonly string[] }
  | { readonly ok: true; readonly cells: number; readonly changes: readonly WorkbookChange[]; readonly imported: boolean };

/** The report a workbook is made for and read against, from a report the user may see. */
export function workbookReportOf(report: { id: string; year: number; templateId: string; unit: { code: string; name: string } }): WorkbookReport {
  const template = getTemplate(report.templateId);
  if (!template) throw new AppError("INVALID", "报表模板不存在");
  return { reportId: report.id, unitCode: report.unit.code, unitName: report.unit.name, year: report.year, template };
}

export async function workbookReport(user: CurrentUser, reportId: string): Promise<WorkbookReport> {
  return workbookReportOf(await requireVisibleReport(user, reportId));
}

/**
 * Reads a filled offline workbook into the report. Every cell problem is listed and nothing is
 * imported while there is one. Without `confirm` nothing is written either: the result lists each
 * cell that would change (before → after). With it, the nine tables are replaced in one
 * transaction under the report's lock, or none is.
 */
export async function importWorkbook(user: CurrentUser, input: { target: WorkbookReport; bytes: Uint8Array; confirm: boolean }): Promise<WorkbookImportResult> {
  if (!user.unitId) throw new AppError("FORBIDDEN", "无权执行此操作");
  const { target } = input;
  const read = await readWorkbook(input.bytes, target);
  if (!read.ok) return { ok: false, errors: read.errors };
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, target.reportId);
    refuseMissingCodes(report.year, await missingCatalogCodes(tx, report.year, read.inputs));
    const stored = await tx.reportTable.findMany({ where: { reportId: report.id }, select: { tableKey: true, data: true } });
    const before = inputsFromTables(stored);
    const snapshot = (inputs: typeof before) => Object.fromEntries(TABLE_KEYS.map((t) => [t, tableRecord(inputs, t).data]));
    const subjects = await tx.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } });
    const names = new Map(subjects.map((s) => [s.code, s.name]));
    const amount = (fen: bigint | null) => (fen === null ? "（空）" : `${formatYuan(fen)} 元`);
    const changes = diffSnapshots(snapshot(before), snapshot(read.inputs)).map((c) => ({
      where: describeCell(target.template, names, { table: c.table, row: c.row, column: c.column }),
      before: amount(c.before),
      after: amount(c.after),
    }));
    if (input.confirm && changes.length > 0) {
      await replaceReportInputs(tx, user, report, read.inputs, "report.importWorkbook", { cells: read.cells, changes: changes.length });
    }
    return { ok: true, cells: read.cells, changes, imported: input.confirm && changes.length > 0 };
  });
}
