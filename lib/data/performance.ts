import "server-only";
import { table05ProjectFen } from "@/lib/reports/performance-messages";
import { cache } from "react";
import { db } from "@/lib/db";
import { parsePerformanceDocument, type ParsedPerformance } from "@/lib/performance/stored";
import type { CurrentUser } from "@/lib/session";
import { deriveTable } from "@/lib/tables/derive";
import { loadReportData } from "./report-data";

export interface LoadedPerformance extends ParsedPerformance {
  /** ReportPerformance.version; 0 before the first save. A save must start from it. */
  readonly version: number;
}

/** A report's 绩效 document. Callers check visibility first (findVisibleReport / requireVisibleReport). */
export const loadPerformance = cache(async (reportId: string): Promise<LoadedPerformance> => {
  const row = await db.reportPerformance.findUnique({ where: { reportId }, select: { data: true, version: true } });
  return { ...parsePerformanceDocument(row?.data ?? null), version: row?.version ?? 0 };
});

/** What the 第五部分 header prints besides the document. Callers check visibility first. */
export const loadPerformanceReport = cache(async (reportId: string) => {
  return db.report.findUnique({ where: { id: reportId }, select: { id: true, year: true, unit: { select: { name: true } } } });
});

/** 公开05 项目支出合计 in 分, as the tables derive it, for a user who may see the report. */
export async function loadTable05ProjectFen(user: CurrentUser, reportId: string): Promise<bigint> {
  const data = await loadReportData(user, reportId);
  return table05ProjectFen(deriveTable(data.template, data.names, data.inputs, "t05"));
}
