import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; user: { id: string; login: string; displayName: string; role: string; sessionEpoch: number } }
  | { ok: false; message: string };

const fmtTime = (d: Date) =>
  d.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" });

/**
 * Checks a login. Five failures in a row lock the account for 15 minutes; the counter is
 * updated atomically so parallel attempts cannot slip past the limit.
 */
export async function signIn(login: string, password: string, now = new Date()): Promise<SignInResult> {
  const wrong = "账号或密码错误";
  const user = await db.user.findUnique({ where: { login: login.trim() }, include: { unit: true } });
  if (!user) return { ok: false, message: wrong };
  if (!user.active) return { ok: false, message: "账号已停用，请联系系统管理员" };
  if (user.unit && !user.unit.active) return { ok: false, message: "所属单位已停用，请联系系统管理员" };
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, message: `连续登录失败次数过多，账号已锁定，请于 ${fmtTime(user.lockedUntil)} 后再试` };
  }

  if (await verifyPassword(password, user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    return { ok: true, user: { id: user.id, login: user.login, displayName: user.displayName, role: user.role, sessionEpoch: user.sessionEpoch } };
  }

  // An expired lock starts a fresh count.
  const base = user.lockedUntil && user.lockedUntil <= now ? 0 : null;
  const updated = await db.user.update({
    where: { id: user.id },
    data: base === 0 ? { failedLogins: 1, lockedUntil: null } : { failedLogins: { increment: 1 } },
  });
  if (updated.failedLogins >= MAX_FAILED_SIGN_INS) {
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: until, failedLogins: 0 } });
    return { ok: false, message: `连续 ${MAX_FAILED_SIGN_INS} 次登录失败，账号已锁定 ${LOCK_MINUTES} 分钟，请于 ${fmtTime(until)} 后再试` };
  }
  return { ok: false, message: `${wrong}，再失败 ${MAX_FAILED_SIGN_INS - updated.failedLogins} 次账号将被锁定 ${LOCK_MINUTES} 分钟` };
}
