import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
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
  // A department's tables are its members' consolidation: never typed (its 成员单位与汇总 page recomputes them).
  const editable = can(user.role, "report:edit") && isEditable(report.status) && !report.unit.isDepartment;
  const review = await loadReviewData(user, report.id, data.template, data.names);
  const canComment = can(user.role, "report:comment") && (UNDER_REVIEW_STATUSES as readonly string[]).includes(report.status);

  // Every 项 of the year's catalog, with its 类 and 款 names, for the "add a subject" picker.
  const subjects: SubjectOption[] = [...data.names.entries()]
    .filter(([code]) => code.length === 7)
    .map(([code, name]) => ({ code, name, path: `${data.names.get(code.slice(0, 3)) ?? ""} › ${data.names.get(code.slice(0, 5)) ?? ""}` }))
    .sort((a, b) => a.code.localeCompare(b.code));

  return (
    <>
      {report.unit.isDepartment && (
        <div className="mb-4">
          <Alert tone="info" title="部门决算的表格由成员单位的决算汇总生成，不能直接填写">
            在 <Link className="underline" href={`/reports/${report.id}/department`}>成员单位与汇总</Link> 中选择成员单位、汇总并查看每个金额的来源；下方的审核结果针对汇总后的数据。
          </Alert>
        </div>
      )}
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
