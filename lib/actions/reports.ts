"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { loadReportDocuments } from "@/lib/data/report-data";
import { AppError, type ActionResult } from "@/lib/errors";
import { createReport as create, REPORT_EXISTS_MESSAGE } from "@/lib/operations/reports/create-report";
import { saveReportTable, saveReportTables, type SaveTableResult, type SaveTablesResult } from "@/lib/operations/tables/save-table";
import { checkReport as checkAll, type CheckSummary } from "@/lib/rules/report-check";
import { requirePermission } from "@/lib/session";
import { isUniqueViolation, parseInput } from "@/lib/validation/parse";
import { runAction } from "./run-action";

const createSchema = z.object({ year: z.coerce.number({ error: "请选择年度" }).int().min(2000, "年度无效").max(2100, "年度无效") });

export async function createReport(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(
    async () => {
      const user = await requirePermission("report:create");
      const created = await create(user, parseInput(createSchema, input));
      revalidatePath("/reports");
      return created;
    },
    (e) => (isUniqueViolation(e) ? new AppError("INVALID", REPORT_EXISTS_MESSAGE) : e),
  );
}

/**
 * Saves one table's inputs. Refused as a whole when any cell is invalid, when the report is
 * locked, or when someone else saved the table since `baseVersion` (nothing is overwritten).
 */
export async function saveTable(payload: unknown): Promise<ActionResult<SaveTableResult>> {
  return runAction(async () => saveReportTable(await requirePermission("report:edit"), payload));
}

/** 保存全部: every changed table at once, all or nothing (lib/operations/tables/save-table.ts). */
export async function saveTables(payload: unknown): Promise<ActionResult<SaveTablesResult>> {
  return runAction(async () => saveReportTables(await requirePermission("report:edit"), payload));
}

/** 全审: every check over the whole stored report, as the submission gate will judge it. */
export async function checkReport(reportId: unknown): Promise<ActionResult<CheckSummary>> {
  return runAction(async () => {
    const user = await requirePermission("report:read");
    const data = await loadReportDocuments(user, typeof reportId === "string" ? reportId : "");
    return checkAll(data).summary;
  });
}
