import "server-only";
/**
 * The one way a write reaches a report: inside the write's transaction, find the report under the
 * user's visibility, lock its row, and check its status (and version) on the locked row. Every
 * write that depends on a report's status goes through here, so no write can slip in between a
 * status check and a status change: a submission waits for a save that holds the lock, and a save
 * after a submission sees the new status and is refused.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { ReportStatus } from "@/generated/prisma/enums";
import { can } from "@/lib/authz";
import { visibleReportsWhere } from "@/lib/data/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { EDITABLE_STATUSES, LOCKED_MESSAGE } from "@/lib/reports/status";
import type { CurrentUser } from "@/lib/session";

export type Tx = Prisma.TransactionClient;

export const NOT_FOUND_MESSAGE = "报表不存在或无权查看";

const lockedSelect = {
  id: true,
  unitId: true,
  year: true,
  templateId: true,
  status: true,
  version: true,
  reviewStartedAt: true,
  unit: { select: { name: true, path: true, isDepartment: true } },
} as const satisfies Prisma.ReportSelect;

export type LockedReport = Prisma.ReportGetPayload<{ select: typeof lockedSelect }>;

export interface LockRequirement {
  /** The statuses the write is allowed in. */
  readonly statuses: readonly ReportStatus[];
  /** The refusal when the report is in another status. */
  readonly refusal?: { readonly code: "LOCKED" | "CONFLICT"; readonly message: string };
  /** For compare-and-set writes: the report version the user acted on. */
  readonly expectedVersion?: number;
  /** What a stale `expectedVersion` is told. */
  readonly staleMessage?: string;
}

/** An id as it may appear in a request: short, printable, nothing a database would choke on. */
export function isPlausibleId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= 64 && /^[A-Za-z0-9_-]+$/.test(id);
}

/**
 * Locks the report row for the rest of `tx` and returns it as it is under the lock. A report the
 * user may not see answers NOT_FOUND, exactly like a missing one.
 */
export async function lockReport(tx: Tx, user: CurrentUser, reportId: unknown, need: LockRequirement): Promise<LockedReport> {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const visible = await tx.report.findFirst({ where: { id: reportId, ...(await visibleReportsWhere(user)) }, select: { id: true } });
  if (!visible) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  await tx.$queryRaw`SELECT 1 FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
  // Read after the lock: under READ COMMITTED this statement sees the latest committed row.
  const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: lockedSelect });
  if (!(need.statuses as readonly string[]).includes(report.status)) {
    const refusal = need.refusal ?? { code: "LOCKED", message: LOCKED_MESSAGE };
    throw new AppError(refusal.code, refusal.message);
  }
  if (need.expectedVersion !== undefined && need.expectedVersion !== report.version) {
    throw new AppError("CONFLICT", need.staleMessage ?? "报表状态已被他人更新，本次操作未执行；请刷新页面查看最新状态");
  }
  return report;
}

/** The common case: a change to the unit's data, allowed only while the report is editable. */
export function lockEditableReport(tx: Tx, user: CurrentUser, reportId: unknown): Promise<LockedReport> {
  return lockReport(tx, user, reportId, { statuses: EDITABLE_STATUSES });
}

/** Runs a write operation in one transaction; the operation locks what it changes. */
export function inTransaction<T>(operation: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(operation, { maxWait: 10_000, timeout: 20_000 });
}
