import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; user: { id: string; login: string; displayName: string; role: string; sessionEpoch: number } }
  | { ok: false; message: string };

const WRONG = "账号或密码错误";
// Compared against when the login is unknown, so both answers take one bcrypt of the same cost.
const UNKNOWN_USER_HASH = "$2b$10$7Xshd.s6yloHOs/zWMxHZ.Xr52XfktxlA6fGMeNqrcTS6vFdsZl06";

const fmtTime = (d: Date) =>
  d.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" });

const lockedMessage = (until: Date) => `连续登录失败次数过多，账号已锁定，请于 ${fmtTime(until)} 后再试`;
const lockingMessage = (until: Date) => `连续 ${MAX_FAILED_SIGN_INS} 次登录失败，账号已锁定 ${LOCK_MINUTES} 分钟，请于 ${fmtTime(until)} 后再试`;
const failedMessage = (failures: number) => `${WRONG}，再失败 ${MAX_FAILED_SIGN_INS - failures} 次账号将被锁定 ${LOCK_MINUTES} 分钟`;

/**
 * Checks a login. Five failures in a row lock the account for 15 minutes. Each attempt first
 * reserves its place in the count with one atomic UPDATE, and only the first five places get
 * their password checked: forty wrong passwords and the right one sent at once cannot slip past
 * the limit. An unknown login is answered exactly like a real one (same messages, same work).
 */
export async function signIn(login: string, password: string, now = new Date()): Promise<SignInResult> {
  const user = await db.user.findUnique({ where: { login: login.trim() }, include: { unit: true } });
  if (!user) return unknownLogin(login.trim(), password, now);
  if (!user.active) return { ok: false, message: "账号已停用，请联系系统管理员" };
  if (user.unit && !user.unit.active) return { ok: false, message: "所属单位已停用，请联系系统管理员" };

  const [reserved] = await db.$queryRaw<{ failedLogins: number }[]>`
    UPDATE "User" SET
      "failedLogins" = CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedLogins" + 1 END,
      "lockedUntil" = NULL
    WHERE id = ${user.id} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
    RETURNING "failedLogins"`;
  if (!reserved) return { ok: false, message: lockedMessage(user.lockedUntil ?? now) };
  if (reserved.failedLogins > MAX_FAILED_SIGN_INS) return lockNow(user.id, now, false);

  if (await verifyPassword(password, user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    return { ok: true, user: { id: user.id, login: user.login, displayName: user.displayName, role: user.role, sessionEpoch: user.sessionEpoch } };
  }
  if (reserved.failedLogins === MAX_FAILED_SIGN_INS) return lockNow(user.id, now, true);
  return { ok: false, message: failedMessage(reserved.failedLogins) };
}

async function lockNow(userId: string, now: Date, byThisAttempt: boolean): Promise<SignInResult> {
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await db.user.updateMany({ where: { id: userId, lockedUntil: null }, data: { lockedUntil: until, failedLogins: 0 } });
  return { ok: false, message: byThisAttempt ? lockingMessage(until) : lockedMessage(until) };
}

// The same counting for logins that do not exist, kept in memory (bounded): otherwise the
// remaining-attempts message would tell an attacker which accounts are real.
const unknownFailures = new Map<string, { failures: number; lockedUntil: Date | null }>();
const UNKNOWN_TRACKED = 10_000;

async function unknownLogin(login: string, password: string, now: Date): Promise<SignInResult> {
  const state = unknownFailures.get(login) ?? { failures: 0, lockedUntil: null };
  if (state.lockedUntil && state.lockedUntil > now) return { ok: false, message: lockedMessage(state.lockedUntil) };
  if (state.lockedUntil) Object.assign(state, { failures: 0, lockedUntil: null });
  state.failures += 1;
  if (unknownFailures.size >= UNKNOWN_TRACKED) unknownFailures.delete(unknownFailures.keys().next().value!);
  unknownFailures.set(login, state);
  await verifyPassword(password, UNKNOWN_USER_HASH);
  if (state.failures < MAX_FAILED_SIGN_INS) return { ok: false, message: failedMessage(state.failures) };
  state.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  state.failures = 0;
  return { ok: false, message: lockingMessage(state.lockedUntil) };
}
