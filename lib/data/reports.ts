import "server-only";
import { cache } from "react";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { visibleReportsWhere } from "./scope";

/**
 * A report the user may see, or null. Out-of-scope and missing look the same, so a
 * forged id reveals nothing about other units.
 */
export const findVisibleReport = cache(async (user: CurrentUser, reportId: string) => {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) return null;
  return db.report.findFirst({ where: { id: reportId, ...(await visibleReportsWhere(user)) }, include: { unit: true } });
});

export async function requireVisibleReport(user: CurrentUser, reportId: string) {
  const report = await findVisibleReport(user, reportId);
  if (!report) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return report;
}

/** The report's audit log, newest first, for a user who may see the report (empty otherwise). */
export async function loadReportHistory(user: CurrentUser, reportId: string) {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) return [];
  return db.auditLog.findMany({
    where: { reportId, report: await visibleReportsWhere(user) },
    orderBy: { at: "desc" },
    take: 500,
    include: { actor: { select: { displayName: true, login: true } } },
  });
}

/** The reports on a staff member's home page, newest year first, with their latest comments and return. */
export async function loadMyReports(user: CurrentUser) {
  return db.report.findMany({
    where: await visibleReportsWhere(user),
    orderBy: { year: "desc" },
    include: {
      unit: true,
      comments: { orderBy: { createdAt: "desc" }, take: 3, include: { author: { select: { displayName: true } } } },
      auditLogs: { where: { action: { in: ["workflow.return", "workflow.reopen"] } }, orderBy: { at: "desc" }, take: 1 },
    },
  });
}
