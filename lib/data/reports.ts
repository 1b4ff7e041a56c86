import "server-only";
import { cache } from "react";
import { can } from "@/lib/authz";
import type { Report, Unit } from "@/generated/prisma/client";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { visibleReportsWhere } from "./scope";
import { utcColumn } from "./sql";
import { ONE_VISIBLE_REPORT_SQL, oneReportParams } from "./visibility";

/**
 * A report the user may see, or null. Out-of-scope and missing look the same, so a
 * forged id reveals nothing about other units.
 */
export const findVisibleReport = cache(async (user: CurrentUser, reportId: string): Promise<(Report & { unit: Unit }) | null> => {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) return null;
  // Every page of a report starts here: one named statement, not an ORM query (decision 005).
  const { rows } = await pool.query<Record<string, unknown>>({ name: "visible-report", text: VISIBLE_REPORT_SQL, values: oneReportParams(user, reportId) });
  const row = rows[0];
  if (!row) return null;
  const report: Record<string, unknown> = {};
  const unit: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith("unit_")) unit[column.slice(5)] = value;
    else report[column] = value;
  }
  return { ...(report as unknown as Report), unit: unit as unknown as Unit };
});

const REPORT_COLUMNS = ["id", "unitId", "year", "templateId", "version", "secrecyReviewedById", "signedOffById", "correctionNote"] satisfies (keyof Report)[];
const REPORT_TIMES = ["submittedAt", "reviewStartedAt", "approvedAt", "publishedAt", "secrecyReviewedAt", "signedOffAt", "createdAt", "updatedAt"] satisfies (keyof Report)[];
const UNIT_COLUMNS = ["id", "code", "name", "isDepartment", "parentId", "path", "active"] satisfies (keyof Unit)[];
const UNIT_TIMES = ["createdAt", "updatedAt"] satisfies (keyof Unit)[];
// A column added to Report or Unit fails to compile here until the statement selects it.
const EVERY_REPORT_COLUMN: Record<Exclude<keyof Report, (typeof REPORT_COLUMNS)[number] | (typeof REPORT_TIMES)[number] | "status">, never> = {};
const EVERY_UNIT_COLUMN: Record<Exclude<keyof Unit, (typeof UNIT_COLUMNS)[number] | (typeof UNIT_TIMES)[number] | "kind" | "region">, never> = {};
void EVERY_REPORT_COLUMN;
void EVERY_UNIT_COLUMN;

/** The report with its unit, as Prisma would return them (the unit's columns prefixed `unit_`). */
const VISIBLE_REPORT_SQL = `SELECT ${[
  ...REPORT_COLUMNS.map((c) => `r."${c}"`),
  `r.status::text AS status`,
  ...REPORT_TIMES.map((c) => utcColumn(`r."${c}"`, c)),
  ...UNIT_COLUMNS.map((c) => `u."${c}" AS "unit_${c}"`),
  `u.kind::text AS "unit_kind"`,
  `u.region::text AS "unit_region"`,
  ...UNIT_TIMES.map((c) => utcColumn(`u."${c}"`, `unit_${c}`)),
].join(", ")}
${ONE_VISIBLE_REPORT_SQL}`;

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
