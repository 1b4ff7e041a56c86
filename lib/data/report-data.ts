import "server-only";
import { can } from "@/lib/authz";
import type { UnitKind } from "@/generated/prisma/enums";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inputsFromTables } from "@/lib/reports/table-data";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import type { ReportDocuments } from "@/lib/rules/report-check";
import type { CurrentUser } from "@/lib/session";
import type { ReportInputs } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { ONE_VISIBLE_REPORT_SQL, oneReportParams } from "./visibility";

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

interface ReportRow {
  year: number;
  templateId: string;
  unit: { name: string; kind: UnitKind; isDepartment: boolean };
  tables: { tableKey: string; data: unknown; version: number }[];
  narrative: { overview: unknown; facts: unknown } | null;
  performance: { data: unknown } | null;
  names: [string, string][];
}

/**
 * The report (under the user's visibility), its tables, its two documents when asked and the
 * year's function subject names, in one named statement (decision 005): every report page and
 * the submission's check read it.
 */
const REPORT_DATA_SQL = `SELECT r.year, r."templateId",
  json_build_object('name', u.name, 'kind', u.kind, 'isDepartment', u."isDepartment") AS unit,
  (SELECT coalesce(json_agg(json_build_object('tableKey', t."tableKey", 'data', t.data, 'version', t.version)), '[]') FROM "ReportTable" t WHERE t."reportId" = r.id) AS tables,
  CASE WHEN $5 THEN (SELECT json_build_object('overview', n.overview, 'facts', n.facts) FROM "ReportNarrative" n WHERE n."reportId" = r.id) END AS narrative,
  CASE WHEN $5 THEN (SELECT json_build_object('data', p.data) FROM "ReportPerformance" p WHERE p."reportId" = r.id) END AS performance,
  (SELECT coalesce(json_agg(json_build_array(s.code, s.name)), '[]') FROM "SubjectCode" s WHERE s.year = r.year AND s.kind = 'FUNCTION') AS names
${ONE_VISIBLE_REPORT_SQL}`;

async function loadReport(user: CurrentUser, reportId: string, documents: boolean) {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const { rows } = await pool.query<ReportRow>({ name: "report-data", text: REPORT_DATA_SQL, values: [...oneReportParams(user, reportId), documents] });
  const report = rows[0];
  if (!report) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const template = getTemplate(report.templateId);
  if (!template) throw new AppError("INVALID", `报表模板“${report.templateId}”不存在`);
  const data: ReportData = {
    template,
    inputs: inputsFromTables(report.tables),
    versions: Object.fromEntries(report.tables.map((t) => [t.tableKey, t.version])),
    names: new Map(report.names),
  };
  return { data, report };
}
