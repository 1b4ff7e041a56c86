import "server-only";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";

/** A new password; resetting also unlocks the account and signs out its open sessions. */
export async function resetPassword(admin: CurrentUser, { id, password }: { id: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(password);
  await inTransaction(async (tx) => {
    const r = await tx.user.updateMany({ where: { id }, data: { passwordHash, failedLogins: 0, lockedUntil: null, sessionEpoch: { increment: 1 } } });
    if (r.count === 0) throw new AppError("NOT_FOUND", "用户不存在");
    await audit(tx, { actorId: admin.id, action: "user.resetPassword", detail: { userId: id } });
  });
}
