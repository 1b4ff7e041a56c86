import { getTemplate } from "@/lib/tables/templates";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PerformancePart } from "@/components/disclosure/performance-part";
import { can } from "@/lib/authz";
import { loadPerformance, loadTable05ProjectFen } from "@/lib/data/performance";
import { LOCKED_MESSAGE, isEditable } from "@/lib/reports/status";
import { PerformanceWorkspace } from "./performance-workspace";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

export const metadata: Metadata = { title: "绩效" };

/** 第五部分 绩效: the projects' self-evaluations and key evaluations, and how they will be published. */
export default async function PerformancePage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const [stored, table05ProjectFen] = await Promise.all([loadPerformance(user, report.id), loadTable05ProjectFen(user, report.id)]);
  if (!stored || table05ProjectFen === null) notFound();

  const mayEdit = can(user.role, "report:edit");
  const readOnlyReason = !mayEdit ? "只读：审核人员可以查看绩效自评，但不能修改。" : !isEditable(report.status) ? `${LOCKED_MESSAGE}。` : null;

  return (
    <div className="space-y-8">
      <PerformanceWorkspace
        reportId={report.id}
        year={report.year}
        unitName={report.unit.name}
        editable={readOnlyReason === null}
        readOnlyReason={readOnlyReason}
        document={stored.document}
        version={stored.version}
        warnings={[...stored.warnings]}
        table05ProjectFen={table05ProjectFen.toString()}
      />
      <section aria-labelledby="performance-preview" className="rounded-lg bg-white p-8 shadow-sm">
        <h2 id="performance-preview" className="no-print mb-4 text-sm text-slate-500">公开样式预览（按正式公开的格式排版）</h2>
        <PerformancePart document={stored.document} year={stored.report.year} unitName={stored.report.unitName} grades={getTemplate(stored.report.templateId)?.gradeScale} />
      </section>
    </div>
  );
}
