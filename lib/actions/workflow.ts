"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { forgetPublicIndex } from "@/lib/data/public";
import { markNotificationsRead as markRead } from "@/lib/operations/notifications/mark-read";
import { explainWarning } from "@/lib/operations/reports/explain-warning";
import { explanationSchema } from "@/lib/operations/reports/explanation-input";
import { addComment as addReviewComment } from "@/lib/operations/review/add-comment";
import { commentSchema } from "@/lib/operations/review/comment-input";
import { confirmPublication as confirm } from "@/lib/operations/publication/confirm-publication";
import { confirmationSchema } from "@/lib/operations/publication/publication-input";
import { publishReport } from "@/lib/operations/publication/publish-report";
import { transitionReport as transition } from "@/lib/operations/workflow/transition-report";
import { transitionSchema } from "@/lib/operations/workflow/transition-input";
import { requirePermission } from "@/lib/session";
import { parseInput } from "@/lib/validation/parse";
import { runAction, runOperation, runReportEdit } from "./run-action";

export async function transitionReport(input: unknown): Promise<ActionResult<{ status: string; version: number }>> {
  return runAction(async () => {
    // Signed in with access to reports; which transition this role may take is checked,
    // with a precise message, by the transition table inside the operation.
    const user = await requirePermission("report:read");
    const step = parseInput(transitionSchema, input);
    const result = step.action === "publish" ? await publishReport(user, step) : await transition(user, step);
    revalidatePath("/", "layout");
    // A new version changes the public index and the unit's public page.
    if (step.action === "publish") {
      revalidatePath("/disclosures", "layout");
      forgetPublicIndex();
    }
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

/** The unit records 保密审查已完成 or 主要负责人已审签 on an approved report. */
export async function confirmPublication(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runReportEdit(confirmationSchema, input, confirm, "report:confirm");
}
