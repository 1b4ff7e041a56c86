import "server-only";
import { visibleReportsWhere } from "@/lib/data/scope";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

/**
 * A reviewer opening a submitted report starts the review: the unit can no longer withdraw it.
 * One conditional statement, scoped to what the reviewer may see, so it needs no lock: it only
 * ever changes a SUBMITTED report whose review has not started, and a withdrawal re-checks that
 * in its own compare-and-set. Not audited: opening a report is not a change to it.
 */
export async function startReview(user: CurrentUser, reportId: string): Promise<void> {
  if (user.role !== "REVIEWER") return;
  await db.report.updateMany({
    where: { id: reportId, status: "SUBMITTED", reviewStartedAt: null, ...(await visibleReportsWhere(user)) },
    data: { reviewStartedAt: new Date() },
  });
}
