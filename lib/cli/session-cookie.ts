import { encode } from "next-auth/jwt";
import { authSecret } from "../auth/secret";

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * The session token the app issues at sign-in, minted with the server's secret: tests, the bench
 * and the load test sign users in this way (the sign-in form has its own tests).
 */
export function sessionToken(user: { id: string; displayName: string; role: string; sessionEpoch: number }, signedInAt = Math.floor(Date.now() / 1000)): Promise<string> {
  return encode({
    token: { sub: user.id, name: user.displayName, uid: user.id, role: user.role, epoch: user.sessionEpoch, signedInAt },
    secret: authSecret(),
  });
}

/** The Cookie header of that session. */
export async function sessionCookieHeader(user: Parameters<typeof sessionToken>[0]): Promise<string> {
  return `${SESSION_COOKIE}=${await sessionToken(user)}`;
}
