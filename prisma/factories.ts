import type { PrismaClient, UnitKind, Role } from "../generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { childPath } from "../lib/units/tree";

/**
 * Data factories shared by the seed and the tests: each returns the row, creating it
 * when missing, so the seed is idempotent and tests can make exactly what they need.
 */
export async function ensureUnit(
  db: PrismaClient,
  u: { code: string; name: string; kind?: UnitKind; isDepartment?: boolean; parentCode?: string | null },
) {
  const existing = await db.unit.findUnique({ where: { code: u.code } });
  if (existing) return existing;
  const parent = u.parentCode ? await db.unit.findUniqueOrThrow({ where: { code: u.parentCode } }) : null;
  const created = await db.unit.create({
    data: { code: u.code, name: u.name, kind: u.kind ?? "ADMINISTRATIVE", isDepartment: u.isDepartment ?? false, parentId: parent?.id ?? null, path: "" },
  });
  return db.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path ?? null, created.id) } });
}

export async function ensureUser(
  db: PrismaClient,
  u: { login: string; displayName: string; password: string; role: Role; unitCode?: string; scopeUnitCodes?: string[] },
) {
  const existing = await db.user.findUnique({ where: { login: u.login } });
  if (existing) return existing;
  const unit = u.unitCode ? await db.unit.findUniqueOrThrow({ where: { code: u.unitCode } }) : null;
  const user = await db.user.create({
    data: { login: u.login, displayName: u.displayName, role: u.role, unitId: unit?.id ?? null, passwordHash: await hashPassword(u.password) },
  });
  for (const code of u.scopeUnitCodes ?? []) {
    const scoped = await db.unit.findUniqueOrThrow({ where: { code } });
    await db.reviewerScope.create({ data: { userId: user.id, unitId: scoped.id, includeSubtree: scoped.isDepartment } });
  }
  return user;
}
