import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { authOptions, SESSION_SECONDS } from "./auth/options";
import { can, type Permission } from "./authz";
import { pool } from "./db";
import { AppError } from "./errors";

export interface CurrentUser {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  unitId: string | null;
}

/**
 * The signed-in user, re-read from the database on every request so that deactivation,
 * a role change or a password reset takes effect at once (the JWT alone would not).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: unknown; epoch?: unknown; signedInAt?: unknown } | null;
  if (!session || typeof session.uid !== "string") return null;
  // next-auth slides the expiry on every request; a sign-in still lasts one working day at most.
  if (typeof session.signedInAt !== "number" || Date.now() / 1000 - session.signedInAt > SESSION_SECONDS) return null;
  // Every page, route and action asks this: one named statement, not an ORM query (decision 005).
  const { rows } = await pool.query<CurrentUser & { active: boolean; sessionEpoch: number; unitActive: boolean | null }>({
    name: "session-user",
    text: `SELECT u.id, u.login, u."displayName", u.role::text AS role, u."unitId", u.active, u."sessionEpoch", un.active AS "unitActive"
      FROM "User" u LEFT JOIN "Unit" un ON un.id = u."unitId" WHERE u.id = $1`,
    values: [session.uid],
  });
  const user = rows[0];
  // Deactivating the user or their unit, or resetting the password, ends their sessions at once.
  if (!user || !user.active || user.sessionEpoch !== session.epoch || user.unitActive === false) return null;
  return { id: user.id, login: user.login, displayName: user.displayName, role: user.role, unitId: user.unitId };
});

/** For pages: not signed in → sign-in page; lacking the permission → 403 page. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) forbidden();
  return user;
}

export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For actions and route handlers: throws an AppError the caller maps to a response. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已失效，请重新登录");
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN", "无权执行此操作");
  return user;
}
