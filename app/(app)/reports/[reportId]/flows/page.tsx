import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/authz";
import { loadFlowsPage } from "@/lib/data/department";
import { loadReportData } from "@/lib/data/report-data";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";
import { isEditable } from "@/lib/reports/status";
import { FlowsEditor } from "./flows-editor";

export const metadata: Metadata = { title: "内部往来" };

/** 内部往来: what a unit under a department states as moving to or from the department's other units. */
export default async function FlowsPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const data = await loadReportData(user, report.id);
  const page = await loadFlowsPage(user, report.id, data.template, data.inputs);
  if (!page) notFound();
  const editable = can(user.role, "report:edit") && isEditable(report.status);
  return (
    <div className="space-y-4">
      <Alert tone="info" title={`与「${page.department.name}」其他单位之间的资金往来`}>
        上级补助收入、附属单位上缴收入、上缴上级支出和对附属单位补助支出中，来自或给到本部门其他单位的部分，在部门决算中两边同时抵消。
        请按对方单位和科目填写；对方单位填写的另一边须与本单位一致。
        {page.membership
          ? page.membership.merged
            ? `本单位在「${page.department.name}」部门决算中预算不单列，并入本级，不单独汇总。`
            : `本单位已列入「${page.department.name}」${report.year} 年度部门决算。`
          : `「${page.department.name}」尚未建立 ${report.year} 年度部门决算；建立后本单位的往来随之汇总。`}
      </Alert>
      <FlowsEditor reportId={report.id} editable={editable} flows={page.flows} counterparts={page.counterparts} lines={page.lines} />
    </div>
  );
}
