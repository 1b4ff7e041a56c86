"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { markNotificationsRead as markRead } from "@/lib/operations/notifications/mark-read";
import { explainWarning } from "@/lib/operations/reports/explain-warning";
import { explanationSchema } from "@/lib/operations/reports/explanation-input";
import { addComment as addReviewComment } from "@/lib/operations/review/add-comment";
import { commentSchema } from "@/lib/operations/review/comment-input";
import { transitionReport as transition } from "@/lib/operations/workflow/transition-report";
import { transitionSchema } from "@/lib/operations/workflow/transition-input";
import { requirePermission } from "@/lib/session";
import { parseInput } from "@/lib/validation/parse";
import { runAction, runOperation } from "./run-action";

export async function transitionReport(input: unknown): Promise<ActionResult<{ status: string; version: number }>> {
  return runAction(async () => {
    // Signed in with access to reports; which transition this role may take is checked,
    // with a precise message, by the transition table inside the operation.
    const user = await requirePermission("report:read");
    const result = await transition(user, parseInput(transitionSchema, input));
    revalidatePath("/", "layout");
    return result;
  });
}

export async function addComment(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requirePermission("report:comment");
    const comment = parseInput(commentSchema, input);
    await addReviewComment(user, comment);
    revalidatePath(`/reports/${comment.reportId}`);
  });
}

/** Staff explain a warning (an empty text removes the explanation). */
export async function saveExplanation(input: unknown): Promise<ActionResult> {
  return runOperation("report:edit", explanationSchema, input, explainWarning);
}

const notificationIds = z.array(z.string({ error: "通知编号不正确" }).max(64, "通知编号不正确"), { error: "通知编号不正确" }).max(500, "通知编号不正确");

export async function markNotificationsRead(ids: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requirePermission("report:read");
    await markRead(user, parseInput(notificationIds, ids));
    revalidatePath("/", "layout");
  });
}
