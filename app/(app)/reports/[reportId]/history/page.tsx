import type { Metadata } from "next";
import { loadReportHistory } from "@/lib/data/reports";
import { auditLabel } from "@/lib/reports/audit-labels";
import { STATUS_LABELS } from "@/lib/reports/status";
import { TABLE_NUMBERS } from "@/lib/rules/context";
import type { TableKey } from "@/lib/tables/types";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "操作记录" };

/** The report's audit log: every transition and every save, newest first. Read-only by design. */
export default async function HistoryPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const entries = await loadReportHistory(user, report.id);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="audit-log">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-4 py-2 font-medium">时间</th>
            <th className="px-4 py-2 font-medium">操作人</th>
            <th className="px-4 py-2 font-medium">操作</th>
            <th className="px-4 py-2 font-medium">状态变化</th>
            <th className="px-4 py-2 font-medium">原因 / 内容</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const detail = e.detail as { table?: string; cells?: number } | null;
            return (
              <tr key={e.id} className="border-t border-slate-100 align-top" data-testid="audit-entry">
                <td className="whitespace-nowrap px-4 py-2 text-slate-500">{formatDateTime(e.at)}</td>
                <td className="px-4 py-2">{e.actor?.displayName ?? "（已删除的用户）"}</td>
                <td className="px-4 py-2">{auditLabel(e.action)}</td>
                <td className="px-4 py-2">{e.fromStatus && e.toStatus ? `${STATUS_LABELS[e.fromStatus]} → ${STATUS_LABELS[e.toStatus]}` : ""}</td>
                <td className="px-4 py-2 text-slate-600">
                  {e.reason}
                  {e.action === "report.saveTable" && detail?.table ? `${TABLE_NUMBERS[detail.table as TableKey] ?? detail.table}，${detail.cells ?? 0} 个单元格` : ""}
                </td>
              </tr>
            );
          })}
          {entries.length === 0 && (
            <tr><td colSpan={5} className="px-4 py-8 text-center text-slate-500">暂无记录</td></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
