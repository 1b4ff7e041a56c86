import "server-only";
/** Saves a report's 情况说明 facts, settings and reasons. */
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session";
import { draftFactsSchema, storedFactsSchema } from "@/lib/validation/facts";
import { describeFactsIssues } from "@/lib/validation/facts/issue-messages";
import { inTransaction, lockEditableReport } from "../report-lock";
import { writeNarrativePart } from "./narrative-record";

export interface SaveFactsInput {
  readonly reportId: string;
  readonly baseVersion: number;
  readonly form: unknown;
  readonly settings: unknown;
}

/** What the form still lacks when it was stored as a draft. */
export interface DraftProblems {
  readonly summary: string;
  readonly fieldErrors: Record<string, string>;
}

/**
 * What is stored is the text as typed (the schemas re-read it on every use), so the form reopens
 * exactly as left. A form the strict schemas refuse is still stored as a draft when every box holds
 * safe text in the right shape — nothing typed is lost — and its problems come back to be shown;
 * the submission gate refuses the report until they are fixed. Refused when the text is unsafe or
 * malformed, when locked, or when saved by someone else since `baseVersion`.
 */
export async function saveFacts(user: CurrentUser, input: SaveFactsInput): Promise<{ reportId: string; version: number; draft: DraftProblems | null }> {
  return inTransaction(async (tx) => {
    // The report first: someone who may not edit it learns nothing about what the form lacks.
    const report = await lockEditableReport(tx, user, input.reportId);
    const record = { form: input.form, settings: input.settings };
    const parsed = storedFactsSchema.safeParse(record);
    const problems = parsed.success ? null : describeFactsIssues(parsed.error.issues);
    const draft = problems && { ...problems, summary: problems.summary.replace(/^未保存：/, "") };
    if (!parsed.success) {
      const storable = draftFactsSchema.safeParse(record);
      if (!storable.success) {
        const { summary, fieldErrors } = describeFactsIssues(storable.error.issues);
        throw new AppError("INVALID", summary, fieldErrors);
      }
    }
    // Every leaf the strict or the draft schemas accepted is a safe string at a known key: stored as sent.
    const facts = { form: input.form, settings: input.settings } as Prisma.InputJsonObject;
    const version = await writeNarrativePart(tx, report.id, input.baseVersion, "情况说明", { facts });
    await audit(tx, {
      actorId: user.id,
      reportId: report.id,
      action: "report.saveNarrative",
      detail: { reasons: parsed.success ? Object.keys(parsed.data.form.reasons).length : null, version, draft: draft !== null },
    });
    return { reportId: report.id, version, draft };
  });
}
