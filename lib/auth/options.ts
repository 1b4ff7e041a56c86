import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signIn } from "./sign-in";

const SIGN_IN_UNAVAILABLE = "系统暂时无法登录，请稍后重试；如问题持续，请联系系统管理员。";

/** A working day: after it, the session cookie and the token inside it both expire. */
export const SESSION_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // next-auth gives the token its own 30-day expiry unless told otherwise.
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { login: { label: "账号", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials) {
        const login = credentials?.login ?? "";
        const password = credentials?.password ?? "";
        if (!login || !password) throw new Error("请输入账号和密码");
        const result = await signIn(login, password).catch((e: unknown) => {
          // next-auth shows a thrown message on the sign-in page: never a database's.
          console.error(e);
          throw new Error(SIGN_IN_UNAVAILABLE);
        });
        // next-auth hands the thrown message to the sign-in page as `error`.
        if (!result.ok) throw new Error(result.message);
        return { id: result.user.id, name: result.user.displayName, role: result.user.role, epoch: result.user.sessionEpoch };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: string; epoch: number };
        token.uid = u.id;
        token.role = u.role;
        token.epoch = u.epoch;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      Object.assign(session, { uid: token.uid, epoch: token.epoch, signedInAt: token.signedInAt });
      return session;
    },
  },
};
