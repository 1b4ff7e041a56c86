import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { loadMyReports } from "@/lib/data/reports";
import { loadCatalogYears, loadOwnUnit } from "@/lib/data/admin";
import type { ReportStatus } from "@/generated/prisma/enums";
import { requirePagePermission } from "@/lib/session";
import { daysLeft, publicationDeadline } from "@/lib/workflow/deadline";
import { CreateReport } from "./create-report";
import { formatDate, formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "我的决算" };

function nextStep(status: ReportStatus, approvedAt: Date | null): string {
  switch (status) {
    case "DRAFT":
      return "逐表填写并保存，处理全部审核问题、填写提示说明和情况说明后上报";
    case "RETURNED":
      return "按审核意见修改后重新上报";
    case "SUBMITTED":
      return "等待财政审核（审核开始前可撤回）";
    case "APPROVED":
      if (!approvedAt) return "审核已通过，等待公开";
      return `审核已通过，确认保密审查和主要负责人审签后，须于 ${formatDate(publicationDeadline(approvedAt))} 前公开（${daysLeft(approvedAt) < 0 ? `已逾期 ${-daysLeft(approvedAt)} 天` : `还剩 ${daysLeft(approvedAt)} 天`}）`;
    case "PUBLISHED":
      return "已公开；如需更正，在报表页发起更正";
  }
}

export default async function StaffHome() {
  const user = await requirePagePermission("report:create");
  const [unit, reports, catalogYears] = await Promise.all([
    loadOwnUnit(user),
    loadMyReports(user),
    loadCatalogYears(user),
  ]);
  // A report can be started for a finished year whose catalog is published and that has none yet.
  const lastFinished = new Date().getFullYear() - 1;
  const creatable = catalogYears.map((c) => c.year).filter((y) => y <= lastFinished && !reports.some((r) => r.year === y));
  return (
    <>
      <PageHeader title="我的决算" description={unit ? `${unit.name}（${unit.code}）` : undefined} />
      <CreateReport years={creatable} />
      {reports.length === 0 ? (
        <Alert tone="info" title="本单位还没有决算报表">决算年度结束后，在此创建本年度的决算并逐表填报。</Alert>
      ) : (
        <DataTable headers={["决算年度", "单位", "状态", "下一步", "最新审核意见", "最后更新"]}>
          {reports.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-4 py-2">
                <Link className="text-brand-700 underline" href={`/reports/${r.id}`}>{r.year} 年度</Link>
              </td>
              <td className="px-4 py-2">{r.unit.name}</td>
              <td className="px-4 py-2"><ReportStatusBadge status={r.status} /></td>
              <td className="px-4 py-2 text-slate-700" data-testid={`next-step-${r.year}`}>
                {nextStep(r.status, r.approvedAt)}
                {r.status === "RETURNED" && r.auditLogs[0]?.reason && <p className="mt-1 text-xs text-seal">退回原因：{r.auditLogs[0].reason}</p>}
              </td>
              <td className="max-w-sm px-4 py-2 text-xs text-slate-600">
                {r.comments.length === 0 ? "—" : r.comments.map((c) => <p key={c.id} className="line-clamp-2">{c.author.displayName}：{c.body}</p>)}
              </td>
              <td className="px-4 py-2 text-slate-500">{formatDateTime(r.updatedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
