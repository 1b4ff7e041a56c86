"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { carryOverOverview } from "@/lib/operations/overview/carry-over-overview";
import { loadReportData } from "@/lib/data/report-data";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { summarizeRules, type CheckSummary } from "@/lib/reports/rule-summary";
import { saveReportTable, type SaveTableResult } from "@/lib/reports/save-table";
import { deriveAndCheck } from "@/lib/rules";
import { templateForYear } from "@/lib/reports/template-for-year";
import { parseInput, isUniqueViolation } from "@/lib/validation/parse";
import { requirePermission } from "@/lib/session";

const createSchema = z.object({ year: z.coerce.number({ error: "请选择年度" }).int().min(2000, "年度无效").max(2100, "年度无效") });

export async function createReport(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requirePermission("report:create");
    const { year } = parseInput(createSchema, input);
    if (!user.unitId) throw new AppError("FORBIDDEN", "您的账号没有所属单位，不能创建决算");
    if (year > new Date().getFullYear() - 1) throw new AppError("INVALID", `${year} 年度尚未结束，不能编制决算`);
    const catalog = await db.catalogYear.findUnique({ where: { year } });
    if (!catalog) throw new AppError("INVALID", `${year} 年度的科目编码尚未发布，请联系系统管理员`);
    const template = templateForYear(year);
    if (!template) throw new AppError("INVALID", `没有适用于 ${year} 年度的报表模板`);
    const report = await db.$transaction(async (tx) => {
      const created = await tx.report.create({ data: { unitId: user.unitId!, year, templateId: template.id } });
      await audit(tx, { actorId: user.id, reportId: created.id, action: "report.create", toStatus: "DRAFT", detail: { year, templateId: template.id } });
      await carryOverOverview(tx, { reportId: created.id, unitId: created.unitId, year, actorId: user.id });
      return created;
    });
    revalidatePath("/reports");
    return { ok: true, data: { id: report.id } };
  } catch (e) {
    if (isUniqueViolation(e)) return toActionError(new AppError("INVALID", "本单位该年度的决算已存在"));
    return toActionError(e);
  }
}

/**
 * Saves one table's inputs. Refused as a whole when any cell is invalid, when the report is
 * locked, or when someone else saved the table since `baseVersion` (nothing is overwritten).
 */
export async function saveTable(payload: unknown): Promise<ActionResult<SaveTableResult>> {
  try {
    const user = await requirePermission("report:edit");
    return { ok: true, data: await saveReportTable(user, payload) };
  } catch (e) {
    return toActionError(e);
  }
}

/** 全审: every rule over the whole stored report. */
export async function checkReport(reportId: unknown): Promise<ActionResult<CheckSummary>> {
  try {
    const user = await requirePermission("report:read");
    const report = await requireVisibleReport(user, typeof reportId === "string" ? reportId : "");
    const data = await loadReportData(report);
    const { rules } = deriveAndCheck(data.template, data.names, data.inputs);
    return { ok: true, data: summarizeRules(rules) };
  } catch (e) {
    return toActionError(e);
  }
}
