import "server-only";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inputsFromTables } from "@/lib/reports/table-data";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import type { ReportDocuments } from "@/lib/rules/report-check";
import type { CurrentUser } from "@/lib/session";
import type { ReportInputs } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { visibleReportsWhere } from "./scope";

export interface ReportData {
  template: ReportTemplate;
  inputs: ReportInputs;
  versions: Partial<Record<TableKey, number>>;
  /** Function subject names of the report's year (code → name). */
  names: Map<string, string>;
}

/**
 * A report's inputs, table versions and the year's subject names, for a user who may see it.
 * The report is found under the user's visibility here, whatever the caller checked before: an
 * invisible report answers NOT_FOUND, exactly like a missing one.
 */
export async function loadReportData(user: CurrentUser, reportId: string): Promise<ReportData> {
  return (await loadReport(user, reportId, false)).data;
}

/** Everything the one report check reads (lib/rules/report-check.ts): the tables and both documents. */
export async function loadReportDocuments(user: CurrentUser, reportId: string): Promise<ReportData & ReportDocuments> {
  const { data, report } = await loadReport(user, reportId, true);
  return {
    ...data,
    unitName: report.unit.name,
    // A department's members are of several kinds: the checks by kind are the members' own.
    unitKind: report.unit.isDepartment ? null : report.unit.kind,
    year: report.year,
    narrative: report.narrative ? { overview: report.narrative.overview, facts: report.narrative.facts } : null,
    performance: report.performance?.data ?? null,
  };
}

async function loadReport(user: CurrentUser, reportId: string, documents: boolean) {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const report = await db.report.findFirst({
    where: { id: reportId, ...(await visibleReportsWhere(user)) },
    select: {
      year: true,
      templateId: true,
      tables: { select: { tableKey: true, data: true, version: true } },
      unit: { select: { name: true, kind: true, isDepartment: true } },
      narrative: documents ? { select: { overview: true, facts: true } } : false,
      performance: documents ? { select: { data: true } } : false,
    },
  });
  if (!report) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const template = getTemplate(report.templateId);
  if (!template) throw new AppError("INVALID", `报表模板“${report.templateId}”不存在`);
  const subjects = await db.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } });
  const data: ReportData = {
    template,
    inputs: inputsFromTables(report.tables),
    versions: Object.fromEntries(report.tables.map((t) => [t.tableKey, t.version])),
    names: new Map(subjects.map((s) => [s.code, s.name])),
  };
  return { data, report };
}
