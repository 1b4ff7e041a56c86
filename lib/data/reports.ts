import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/authz";
import type { CurrentUser } from "@/lib/session";
import { visibleReportsWhere } from "./scope";

/**
 * A report the user may see, or null. Out-of-scope and missing look the same, so a
 * forged id reveals nothing about other units.
 */
export const findVisibleReport = cache(async (user: CurrentUser, reportId: string) => {
  if (!can(user.role, "report:read") || typeof reportId !== "string" || reportId.length > 64) return null;
  return db.report.findFirst({ where: { id: reportId, ...(await visibleReportsWhere(user)) }, include: { unit: true } });
});

export async function requireVisibleReport(user: CurrentUser, reportId: string) {
  const report = await findVisibleReport(user, reportId);
  if (!report) throw new AppError("NOT_FOUND", "报表不存在或无权查看");
  return report;
}
