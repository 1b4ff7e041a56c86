"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { loadReportData } from "@/lib/data/report-data";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { summarizeRules, type CheckSummary } from "@/lib/reports/rule-summary";
import { tableRecord } from "@/lib/reports/table-data";
import { EDITABLE_STATUSES } from "@/lib/reports/status";
import { deriveAndCheck } from "@/lib/rules";
import { replaceTableInputs, type InputCellValue } from "@/lib/tables/inputs";
import { templateForYear } from "@/lib/reports/template-for-year";
import { getTemplate } from "@/lib/tables/templates";
import { CODED_TABLE_KEYS, type TableKey } from "@/lib/tables/types";
import { createSaveTableInputsSchema } from "@/lib/validation/tables";
import { parseInput, isUniqueViolation } from "@/lib/validation/parse";
import { requirePermission } from "@/lib/session";

const TABLE_NAMES: Record<TableKey, string> = {
  t01: "公开01表", t02: "公开02表", t03: "公开03表", t04: "公开04表", t05: "公开05表",
  t06: "公开06表", t07: "公开07表", t08: "公开08表", t09: "公开09表",
};

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
      return created;
    });
    revalidatePath("/reports");
    return { ok: true, data: { id: report.id } };
  } catch (e) {
    if (isUniqueViolation(e)) return toActionError(new AppError("INVALID", "本单位该年度的决算已存在"));
    return toActionError(e);
  }
}

export interface SaveTableResult {
  version: number;
  check: CheckSummary;
}

/**
 * Saves one table's inputs. Refused as a whole when any cell is invalid, when the report is
 * locked, or when someone else saved the table since `baseVersion` (nothing is overwritten).
 */
export async function saveTable(payload: unknown): Promise<ActionResult<SaveTableResult>> {
  try {
    const user = await requirePermission("report:edit");
    const reportId = typeof (payload as { reportId?: unknown })?.reportId === "string" ? (payload as { reportId: string }).reportId : "";
    const report = await requireVisibleReport(user, reportId);
    const template = getTemplate(report.templateId);
    if (!template) throw new AppError("INVALID", "报表模板不存在");

    const parsed = createSaveTableInputsSchema(template).safeParse(payload);
    if (!parsed.success) throw cellErrors(parsed.error.issues, payload);
    const { table, baseVersion, cells } = parsed.data;
    const values: InputCellValue[] = cells.filter((c) => c.fen !== null && c.fen !== 0n).map((c) => ({ row: c.row, column: c.column, fen: c.fen! }));

    const data = await loadReportData(report);
    if ((CODED_TABLE_KEYS as readonly string[]).includes(table)) {
      const unknown = [...new Set(values.map((v) => v.row))].filter((code) => !data.names.has(code));
      if (unknown.length) throw new AppError("INVALID", `${TABLE_NAMES[table]}：科目编码 ${unknown.join("、")} 不在 ${report.year} 年度的功能分类科目中`);
    }
    const inputs = replaceTableInputs(data.inputs, table, values);
    const { report: derived, rules } = deriveAndCheck(template, data.names, inputs);
    const placed = derived.issues.filter((i) => i.table === table);
    if (placed.length) throw new AppError("INVALID", placed.map((i) => i.message).join("；"));

    const record = tableRecord(inputs, table);
    const version = await db.$transaction(async (tx) => {
      // Lock the report row: a status change (submit, approve) waits for this save and vice versa.
      const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Report" WHERE id = ${report.id} FOR UPDATE`;
      if (!row || !(EDITABLE_STATUSES as readonly string[]).includes(row.status)) {
        throw new AppError("LOCKED", "报表已上报或已审核，当前不能修改");
      }
      const updated = await tx.reportTable.updateMany({
        where: { reportId: report.id, tableKey: table, version: baseVersion },
        data: { ...record, version: { increment: 1 }, updatedById: user.id },
      });
      if (updated.count === 0) {
        const current = await tx.reportTable.findUnique({ where: { reportId_tableKey: { reportId: report.id, tableKey: table } } });
        if (current || baseVersion !== 0) throw conflict(table);
        await tx.reportTable.create({ data: { reportId: report.id, tableKey: table, ...record, version: 1, updatedById: user.id } });
      }
      await audit(tx, { actorId: user.id, reportId: report.id, action: "report.saveTable", detail: { table, cells: values.length, version: baseVersion + 1 } });
      await tx.report.update({ where: { id: report.id }, data: { updatedAt: new Date() } });
      return baseVersion + 1;
    });
    return { ok: true, data: { version, check: summarizeRules(rules) } };
  } catch (e) {
    if (isUniqueViolation(e)) return toActionError(conflict(String((payload as { table?: unknown })?.table ?? "")));
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

function conflict(table: string) {
  const name = TABLE_NAMES[table as TableKey] ?? "本表";
  return new AppError("CONFLICT", `${name}在您打开之后已被他人修改并保存。为避免覆盖对方的数据，本次保存未执行；您填写的内容仍保留在屏幕上，请记下后刷新页面核对再保存。`);
}

/** Names the cell of every invalid value: "公开03表 2010301「基本支出」：最多两位小数". */
function cellErrors(issues: readonly z.core.$ZodIssue[], payload: unknown): AppError {
  const p = payload as { table?: unknown; cells?: { row?: unknown; column?: unknown; value?: unknown }[] };
  const name = TABLE_NAMES[p?.table as TableKey] ?? "";
  const messages = issues.slice(0, 20).map((issue) => {
    const [first, index] = issue.path;
    if (first === "cells" && typeof index === "number" && Array.isArray(p?.cells)) {
      const cell = p.cells[index];
      return `${name} ${String(cell?.row ?? "")}·${String(cell?.column ?? "")}（“${String(cell?.value ?? "").slice(0, 30)}”）：${issue.message}`;
    }
    return issue.message;
  });
  return new AppError("INVALID", `未保存：${messages.join("；")}${issues.length > 20 ? `；另有 ${issues.length - 20} 处问题` : ""}`);
}
