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
