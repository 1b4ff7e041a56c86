import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportStatus } from "@/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string;
  action: string;
  reportId?: string;
  fromStatus?: ReportStatus;
  toStatus?: ReportStatus;
  reason?: string;
  detail?: Prisma.InputJsonValue;
}

/**
 * Appends an audit entry inside the caller's transaction, so it commits or rolls back
 * with the change it describes. There is deliberately no update or delete helper.
 */
export function audit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry });
}

