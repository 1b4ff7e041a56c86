import "server-only";
import { audit } from "@/lib/audit";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { inTransaction, lockReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { CONFIRMATION_LABELS, type ConfirmationInput } from "./publication-input";

const COLUMNS = {
  secrecyReview: { at: "secrecyReviewedAt", by: "secrecyReviewedById" },
  signOff: { at: "signedOffAt", by: "signedOffById" },
} as const;

/**
 * The unit records one of the two statements publishing needs (保密审查已完成, 主要负责人已审签),
 * with who and when, on an approved report. It bumps the report's version, so a publish step
 * taken on an older view of the report is refused rather than publishing without it.
 */
export function confirmPublication(user: CurrentUser, { reportId, kind, expectedVersion }: ConfirmationInput): Promise<{ version: number }> {
  if (!can(user.role, "report:confirm")) throw new AppError("FORBIDDEN", `您的角色不能确认“${CONFIRMATION_LABELS[kind]}”`);
  return inTransaction(async (tx) => {
    const report = await lockReport(tx, user, reportId, {
      statuses: ["APPROVED"],
      refusal: { code: "CONFLICT", message: "只有审核通过、尚未公开的决算才能确认公开事项" },
      expectedVersion,
    });
    const column = COLUMNS[kind];
    const current = await tx.report.findUniqueOrThrow({ where: { id: report.id }, select: { [column.at]: true } });
    if (current[column.at]) throw new AppError("CONFLICT", `“${CONFIRMATION_LABELS[kind]}”已经确认过`);
    await tx.report.update({ where: { id: report.id }, data: { [column.at]: new Date(), [column.by]: user.id, version: { increment: 1 } } });
    await audit(tx, { actorId: user.id, reportId: report.id, action: `publication.${kind}` });
    return { version: report.version + 1 };
  });
}
