import type { ReportStatus } from "@/generated/prisma/enums";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: "填报中",
  SUBMITTED: "已上报",
  RETURNED: "审核退回",
  APPROVED: "审核通过",
  PUBLISHED: "已公开",
};

export const STATUS_TONES: Record<ReportStatus, "gray" | "blue" | "green" | "amber" | "red"> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  RETURNED: "red",
  APPROVED: "green",
  PUBLISHED: "green",
};

/** Statuses in which unit staff may change the data; every other status is locked for everyone. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly ReportStatus[];

/** Statuses in which reviewers comment (the report is under review). */
export const UNDER_REVIEW_STATUSES = ["SUBMITTED", "APPROVED"] as const satisfies readonly ReportStatus[];

/** What a save into a locked report is told, wherever it comes from. */
export const LOCKED_MESSAGE = "报表已上报或已审核，当前不能修改";

export function isEditable(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}
