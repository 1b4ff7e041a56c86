import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { signIn } from "./sign-in";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { login: { label: "账号", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials) {
        const login = credentials?.login ?? "";
        const password = credentials?.password ?? "";
        if (!login || !password) throw new Error("请输入账号和密码");
        const result = await signIn(login, password);
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
      }
      return token;
    },
    async session({ session, token }) {
      Object.assign(session, { uid: token.uid, epoch: token.epoch });
      return session;
    },
  },
};
