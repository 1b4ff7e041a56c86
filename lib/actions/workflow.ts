"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { EDITABLE_STATUSES } from "@/lib/reports/status";
import { requirePermission } from "@/lib/session";
import { addComment as addReviewComment } from "@/lib/workflow/comments";
import { performTransition } from "@/lib/workflow/perform";

export async function transitionReport(input: unknown): Promise<ActionResult<{ status: string; version: number }>> {
  try {
    // Signed in with access to reports; which transition this role may take is checked,
    // with a precise message, by the transition table in performTransition.
    const user = await requirePermission("report:read");
    const result = await performTransition(user, input);
    revalidatePath("/", "layout");
    return { ok: true, data: result };
  } catch (e) {
    return toActionError(e);
  }
}

export async function addComment(input: unknown): Promise<ActionResult> {
  try {
    const user = await requirePermission("report:comment");
    await addReviewComment(user, input);
    revalidatePath(`/reports/${(input as { reportId?: string })?.reportId ?? ""}`);
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}

const explanationSchema = z.object({
  reportId: z.string().min(1).max(64),
  key: z.string().min(1).max(300),
  text: z
    .string()
    .max(1000, "说明最多 1000 个字符")
    .transform((s) => s.trim())
    .refine((s) => !/[<>]/.test(s), "说明不能包含尖括号"),
});

/** Staff explain a warning (an empty text removes the explanation). */
export async function saveExplanation(input: unknown): Promise<ActionResult> {
  try {
    const user = await requirePermission("report:edit");
    const parsed = explanationSchema.safeParse(input);
    if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "说明格式不正确");
    const { reportId, key, text } = parsed.data;
    const report = await requireVisibleReport(user, reportId);
    if (!(EDITABLE_STATUSES as readonly string[]).includes(report.status)) throw new AppError("LOCKED", "报表已上报或已审核，当前不能修改");
    await db.$transaction(async (tx) => {
      if (text) await tx.ruleExplanation.upsert({ where: { reportId_key: { reportId, key } }, create: { reportId, key, text }, update: { text } });
      else await tx.ruleExplanation.deleteMany({ where: { reportId, key } });
      await audit(tx, { actorId: user.id, reportId, action: "report.explainWarning", detail: { key, text } });
    });
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}

export async function markNotificationsRead(ids: unknown): Promise<ActionResult> {
  try {
    const user = await requirePermission("report:read");
    const list = z.array(z.string().max(64)).max(500).safeParse(ids);
    if (!list.success) throw new AppError("INVALID", "通知编号不正确");
    await db.notification.updateMany({ where: { userId: user.id, id: { in: list.data }, readAt: null }, data: { readAt: new Date() } });
    revalidatePath("/", "layout");
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}
