import "server-only";
/** Saves a report's 第一部分 单位概况. */
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/session";
import type { StoredOverview } from "@/lib/validation/overview";
import { writeNarrativePart } from "../narrative/narrative-record";
import { inTransaction, lockEditableReport } from "../report-lock";

/** `overview` has passed overviewSchema. Refused when locked or saved by someone else since `baseVersion`. */
export async function saveOverview(
  user: CurrentUser,
  input: { reportId: string; baseVersion: number; overview: StoredOverview },
): Promise<{ reportId: string; version: number }> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, input.reportId);
    const version = await writeNarrativePart(tx, report.id, input.baseVersion, "单位概况", { overview: input.overview });
    await audit(tx, {
      actorId: user.id,
      reportId: report.id,
      action: "report.saveOverview",
      detail: { duties: input.overview.duties.length, version },
    });
    return { reportId: report.id, version };
  });
}
