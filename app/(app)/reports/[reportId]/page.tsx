import type { Metadata } from "next";
import { can } from "@/lib/authz";
import { loadReportDocuments } from "@/lib/data/report-data";
import { loadReviewData } from "@/lib/data/review";
import { tableRecord } from "@/lib/reports/table-data";
import { isEditable, UNDER_REVIEW_STATUSES } from "@/lib/reports/status";
import { checkReport } from "@/lib/rules/report-check";
import { TABLE_KEYS } from "@/lib/tables/types";
import { ReportWorkspace, type SubjectOption } from "./workspace";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

export const metadata: Metadata = { title: "决算填报" };

export default async function ReportPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const data = await loadReportDocuments(user, report.id);
  // The same check the submission gate runs, so the list shows exactly what would block it.
  const { summary } = checkReport(data);
  const editable = can(user.role, "report:edit") && isEditable(report.status);
  const review = await loadReviewData(user, report.id, data.template, data.names);
  const canComment = can(user.role, "report:comment") && (UNDER_REVIEW_STATUSES as readonly string[]).includes(report.status);

  // Every 项 of the year's catalog, with its 类 and 款 names, for the "add a subject" picker.
  const subjects: SubjectOption[] = [...data.names.entries()]
    .filter(([code]) => code.length === 7)
    .map(([code, name]) => ({ code, name, path: `${data.names.get(code.slice(0, 3)) ?? ""} › ${data.names.get(code.slice(0, 5)) ?? ""}` }))
    .sort((a, b) => a.code.localeCompare(b.code));

  return (
    <>
      <ReportWorkspace
        reportId={report.id}
        comments={review.comments}
        canComment={canComment}
        explanations={review.explanations}
        changes={can(user.role, "report:review") ? review.changes : null}
        changesLabel={review.changesLabel}
        year={report.year}
        templateId={report.templateId}
        editable={editable}
        stored={Object.fromEntries(TABLE_KEYS.map((t) => [t, tableRecord(data.inputs, t).data]))}
        versions={data.versions}
        names={[...data.names.entries()]}
        subjects={subjects}
        initialCheck={summary}
      />
    </>
  );
}
