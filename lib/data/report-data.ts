import "server-only";
import { db } from "@/lib/db";
import { inputsFromTables } from "@/lib/reports/table-data";
import type { ReportInputs } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { AppError } from "@/lib/errors";

export interface ReportData {
  template: ReportTemplate;
  inputs: ReportInputs;
  versions: Partial<Record<TableKey, number>>;
  /** Function subject names of the report's year (code → name). */
  names: Map<string, string>;
}

/** A report's inputs, table versions and the year's subject names. Callers check visibility first. */
export async function loadReportData(report: { id: string; year: number; templateId: string }): Promise<ReportData> {
  const template = getTemplate(report.templateId);
  if (!template) throw new AppError("INVALID", `报表模板“${report.templateId}”不存在`);
  const [tables, subjects] = await Promise.all([
    db.reportTable.findMany({ where: { reportId: report.id }, select: { tableKey: true, data: true, version: true } }),
    db.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } }),
  ]);
  return {
    template,
    inputs: inputsFromTables(tables),
    versions: Object.fromEntries(tables.map((t) => [t.tableKey, t.version])),
    names: new Map(subjects.map((s) => [s.code, s.name])),
  };
}
