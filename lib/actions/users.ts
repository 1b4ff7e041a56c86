"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { requirePermission } from "@/lib/session";
import { isUniqueViolation, parseInput } from "@/lib/validation/parse";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/users";

type Tx = Prisma.TransactionClient;

async function checkUnits(tx: Tx, unitId: string | null, scopeUnitIds: string[]) {
  if (unitId) {
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit || !unit.active) throw new AppError("INVALID", "所选单位不存在或已停用", { unitId: "所选单位不存在或已停用" });
  }
  if (scopeUnitIds.length) {
    const found = await tx.unit.count({ where: { id: { in: scopeUnitIds } } });
    if (found !== new Set(scopeUnitIds).size) throw new AppError("INVALID", "所选负责单位中有不存在的单位", { scopeUnitIds: "有不存在的单位" });
  }
}

async function writeScopes(tx: Tx, userId: string, role: string, scopeUnitIds: string[]) {
  await tx.reviewerScope.deleteMany({ where: { userId } });
  if (role !== "REVIEWER") return;
  const units = await tx.unit.findMany({ where: { id: { in: scopeUnitIds } }, select: { id: true, isDepartment: true } });
  // Choosing a department covers its whole subtree; choosing a unit covers that unit.
  await tx.reviewerScope.createMany({ data: units.map((u) => ({ userId, unitId: u.id, includeSubtree: u.isDepartment })) });
}

const duplicateLogin = (login: string) => new AppError("INVALID", `登录账号“${login}”已存在`, { login: "登录账号已存在" });

export async function createUser(input: unknown): Promise<ActionResult<{ id: string }>> {
  let login = "";
  try {
    const admin = await requirePermission("user:manage");
    const data = parseInput(userCreateSchema, input);
    login = data.login;
    const passwordHash = await hashPassword(data.password);
    const user = await db.$transaction(async (tx) => {
      await checkUnits(tx, data.unitId, data.scopeUnitIds);
      const created = await tx.user.create({
        data: { login: data.login, displayName: data.displayName, role: data.role, unitId: data.role === "UNIT_STAFF" ? data.unitId : null, passwordHash },
      });
      await writeScopes(tx, created.id, data.role, data.scopeUnitIds);
      await audit(tx, { actorId: admin.id, action: "user.create", detail: { userId: created.id, login: data.login, role: data.role } });
      return created;
    });
    revalidatePath("/admin/users");
    return { ok: true, data: { id: user.id } };
  } catch (e) {
    return toActionError(isUniqueViolation(e) ? duplicateLogin(login) : e);
  }
}

export async function updateUser(input: unknown): Promise<ActionResult> {
  let login = "";
  try {
    const admin = await requirePermission("user:manage");
    const data = parseInput(userUpdateSchema, input);
    login = data.login;
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: data.id } });
      if (!before) throw new AppError("NOT_FOUND", "用户不存在");
      if (before.id === admin.id && data.role !== "ADMIN") throw new AppError("INVALID", "不能修改自己的管理员角色", { role: "不能修改自己的角色" });
      await checkUnits(tx, data.unitId, data.scopeUnitIds);
      const roleChanged = before.role !== data.role || before.unitId !== (data.role === "UNIT_STAFF" ? data.unitId : null);
      await tx.user.update({
        where: { id: data.id },
        data: {
          login: data.login,
          displayName: data.displayName,
          role: data.role,
          unitId: data.role === "UNIT_STAFF" ? data.unitId : null,
          // A new role or unit ends existing sessions.
          ...(roleChanged ? { sessionEpoch: { increment: 1 } } : {}),
        },
      });
      await writeScopes(tx, data.id, data.role, data.scopeUnitIds);
      await audit(tx, { actorId: admin.id, action: "user.update", detail: { userId: data.id, role: data.role, unitId: data.unitId, scopes: data.scopeUnitIds } });
    });
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (e) {
    return toActionError(isUniqueViolation(e) ? duplicateLogin(login) : e);
  }
}

const activeSchema = z.object({ id: z.string().min(1), active: z.boolean() });

export async function setUserActive(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission("user:manage");
    const { id, active } = parseInput(activeSchema, input);
    if (id === admin.id && !active) throw new AppError("INVALID", "不能停用自己的账号");
    await db.$transaction(async (tx) => {
      const r = await tx.user.updateMany({ where: { id }, data: { active, sessionEpoch: { increment: 1 } } });
      if (r.count === 0) throw new AppError("NOT_FOUND", "用户不存在");
      await audit(tx, { actorId: admin.id, action: active ? "user.activate" : "user.deactivate", detail: { userId: id } });
    });
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}

export async function resetPassword(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission("user:manage");
    const { id, password } = parseInput(resetPasswordSchema, input);
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const r = await tx.user.updateMany({
        where: { id },
        // Resetting also unlocks the account and signs out its open sessions.
        data: { passwordHash, failedLogins: 0, lockedUntil: null, sessionEpoch: { increment: 1 } },
      });
      if (r.count === 0) throw new AppError("NOT_FOUND", "用户不存在");
      await audit(tx, { actorId: admin.id, action: "user.resetPassword", detail: { userId: id } });
    });
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}
