import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { visibleReportsWhere } from "@/lib/data/scope";
import { db } from "@/lib/db";
import { requirePagePermission } from "@/lib/session";
import { CreateReport } from "./create-report";

export const metadata: Metadata = { title: "我的决算" };

export default async function StaffHome() {
  const user = await requirePagePermission("report:create");
  const [unit, reports, catalogYears] = await Promise.all([
    user.unitId ? db.unit.findUnique({ where: { id: user.unitId } }) : null,
    db.report.findMany({ where: await visibleReportsWhere(user), orderBy: { year: "desc" }, include: { unit: true } }),
    db.catalogYear.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
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
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">决算年度</th>
                <th className="px-4 py-2 font-medium">单位</th>
                <th className="px-4 py-2 font-medium">状态</th>
                <th className="px-4 py-2 font-medium">最后更新</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="px-4 py-2">
                    <Link className="text-brand-700 underline" href={`/reports/${r.id}`}>{r.year} 年度</Link>
                  </td>
                  <td className="px-4 py-2">{r.unit.name}</td>
                  <td className="px-4 py-2"><ReportStatusBadge status={r.status} /></td>
                  <td className="px-4 py-2 text-slate-500">{r.updatedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
