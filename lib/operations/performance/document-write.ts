import "server-only";
/**
 * The shape every 绩效 write shares: inside one transaction, lock the report and check it is
 * editable (lib/operations/report-lock.ts), read the stored document, refuse a save based on a
 * version someone has changed since, apply the change, write it with its audit entry.
 */
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { PerformanceDocument } from "@/lib/performance/document";
import { errorMap, refusalText, type FieldIssue } from "@/lib/performance/field-issues";
import { parsePerformanceDocument } from "@/lib/performance/read-document";
import type { CurrentUser } from "@/lib/session";
import { inTransaction, lockEditableReport, type LockedReport } from "../report-lock";

export const CONFLICT_MESSAGE =
  "绩效数据在您打开之后已被他人修改并保存。为避免覆盖对方的数据，本次保存未执行；您填写的内容仍保留在屏幕上，请记下后刷新页面核对再保存。";

/** Every save starts from the version its page showed. */
export interface DocumentWrite {
  readonly reportId: string;
  readonly baseVersion: number;
}

/** Refuses input with every problem on its field and the first few in the message. */
export function refused(issues: readonly FieldIssue[]): AppError {
  return new AppError("INVALID", refusalText(issues), errorMap(issues));
}

export function conflict(): AppError {
  return new AppError("CONFLICT", CONFLICT_MESSAGE);
}

/** Applies `change` to the document as stored at `write.baseVersion`; answers the new version. */
export function changeDocument(
  user: CurrentUser,
  write: DocumentWrite,
  action: string,
  detail: Record<string, string | number>,
  change: (document: PerformanceDocument, report: LockedReport) => PerformanceDocument,
): Promise<number> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, write.reportId);
    const current = await tx.reportPerformance.findUnique({ where: { reportId: report.id } });
    const version = current?.version ?? 0;
    if (version !== write.baseVersion) throw conflict();
    const data: Prisma.InputJsonObject = change(parsePerformanceDocument(current?.data ?? null).document, report);
    if (current) await tx.reportPerformance.update({ where: { reportId: report.id }, data: { data, version: version + 1 } });
    else await tx.reportPerformance.create({ data: { reportId: report.id, data, version: 1 } });
    await tx.report.update({ where: { id: report.id }, data: { updatedAt: new Date() } });
    await audit(tx, { actorId: user.id, reportId: report.id, action: `performance.${action}`, detail: { ...detail, version: version + 1 } });
    return version + 1;
  });
}
