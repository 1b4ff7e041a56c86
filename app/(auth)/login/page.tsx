import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { homePath } from "@/lib/authz";
import { getCurrentUser } from "@/lib/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.role));
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-800 to-brand-600 px-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-8 shadow-xl">
        <h1 className="text-center text-xl font-semibold text-brand-800">单位决算公开管理系统</h1>
        <p className="mt-1 text-center text-sm text-slate-500">填报 · 审核 · 公开</p>
        <LoginForm />
      </div>
    </main>
  );
}
