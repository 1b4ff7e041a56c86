import "server-only";
/** Saves a report's 第一部分 单位概况, as a draft when it still fails its checks. */
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/session";
import { draftOverviewSchema, overviewSchema, type StoredOverview } from "@/lib/validation/overview";
import { chineseMessage, invalidInput } from "@/lib/validation/parse";
import { writeNarrativePart } from "../narrative/narrative-record";
import { inTransaction, lockEditableReport } from "../report-lock";

/** What a draft still lacks, by field ("duties.2"), and in one line. */
export interface OverviewDraft {
  summary: string;
  fieldErrors: Record<string, string>;
}

/**
 * The overview as sent: passed by the strict schema, or — when only the strict checks fail — kept
 * as a draft with what it lacks. Markup, control characters or a wrong shape are refused outright.
 */
export function prepareOverview(raw: unknown): { overview: StoredOverview; draft: OverviewDraft | null } {
  const strict = overviewSchema.safeParse(raw);
  if (strict.success) return { overview: strict.data, draft: null };
  const draft = draftOverviewSchema.safeParse(raw);
  if (!draft.success) throw invalidInput(draft.error.issues, `单位概况未保存：${chineseMessage(draft.error.issues[0])}`);
  const fieldErrors: Record<string, string> = {};
  for (const issue of strict.error.issues) fieldErrors[issue.path.map(String).join(".") || "_"] ??= chineseMessage(issue);
  return { overview: draft.data, draft: { summary: Object.values(fieldErrors).slice(0, 3).join("；"), fieldErrors } };
}

/** Refused when locked or saved by someone else since `baseVersion`. */
export async function saveOverview(
  user: CurrentUser,
  input: { reportId: string; baseVersion: number; overview: unknown },
): Promise<{ reportId: string; version: number; draft: OverviewDraft | null }> {
  const { overview, draft } = prepareOverview(input.overview);
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, input.reportId);
    const version = await writeNarrativePart(tx, report.id, input.baseVersion, "单位概况", { overview });
    await audit(tx, {
      actorId: user.id,
      reportId: report.id,
      action: "report.saveOverview",
      detail: { duties: overview.duties.length, version, draft: draft !== null },
    });
    return { reportId: report.id, version, draft };
  });
}
