import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { checkUserUnits, ownUnitOf, writeReviewerScopes, type UserFields } from "./user-fields";

/** Edits an account; a new role or unit ends its open sessions. */
export function updateUser(admin: CurrentUser, { id, ...data }: UserFields & { id: string }): Promise<void> {
  return inTransaction(async (tx) => {
    // Locked: the session-ending decision compares with the row as it is now.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${id} FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "用户不存在");
    if (before.id === admin.id && data.role !== "ADMIN") throw new AppError("INVALID", "不能修改自己的管理员角色", { role: "不能修改自己的角色" });
    await checkUserUnits(tx, data);
    const roleChanged = before.role !== data.role || before.unitId !== ownUnitOf(data);
    await tx.user.update({
      where: { id },
      data: {
        login: data.login,
        displayName: data.displayName,
        role: data.role,
        unitId: ownUnitOf(data),
        ...(roleChanged ? { sessionEpoch: { increment: 1 } } : {}),
      },
    });
    await writeReviewerScopes(tx, id, data);
    await audit(tx, { actorId: admin.id, action: "user.update", detail: { userId: id, role: data.role, unitId: data.unitId, scopes: data.scopeUnitIds } });
  });
}
