import Link from "next/link";
import type { ReactNode } from "react";
import { can, ROLE_LABELS } from "@/lib/authz";
import { countUnreadNotifications } from "@/lib/data/notifications";
import { requirePageUser } from "@/lib/session";
import { SignOutButton } from "./sign-out-button";

const NAV = {
  UNIT_STAFF: [{ href: "/reports", label: "我的决算" }],
  REVIEWER: [{ href: "/review", label: "审核工作台" }],
  DEPARTMENT_REVIEWER: [{ href: "/review", label: "部门审核工作台" }],
  ADMIN: [
    { href: "/admin/units", label: "单位管理" },
    { href: "/admin/users", label: "用户管理" },
    { href: "/admin/catalogs", label: "科目编码" },
  ],
} as const;

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const unread = await countUnreadNotifications(user);
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-8 px-6">
          <Link href="/" className="font-semibold tracking-wide">
            单位决算公开管理系统
          </Link>
          <nav aria-label="主导航" className="flex gap-1">
            {NAV[user.role].map((item) => (
              <Link key={item.href} href={item.href} className="rounded px-3 py-1.5 text-sm text-brand-50 hover:bg-brand-700">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            {can(user.role, "report:read") && (
              <Link href="/notifications" className="relative rounded px-2 py-1 hover:bg-brand-700" aria-label={`通知，${unread} 条未读`}>
                通知
                {unread > 0 && (
                  <span data-testid="notification-badge" className="ml-1 rounded-full bg-seal px-1.5 py-0.5 text-xs font-semibold text-white">
                    {unread > 99 ? "99+" : unread}
                  </span>
                )}
              </Link>
            )}
            <span data-testid="current-user">
              {user.displayName}
              <span className="ml-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs">{ROLE_LABELS[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-[1600px] px-6 py-8">{children}</main>
    </div>
  );
}
