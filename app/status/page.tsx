import type { Metadata } from "next";
import { formatDateTime } from "@/lib/dates";
import { databaseReachable } from "@/lib/health";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "系统状态" };

/**
 * 系统状态, for the people who run the system: what /api/health tells a load balancer, as a page.
 * It is also the bench's page floor (docs/decisions/012): a page doing exactly what the floor route
 * does, one `SELECT 1`, which shows what the App Router charges for any page. Keep it this small.
 */
export default async function StatusPage() {
  const reachable = await databaseReachable();
  return (
    <main className="mx-auto max-w-xl px-6 py-12">
      <h1 className="text-xl font-semibold text-slate-900">系统状态</h1>
      <dl className="mt-6 grid grid-cols-[8rem_1fr] gap-y-3 text-sm">
        <dt className="text-slate-600">应用服务</dt>
        <dd data-testid="status-app">正常运行</dd>
        <dt className="text-slate-600">数据库</dt>
        <dd data-testid="status-database" className={reachable ? undefined : "font-medium text-red-700"}>
          {reachable ? "连接正常" : "暂时无法连接，请稍后再试；持续出现请联系系统管理员"}
        </dd>
        <dt className="text-slate-600">检查时间</dt>
        <dd>{formatDateTime(new Date())}（北京时间）</dd>
      </dl>
    </main>
  );
}
