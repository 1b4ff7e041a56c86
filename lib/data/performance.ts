import "server-only";
/**
 * Reads of 第五部分 (绩效). Each takes the signed-in user and scopes its own query to the reports
 * the user may see (lib/data/scope.ts): an invisible report reads as missing.
 */
import { cache } from "react";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PerformanceDocument } from "@/lib/performance/document";
import { performanceFigures, type PerformanceFigures } from "@/lib/performance/figures";
import { parsePerformanceDocument } from "@/lib/performance/read-document";
import { isPlausibleId } from "@/lib/operations/report-lock";
import { table05ProjectFen } from "@/lib/rules/performance/table05";
import type { CurrentUser } from "@/lib/session";
import { deriveTable } from "@/lib/tables/derive";
import { loadReportData } from "./report-data";
import { visibleReportsWhere } from "./scope";
import { getTemplate } from "@/lib/tables/templates";

export interface LoadedPerformance {
  readonly document: PerformanceDocument;
  /** What could not be read, in Chinese, for the page and the gate. */
  readonly warnings: readonly string[];
  /** ReportPerformance.version; 0 before the first save. A save must start from it. */
  readonly version: number;
  /** Whether a 绩效 record is stored at all (a seeded or imported one may still be at version 0). */
  readonly stored: boolean;
  /** What the 第五部分 header prints besides the document. */
  readonly report: { readonly id: string; readonly year: number; readonly unitName: string; readonly templateId: string };
}

/** A report's 绩效 document, or null when the report is missing or the user may not see it. */
export const loadPerformance = cache(async (user: CurrentUser, reportId: string): Promise<LoadedPerformance | null> => {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) return null;
  const report = await db.report.findFirst({
    where: { id: reportId, ...(await visibleReportsWhere(user)) },
    select: { id: true, year: true, templateId: true, unit: { select: { name: true } }, performance: { select: { data: true, version: true } } },
  });
  if (!report) return null;
  const parsed = parsePerformanceDocument(report.performance?.data ?? null);
  return { ...parsed, version: report.performance?.version ?? 0, stored: report.performance !== null, report: { id: report.id, year: report.year, unitName: report.unit.name, templateId: report.templateId } };
});

/** What 情况说明 十三 reads from the 绩效 data; null while none is stored or the user may not see the report. */
export async function loadPerformanceFigures(user: CurrentUser, reportId: string): Promise<PerformanceFigures | null> {
  return storedFigures(await loadPerformance(user, reportId));
}

/** The figures of a loaded 绩效 record; null while none is stored (nothing entered yet), as the report check reads it. */
export function storedFigures(loaded: LoadedPerformance | null): PerformanceFigures | null {
  return loaded?.stored ? performanceFigures(loaded.document, getTemplate(loaded.report.templateId)?.gradeScale) : null;
}

/** 公开05 项目支出合计 in 分, as the tables derive it; null for a report the user may not see. */
export async function loadTable05ProjectFen(user: CurrentUser, reportId: string): Promise<bigint | null> {
  const data = await loadReportData(user, reportId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") return null;
    throw e;
  });
  return data && table05ProjectFen(deriveTable(data.template, data.names, data.inputs, "t05"));
}
