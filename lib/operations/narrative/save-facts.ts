import "server-only";
/** Saves a report's 情况说明 facts, settings and reasons. */
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session";
import { storedFactsSchema } from "@/lib/validation/facts";
import { describeFactsIssues } from "@/lib/validation/facts/issue-messages";
import { inTransaction, lockEditableReport } from "../report-lock";
import { writeNarrativePart } from "./narrative-record";

export interface SaveFactsInput {
  readonly reportId: string;
  readonly baseVersion: number;
  readonly form: unknown;
  readonly settings: unknown;
}

/**
 * Both schemas must accept the facts; what is stored is the text as typed (the schemas re-read it
 * on every use), so the form reopens exactly as left. Refused when locked or saved by someone else
 * since `baseVersion`.
 */
export async function saveFacts(user: CurrentUser, input: SaveFactsInput): Promise<{ reportId: string; version: number }> {
  return inTransaction(async (tx) => {
    // The report first: someone who may not edit it learns nothing about what the form lacks.
    const report = await lockEditableReport(tx, user, input.reportId);
    const parsed = storedFactsSchema.safeParse({ form: input.form, settings: input.settings });
    if (!parsed.success) {
      const { summary, fieldErrors } = describeFactsIssues(parsed.error.issues);
      throw new AppError("INVALID", summary, fieldErrors);
    }
    // Every leaf the strict schemas accepted is a string at a known key: safe to store as sent.
    const facts = { form: input.form, settings: input.settings } as Prisma.InputJsonObject;
    const version = await writeNarrativePart(tx, report.id, input.baseVersion, "情况说明", { facts });
    await audit(tx, {
      actorId: user.id,
      reportId: report.id,
      action: "report.saveNarrative",
      detail: { reasons: Object.keys(parsed.data.form.reasons).length, version },
    });
    return { reportId: report.id, version };
  });
}
