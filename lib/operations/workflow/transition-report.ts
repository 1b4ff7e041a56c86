import "server-only";
import { ReportStatus } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction, lockReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { checkTransition, type WorkflowAction } from "@/lib/workflow/transitions";
import { notifyTransition } from "./notify";
import { loadSnapshotContents, saveSnapshot } from "./snapshot";
import { assertSubmittable, loadReportForCheck } from "./submission-gate";
import type { TransitionInput } from "./transition-input";
import type { PreparedPublication } from "@/lib/operations/publication/publication-row";
import { recordPublication } from "@/lib/operations/publication/record-publication";
import { freezingStatus, membershipOf, reviewLevelOf } from "@/lib/operations/departments/membership";
import { assertDepartmentSubmittable } from "@/lib/operations/departments/department-gate";

const ANY_STATUS = Object.values(ReportStatus);
const STAMP: Partial<Record<WorkflowAction, "submittedAt" | "approvedAt" | "publishedAt">> = { submit: "submittedAt", approve: "approvedAt", publish: "publishedAt" };

/**
 * Takes one workflow step (docs/decisions/006-workflow-compare-and-set.md). The report row is
 * locked first, so of two people acting at once the second waits, then sees the new version and
 * is told so. The status check is checkTransition on the locked row rather than lockReport's
 * status list: its refusals name the current status, and a role that may never take the step
 * hears that before hearing about the status.
 */
export function transitionReport(
  user: CurrentUser,
  { reportId, action, expectedVersion, reason: rawReason }: TransitionInput,
  publication?: PreparedPublication,
): Promise<{ status: ReportStatus; version: number }> {
  // Publishing renders its files first (lib/operations/publication/publish-report.ts) and comes here with them.
  if ((action === "publish") !== (publication !== undefined)) throw new AppError("INVALID", "公开须通过“公开”操作进行：先确认保密审查和主要负责人审签");
  return inTransaction(async (tx) => {
    const report = await lockReport(tx, user, reportId, { statuses: ANY_STATUS });
    const membership = await membershipOf(tx, report.unitId, report.year);
    const check = checkTransition(action, {
      role: user.role,
      status: report.status,
      expectedVersion,
      currentVersion: report.version,
      reviewStarted: report.reviewStartedAt !== null,
      reason: rawReason,
      reviewLevel: reviewLevelOf(membership),
      departmentStatus: freezingStatus(membership),
    });
    if (!check.ok) throw new AppError(check.code, check.message);
    const { transition, reason } = check;
    if (action === "publish" && reviewLevelOf(membership) === "department" && membership!.departmentStatus !== "APPROVED" && membership!.departmentStatus !== "PUBLISHED") {
      throw new AppError("CONFLICT", `成员单位的决算须待“${membership!.departmentName}”部门决算经财政局审核通过后公开`);
    }

    // The gate judges exactly what is submitted: nothing can be saved while the lock is held.
    const submitted = transition.gated ? await loadReportForCheck(tx, report.id) : null;
    if (submitted && report.unit.isDepartment) await assertDepartmentSubmittable(tx, report);
    if (submitted) assertSubmittable(submitted);

    const now = publication ? new Date(publication.meta.publishedAt) : new Date();
    const unconfirmed = { secrecyReviewedAt: null, secrecyReviewedById: null, signedOffAt: null, signedOffById: null };
    // Still a compare-and-set on (status, version): under the lock it always matches, and it
    // keeps the step correct should the lock ever be taken away.
    const updated = await tx.report.updateMany({
      where: { id: report.id, status: report.status, version: expectedVersion, ...(action === "withdraw" ? { reviewStartedAt: null } : {}) },
      data: {
        status: transition.to,
        version: { increment: 1 },
        ...(STAMP[action] ? { [STAMP[action]!]: now } : {}),
        ...(action === "submit" ? { reviewStartedAt: null, approvedAt: null, ...unconfirmed } : {}),
        ...(action === "reopen" ? { approvedAt: null, ...unconfirmed } : {}),
        ...(action === "publish" ? { correctionNote: null, ...unconfirmed } : {}),
        ...(action === "correct" ? { correctionNote: reason, submittedAt: null, reviewStartedAt: null, approvedAt: null } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "报表状态已被他人更新，本次操作未执行；请刷新页面查看最新状态");

    if (submitted) await saveSnapshot(tx, report.id, "submitted", user.id, submitted.contents);
    if (publication) {
      await saveSnapshot(tx, report.id, "published", user.id, await loadSnapshotContents(tx, report.id));
      await recordPublication(tx, report.id, user.id, publication);
    }

    await audit(tx, { actorId: user.id, reportId: report.id, action: `workflow.${action}`, fromStatus: report.status, toStatus: transition.to, reason: reason ?? undefined });
    await notifyTransition(tx, report, action, user.displayName, reason, reviewLevelOf(membership));
    return { status: transition.to, version: expectedVersion + 1 };
  });
}
