import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";

/** Enables or disables an account; either way its open sessions end. */
export function setUserActive(admin: CurrentUser, { id, active }: { id: string; active: boolean }): Promise<void> {
  if (id === admin.id && !active) throw new AppError("INVALID", "不能停用自己的账号");
  return inTransaction(async (tx) => {
    const r = await tx.user.updateMany({ where: { id }, data: { active, sessionEpoch: { increment: 1 } } });
    if (r.count === 0) throw new AppError("NOT_FOUND", "用户不存在");
    await audit(tx, { actorId: admin.id, action: active ? "user.activate" : "user.deactivate", detail: { userId: id } });
  });
}
