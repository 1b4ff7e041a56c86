import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { loadNotifications } from "@/lib/data/notifications";
import { requirePagePermission } from "@/lib/session";
import { MarkAllRead } from "./mark-read";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage() {
  const user = await requirePagePermission("report:read");
  const items = await loadNotifications(user);
  const unread = items.filter((n) => !n.readAt).map((n) => n.id);
  return (
    <>
      <PageHeader title="通知" description={`${unread.length} 条未读`} actions={unread.length > 0 && <MarkAllRead ids={unread} />} />
      {items.length === 0 ? (
        <Alert tone="info">暂无通知</Alert>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? "px-4 py-3 text-slate-500" : "px-4 py-3 font-medium"}>
              {n.reportId ? <Link className="hover:underline" href={`/reports/${n.reportId}`}>{n.message}</Link> : n.message}
              <span className="ml-3 text-xs font-normal text-slate-400">{formatDateTime(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
