import { z } from "zod";

/** A publication step as a request sends it. */
export const confirmationSchema = z.object({
  reportId: z.string().min(1).max(64),
  kind: z.enum(["secrecyReview", "signOff"], { error: "未知的确认事项" }),
  expectedVersion: z.number({ error: "缺少版本号" }).int().nonnegative(),
});
export type ConfirmationInput = z.output<typeof confirmationSchema>;

export const publishSchema = z.object({
  reportId: z.string().min(1).max(64),
  expectedVersion: z.number({ error: "缺少版本号" }).int().nonnegative(),
});
export type PublishInput = z.output<typeof publishSchema>;

export const CONFIRMATION_LABELS = { secrecyReview: "保密审查已完成", signOff: "主要负责人已审签" } as const;
