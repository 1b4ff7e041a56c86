import type { ReactNode } from "react";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { startReview } from "@/lib/operations/review/start-review";
import { availableActions } from "@/lib/workflow/transitions";
import { ReportNav } from "./report-nav";
import { PublicationPanel } from "./publication-panel";
import { WorkflowBar } from "./workflow-bar";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

/** Every page of one report: its title, status, parts and the workflow buttons. */
export default async function ReportLayout({ children, params }: { children: ReactNode; params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);

  // A reviewer opening a submitted report starts the review: the unit can no longer withdraw it.
  if (report.status === "SUBMITTED" && !report.reviewStartedAt) await startReview(user, report.id);
  const actions = availableActions(user.role, report.status).filter((a) => a !== "withdraw" || !report.reviewStartedAt);

  return (
    <>
      <PageHeader
        title={`${report.unit.name} ${report.year} 年度决算`}
        description={
          <span className="flex items-center gap-2" data-testid="report-status">
            <ReportStatusBadge status={report.status} />
            {report.submittedAt && report.status === "SUBMITTED" && <span>上报于 {report.submittedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</span>}
          </span>
        }
      />
      <ReportNav reportId={report.id} />
      <PublicationPanel user={user} report={report} unitCode={report.unit.code} />
      <WorkflowBar reportId={report.id} version={report.version} actions={actions} />
      {children}
    </>
  );
}
