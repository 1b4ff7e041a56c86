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
import { tableTabLabel } from "@/lib/tables/tab-labels";
import type { TableKey } from "@/lib/tables/types";
import { ConsolidateButton, MembersEditor } from "./members-editor";
import { DisclosureTable } from "@/components/disclosure/disclosure-table";
import { DrillRegion } from "./drill-region";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "成员单位与汇总" };

/** A 部门决算: its members, where the consolidation stands, and its tables with a drill-down per cell. */
const MEMBERS_PER_PAGE = 50;

export default async function DepartmentPage({ params, searchParams }: { params: ReportPageParams; searchParams: Promise<{ edit?: string; page?: string; table?: string }> }) {
  const { user, report } = await requireReportPage(params);
  const sp = await searchParams;
  // The editor lists every unit of the department: drawn only when asked for.
  const editing = sp.edit === "members";
  if (!report.unit.isDepartment) notFound();
  const [panel, data] = await Promise.all([loadDepartmentPanel(user, report.id, { candidates: editing }), loadReportData(user, report.id)]);
  const editable = can(user.role, "report:edit") && isEditable(report.status);
  const derived = deriveReport(data.template, data.names, data.inputs);
  // One consolidated table at a time: with hundreds of members every amount is a button, and nine
  // tables of them made the page too heavy to draw quickly.
  const shownTable = data.template.tableOrder.find((t) => t === sp.table) ?? data.template.tableOrder[0];
  const tableHref = (t: TableKey) => `/reports/${report.id}/department?${new URLSearchParams({ ...(sp.page ? { page: sp.page } : {}), table: t })}#drill-title`;
  const { readiness } = panel;
  // Members that still need something first (no report, not approved), then the rest, in list order.
  const waiting = (m: (typeof panel.members)[number]) => !m.merged && m.status !== "APPROVED" && m.status !== "PUBLISHED";
  const ordered = [...panel.members.filter(waiting), ...panel.members.filter((m) => !waiting(m))];
  const pages = Math.max(1, Math.ceil(ordered.length / MEMBERS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Number(sp.page) || 1));
  const shown = ordered.slice((page - 1) * MEMBERS_PER_PAGE, page * MEMBERS_PER_PAGE);

  return (
    <div className="space-y-6">
      <section aria-labelledby="consolidation-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="consolidation-title" className="text-lg font-semibold">汇总情况</h2>
          {editable && <ConsolidateButton reportId={report.id} />}
        </div>
        <p className="mt-2 text-sm text-slate-700" data-testid="consolidated-at">
          {readiness.consolidatedAt ? `最近一次汇总：${formatDateTime(readiness.consolidatedAt)}，汇总成员单位 ${readiness.memberCount} 个` : "尚未汇总：部门决算的表格由成员单位的决算汇总生成"}
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
            {shown.map((m) => (
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
        {pages > 1 && (
          <nav aria-label="成员单位分页" className="mt-2 flex items-center gap-3 text-sm">
            {page > 1 && <a className="text-brand-700 underline" href={`/reports/${report.id}/department?page=${page - 1}#members-title`}>上一页</a>}
            <span>共 {ordered.length} 个成员单位（待办的排在前面），第 {page} / {pages} 页</span>
            {page < pages && <a className="text-brand-700 underline" href={`/reports/${report.id}/department?page=${page + 1}#members-title`}>下一页</a>}
          </nav>
        )}
        {editable && !editing && (
          <a className="mt-3 inline-block text-sm text-brand-700 underline" href={`/reports/${report.id}/department?edit=members#members-title`}>调整成员单位</a>
        )}
        {editable && editing && (
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
        <nav aria-label="汇总后的决算表" className="mt-3 flex flex-wrap gap-1" data-testid="drill-tabs">
          {data.template.tableOrder.map((t) => (
            <a key={t} href={tableHref(t)} aria-current={t === shownTable ? "page" : undefined} className={t === shownTable ? "rounded bg-brand-600 px-3 py-1.5 text-sm text-white" : "rounded bg-slate-100 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-200"}>
              {tableTabLabel(data.template, t)}
            </a>
          ))}
        </nav>
        <DrillRegion reportId={report.id}>
          {/* Each amount is a button (styled by .drill-region in globals.css), one handler for all. */}
          <DisclosureTable
            grid={tableGrid(derived.tables[shownTable], report.unit.name, data.template.tableNumberStyle)}
            renderAmount={(cell, table) => (
              <button type="button" data-drill={`${table}|${cell.id}`} {...(cell.text ? {} : { "aria-label": "空：查看来源" })}>
                {cell.text || "\u00a0"}
              </button>
            )}
          />
        </DrillRegion>
      </section>
    </div>
  );
}
