import type { ReactNode } from "react";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { startReview } from "@/lib/operations/review/start-review";
import { availableActions } from "@/lib/workflow/transitions";
import { Badge } from "@/components/ui/badge";
import { freezingStatus, membershipForPage, reviewLevelOf } from "@/lib/operations/departments/membership";
import { ReportNav } from "./report-nav";
import { PublicationPanel } from "./publication-panel";
import { WorkflowBar } from "./workflow-bar";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";
import { formatDateTime } from "@/lib/dates";

/** Every page of one report: its title, status, parts and the workflow buttons. */
export default async function ReportLayout({ children, params }: { children: ReactNode; params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);

  const membership = report.unit.isDepartment ? null : await membershipForPage(report.unitId, report.year);
  const level = reviewLevelOf(membership);
  // A reviewer of its level opening a submitted report starts the review: the unit can no longer withdraw it.
  if (report.status === "SUBMITTED" && !report.reviewStartedAt) await startReview(user, report.id, level);
  const frozen = freezingStatus(membership);
  const actions = availableActions(user.role, report.status, level).filter((a) => (a !== "withdraw" || !report.reviewStartedAt) && (!frozen || a === "publish"));

  return (
    <>
      <PageHeader
        title={`${report.unit.name} ${report.year} 年度${report.unit.isDepartment ? "部门决算" : "决算"}`}
        description={
          <span className="flex flex-wrap items-center gap-2" data-testid="report-status">
            <ReportStatusBadge status={report.status} />
            {report.unit.isDepartment && <Badge tone="blue">部门决算 · 由成员单位汇总</Badge>}
            {membership && !membership.merged && (
              <span data-testid="review-level">
                <Badge tone="gray">{`「${membership.departmentName}」部门决算成员单位 · 先由部门审核`}</Badge>
              </span>
            )}
            {report.submittedAt && report.status === "SUBMITTED" && <span>上报于 {formatDateTime(report.submittedAt)}</span>}
          </span>
        }
      />
      <ReportNav reportId={report.id} kind={report.unit.isDepartment ? "department" : report.unit.parentId ? "member" : "unit"} />
      <PublicationPanel user={user} report={report} unitCode={report.unit.code} />
      <WorkflowBar reportId={report.id} version={report.version} actions={actions} />
      {children}
    </>
  );
}
