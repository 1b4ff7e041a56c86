import { z } from "zod";
import { ACTIONS, MAX_REASON_LENGTH } from "@/lib/workflow/transitions";

/** A workflow step as a request sends it; who may take it, and when, is checkTransition's to say. */
export const transitionSchema = z.object({
  reportId: z.string().min(1).max(64),
  action: z.enum(ACTIONS, { error: "未知的操作" }),
  expectedVersion: z.number({ error: "缺少版本号" }).int().nonnegative(),
  reason: z.string().max(MAX_REASON_LENGTH, `原因最多 ${MAX_REASON_LENGTH} 个字符`).optional().nullable(),
});
export type TransitionInput = z.output<typeof transitionSchema>;
