import "server-only";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { checkUserUnits, ownUnitOf, writeReviewerScopes, type UserFields } from "./user-fields";

export async function createUser(admin: CurrentUser, data: UserFields & { password: string }): Promise<{ id: string }> {
  // Hashing is slow on purpose: done before the transaction opens, not while it holds rows.
  const passwordHash = await hashPassword(data.password);
  return inTransaction(async (tx) => {
    await checkUserUnits(tx, data);
    const created = await tx.user.create({ data: { login: data.login, displayName: data.displayName, role: data.role, unitId: ownUnitOf(data), passwordHash } });
    await writeReviewerScopes(tx, created.id, data);
    await audit(tx, { actorId: admin.id, action: "user.create", detail: { userId: created.id, login: data.login, role: data.role } });
    return { id: created.id };
  });
}
