import "server-only";
/**
 * The one write of a ReportNarrative row, shared by the 单位概况 and 情况说明 saves: compare-and-set
 * on the record's version, inside the caller's transaction and after the caller has locked the
 * report (lib/operations/report-lock.ts).
 */
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { EMPTY_OVERVIEW } from "@/lib/validation/overview";
import type { Tx } from "../report-lock";

/** Both parts share one version: a save of either refuses to overwrite a newer save of the other. */
export function narrativeConflict(part: string): AppError {
  return new AppError(
    "CONFLICT",
    `${part}在您打开之后已被他人修改并保存（单位概况与情况说明共用一个版本）。为避免覆盖对方的内容，本次保存未执行；您填写的内容仍保留在屏幕上，请记下后刷新页面核对再保存。`,
  );
}

/** Writes one part; returns the new version. The report row is already locked, so the reads hold. */
export async function writeNarrativePart(
  tx: Tx,
  reportId: string,
  baseVersion: number,
  part: string,
  data: { overview?: Prisma.InputJsonObject; facts?: Prisma.InputJsonObject },
): Promise<number> {
  const current = await tx.reportNarrative.findUnique({ where: { reportId }, select: { version: true } });
  if ((current?.version ?? 0) !== baseVersion) throw narrativeConflict(part);
  if (current) await tx.reportNarrative.update({ where: { reportId }, data: { ...data, version: baseVersion + 1 } });
  else await tx.reportNarrative.create({ data: { reportId, overview: EMPTY_OVERVIEW, facts: {}, ...data, version: 1 } });
  return baseVersion + 1;
}
