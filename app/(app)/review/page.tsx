import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import type { ReportStatus } from "@/generated/prisma/enums";
import { reviewDashboard } from "@/lib/data/dashboard";
import { departmentQueue } from "@/lib/data/department";
import { STATUS_LABELS } from "@/lib/reports/status";
import { requirePagePermission } from "@/lib/session";
import { reviewsAt } from "@/lib/authz";
import { daysLeft, daysSince, publicationDeadline } from "@/lib/workflow/deadline";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "审核工作台" };

const STATUS_ORDER: ReportStatus[] = ["SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED", "DRAFT"];

export default async function ReviewHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission("report:review");
  const sp = await searchParams;
  const defaultYear = new Date().getFullYear() - 1;
  const year = /^\d{4}$/.test(sp.year ?? "") ? Number(sp.year) : defaultYear;
  const status = sp.status === "OVERDUE" || (STATUS_ORDER as string[]).includes(sp.status ?? "") ? (sp.status as ReportStatus | "OVERDUE") : null;
  const page = Math.max(1, Math.min(1000, Number(sp.page) || 1));
  const now = new Date();
  const data = await reviewDashboard(user, { year, status, departmentId: sp.dept ?? null, page }, now);
  const departmentLevel = reviewsAt(user.role, "department");
  const departments = departmentLevel ? await departmentQueue(user, year) : [];
  const link = (over: Record<string, string | number | null>) => {
    const q = new URLSearchParams();
    const merged = { year, status, dept: sp.dept ?? null, page: 1, ...over };
    for (const [k, v] of Object.entries(merged)) if (v !== null && v !== "" && !(k === "page" && v === 1)) q.set(k, String(v));
    return `/review?${q}`;
  };

  return (
    <>
      <PageHeader
        title={departmentLevel ? "部门审核工作台" : "审核工作台"}
        description={departmentLevel ? `${year} 年度 · 本部门部门决算的成员单位（第一级审核，通过后由部门汇总报财政局）` : `${year} 年度 · 负责范围内的单位决算和部门决算（部门决算的成员单位先由部门审核）`}
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" action="/review">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">年度</span>
          <Select name="year" defaultValue={String(year)} className="w-32">
            {Array.from({ length: 6 }, (_, i) => defaultYear - i).map((y) => <option key={y} value={y}>{y} 年度</option>)}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">部门</span>
          <Select name="dept" defaultValue={sp.dept ?? ""} className="w-64">
            <option value="">全部</option>
            {data.departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </Select>
        </label>
        {status && <input type="hidden" name="status" value={status} />}
        <Button type="submit" variant="secondary">筛选</Button>
      </form>

      {departments.length > 0 && (
        <section aria-labelledby="dept-queue" className="mb-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="department-queue">
          <h2 id="dept-queue" className="mb-2 font-medium">部门决算（成员单位全部审核通过、汇总为最新后，由部门报财政局）</h2>
          <ul className="space-y-1 text-sm">
            {departments.map((d) => (
              <li key={d.reportId} className="flex flex-wrap items-center gap-3" data-testid={`department-queue-${d.code}`}>
                <Link className="text-brand-700 underline" href={`/reports/${d.reportId}/department`}>{d.name}</Link>
                <ReportStatusBadge status={d.status} />
                <span>成员单位审核通过 <strong>{d.approved}</strong> / {d.members}</span>
                <span className={d.stale || !d.consolidated || d.findings ? "text-seal" : "text-emerald-700"}>
                  {!d.consolidated ? "尚未汇总" : d.stale ? "汇总已过期" : d.findings ? `内部往来 ${d.findings} 处问题` : "汇总为最新"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="mb-4 flex flex-wrap gap-2" data-testid="status-counts">
        <Link href={link({ status: null })} className={`rounded-md border px-3 py-2 text-sm ${!status ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}>
          全部 <strong>{STATUS_ORDER.reduce((n, s) => n + data.counts[s], 0)}</strong>
        </Link>
        {STATUS_ORDER.map((s) => (
          <Link key={s} href={link({ status: s })} data-testid={`count-${s}`} className={`rounded-md border px-3 py-2 text-sm ${status === s ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}>
            {STATUS_LABELS[s]} <strong>{data.counts[s]}</strong>
          </Link>
        ))}
        <Link href={link({ status: "OVERDUE" })} data-testid="count-OVERDUE" className={`rounded-md border px-3 py-2 text-sm ${status === "OVERDUE" ? "border-seal bg-red-50" : "border-red-200 bg-white"} text-seal`}>
          逾期未公开 <strong>{data.overdue}</strong>
        </Link>
        <span className="rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-500">尚未创建 {data.notStarted}</span>
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="review-table">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-4 py-2 font-medium">单位</th>
              <th className="px-4 py-2 font-medium">所属部门</th>
              <th className="px-4 py-2 font-medium">状态</th>
              <th className="px-4 py-2 font-medium">上报</th>
              <th className="px-4 py-2 font-medium">公开期限（审核通过后 20 日）</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => {
              const left = r.status === "APPROVED" && r.approvedAt ? daysLeft(r.approvedAt, now) : null;
              return (
                <tr key={r.id} className="border-t border-slate-100" data-testid={`review-row-${r.unit.code}`}>
                  <td className="px-4 py-2">
                    <Link className="text-brand-700 underline" href={`/reports/${r.id}`}>{r.unit.name}</Link>
                    {r.unit.isDepartment && <span className="ml-2"><Badge tone="blue">{departmentLevel ? "部门决算 · 报财政局审核" : "部门决算"}</Badge></span>}
                  </td>
                  <td className="px-4 py-2 text-slate-600">{r.unit.parent?.name ?? "—"}</td>
                  <td className="px-4 py-2"><ReportStatusBadge status={r.status} /></td>
                  <td className="px-4 py-2 text-slate-600">
                    {r.submittedAt ? `${formatDate(r.submittedAt)}${r.status === "SUBMITTED" ? `（已等待 ${daysSince(r.submittedAt, now)} 天）` : ""}` : "—"}
                  </td>
                  <td className="px-4 py-2">
                    {r.status === "APPROVED" && r.approvedAt && left !== null ? (
                      <span className={left < 0 ? "font-medium text-seal" : undefined}>
                        {formatDate(publicationDeadline(r.approvedAt))}
                        {left < 0 ? <span className="ml-2"><Badge tone="red">已逾期 {-left} 天</Badge></span> : `（剩 ${left} 天）`}
                      </span>
                    ) : r.status === "PUBLISHED" && r.publishedAt ? (
                      `已于 ${formatDate(r.publishedAt)} 公开`
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
            {data.rows.length === 0 && (
              <tr><td colSpan={5} className="px-4 py-8 text-center text-slate-500">没有符合条件的决算</td></tr>
            )}
          </tbody>
        </table>
      </div>
      {data.pages > 1 && (
        <nav aria-label="分页" className="mt-3 flex items-center gap-3 text-sm">
          {page > 1 && <Link className="text-brand-700 underline" href={link({ page: page - 1 })}>上一页</Link>}
          <span>第 {page} / {data.pages} 页，共 {data.total} 条</span>
          {page < data.pages && <Link className="text-brand-700 underline" href={link({ page: page + 1 })}>下一页</Link>}
        </nav>
      )}
    </>
  );
}
