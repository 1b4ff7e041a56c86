import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";
import { publicationRow, type PreparedPublication } from "./publication-row";

/**
 * Writes the published version, under the report lock of the publish step. The version number
 * was chosen before the lock; were another publication of this report written in between, the
 * numbers would collide, so it is checked again here.
 */
export async function recordPublication(tx: Tx, reportId: string, actorId: string, p: PreparedPublication) {
  const last = await tx.publication.findFirst({ where: { reportId }, orderBy: { number: "desc" }, select: { number: true } });
  if ((last?.number ?? 0) + 1 !== p.meta.versionNumber) throw new AppError("CONFLICT", "该决算刚刚有新的公开版本，请刷新页面后再操作");
  await tx.publication.updateMany({ where: { reportId, current: true }, data: { current: false } });
  await tx.publication.create({ data: publicationRow(reportId, actorId, p) });
}
