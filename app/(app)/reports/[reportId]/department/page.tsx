import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/authz";
import { loadDepartmentPanel } from "@/lib/data/department";
import { loadReportData } from "@/lib/data/report-data";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";
import { tableGrid } from "@/lib/disclosure/table-grid";
import { isEditable } from "@/lib/reports/status";
import { deriveReport } from "@/lib/tables/derive";
import { ConsolidateButton, MembersEditor } from "./members-editor";
import { DrillTables } from "./drill-tables";

export const metadata: Metadata = { title: "成员单位与汇总" };

const when = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** A 部门决算: its members, where the consolidation stands, and its tables with a drill-down per cell. */
export default async function DepartmentPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  if (!report.unit.isDepartment) notFound();
  const [panel, data] = await Promise.all([loadDepartmentPanel(user, report.id), loadReportData(user, report.id)]);
  const editable = can(user.role, "report:edit") && isEditable(report.status);
  const derived = deriveReport(data.template, data.names, data.inputs);
  const { readiness } = panel;

  return (
    <div className="space-y-6">
      <section aria-labelledby="consolidation-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="consolidation-title" className="text-lg font-semibold">汇总情况</h2>
          {editable && <ConsolidateButton reportId={report.id} />}
        </div>
        <p className="mt-2 text-sm text-slate-700" data-testid="consolidated-at">
          {readiness.consolidatedAt ? `最近一次汇总：${when(readiness.consolidatedAt)}，汇总成员单位 ${readiness.memberCount} 个` : "尚未汇总：部门决算的表格由成员单位的决算汇总生成"}
        </p>
        {readiness.stale.length > 0 && (
          <div className="mt-3" data-testid="consolidation-stale">
            <Alert tone="warning" title="汇总已过期：成员单位在汇总后有变动，须重新汇总后才能上报">
              <ul className="list-disc pl-5">{readiness.stale.map((r) => <li key={r}>{r}</li>)}</ul>
            </Alert>
          </div>
        )}
        {readiness.findings.length > 0 && (
          <div className="mt-3" data-testid="consolidation-findings">
            <Alert tone="error" title={`内部往来有 ${readiness.findings.length} 处问题，须由相关单位更正后重新汇总`}>
              <ul className="list-disc pl-5">{readiness.findings.map((f) => <li key={f.key}>{f.message}</li>)}</ul>
            </Alert>
          </div>
        )}
        {panel.problems.length === 0 ? (
          <p className="mt-3 text-sm text-emerald-700" data-testid="department-ready">成员单位均已通过部门审核，汇总为最新，可以上报财政局。</p>
        ) : (
          <div className="mt-3 text-sm" data-testid="department-problems">
            <p className="font-medium text-slate-800">上报财政局前还须：</p>
            <ul className="mt-1 list-disc pl-5 text-slate-700">{panel.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )}
      </section>

      <section aria-labelledby="members-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="members-title" className="text-lg font-semibold">成员单位（部门决算单位构成）</h2>
        <p className="mt-1 text-sm text-slate-600">成员单位的决算由部门审核人员审核通过后才能汇总上报；“预算不单列，并入本级”的单位只在单位构成中列出，其数据已含在本级决算中。</p>
        <table className="mt-3 w-full text-sm" data-testid="members-table">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr><th className="px-3 py-2 font-medium">单位</th><th className="px-3 py-2 font-medium">汇总方式</th><th className="px-3 py-2 font-medium">决算状态</th></tr>
          </thead>
          <tbody>
            {panel.members.map((m) => (
              <tr key={m.unitId} className="border-t border-slate-100" data-testid={`member-${m.code}`}>
                <td className="px-3 py-2">
                  {m.linkable ? <a className="text-brand-700 underline" href={`/reports/${m.reportId}`}>{m.name}</a> : m.name}
                  <span className="ml-2 font-mono text-xs text-slate-500">{m.code}</span>
                </td>
                <td className="px-3 py-2">{m.merged ? "预算不单列，并入本级" : "单独汇总"}</td>
                <td className="px-3 py-2">{m.merged ? "—" : m.status ? <ReportStatusBadge status={m.status} /> : <span className="text-slate-500">尚未创建</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {editable && (
          <MembersEditor
            reportId={report.id}
            members={panel.members.map((m) => ({ unitId: m.unitId, merged: m.merged }))}
            candidates={panel.candidates}
          />
        )}
      </section>

      <section aria-labelledby="drill-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="drill-title" className="text-lg font-semibold">汇总后的决算表</h2>
        <p className="mt-1 text-sm text-slate-600">点击任一金额，查看它由哪些成员单位的数据汇总而来，以及抵消的内部往来。</p>
        <DrillTables reportId={report.id} grids={data.template.tableOrder.map((key) => tableGrid(derived.tables[key], report.unit.name, data.template.tableNumberStyle))} />
      </section>
    </div>
  );
}
