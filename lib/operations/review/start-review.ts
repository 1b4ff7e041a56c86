import "server-only";
import { can, reviewsAt, type ReviewLevel } from "@/lib/authz";
import { visibleReportsWhere } from "@/lib/data/scope";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

/**
 * A reviewer opening a submitted report starts the review: the unit can no longer withdraw it.
 * Only the reviewer of the report's level starts it (a 财政局 reviewer reading a member unit's
 * report does not). One conditional statement, scoped to what the reviewer may see, so it needs
 * no lock: it only ever changes a SUBMITTED report whose review has not started, and a withdrawal
 * re-checks that in its own compare-and-set. Not audited: opening a report is not a change to it.
 */
export async function startReview(user: CurrentUser, reportId: string, level: ReviewLevel): Promise<void> {
  if (!can(user.role, "report:review") || !reviewsAt(user.role, level)) return;
  await db.report.updateMany({
    where: { id: reportId, status: "SUBMITTED", reviewStartedAt: null, ...(await visibleReportsWhere(user)) },
    data: { reviewStartedAt: new Date() },
  });
}
