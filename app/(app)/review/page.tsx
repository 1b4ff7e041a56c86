import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { visibleReportsWhere, visibleUnitsWhere } from "@/lib/data/scope";
import { db } from "@/lib/db";
import { requirePagePermission } from "@/lib/session";

export const metadata: Metadata = { title: "审核工作台" };

export default async function ReviewHome() {
  const user = await requirePagePermission("report:review");
  const [units, reports] = await Promise.all([
    db.unit.findMany({ where: { AND: [await visibleUnitsWhere(user), { isDepartment: false }] }, orderBy: { code: "asc" } }),
    db.report.findMany({ where: await visibleReportsWhere(user), orderBy: [{ year: "desc" }, { unit: { code: "asc" } }], include: { unit: true } }),
  ]);
  return (
    <>
      <PageHeader title="审核工作台" description={`负责 ${units.length} 个单位`} />
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-medium text-slate-600">负责的单位</h2>
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="covered-units">
          {units.map((u) => (
            <li key={u.id} className="rounded bg-slate-100 px-2 py-1">{u.name}</li>
          ))}
        </ul>
      </section>
      {reports.length === 0 ? (
        <Alert tone="info">负责范围内暂无决算报表。</Alert>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">单位</th>
                <th className="px-4 py-2 font-medium">年度</th>
                <th className="px-4 py-2 font-medium">状态</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="px-4 py-2"><Link className="text-brand-700 underline" href={`/reports/${r.id}`}>{r.unit.name}</Link></td>
                  <td className="px-4 py-2">{r.year}</td>
                  <td className="px-4 py-2"><ReportStatusBadge status={r.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
