import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/authz";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";
import { isEditable } from "@/lib/reports/status";
import { ImportForms } from "./import-forms";

export const metadata: Metadata = { title: "导入与离线填报" };

/**
 * Bringing figures in from outside the editor: a published disclosure of another system, or the
 * offline workbook filled in Excel. Both replace the report's table inputs, after a preview.
 */
export default async function ImportPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  if (!can(user.role, "report:edit") || !isEditable(report.status)) {
    return <Alert tone="info" title="导入只在填报时可用">本单位填报人员在报表“填报中”或“审核退回”时，可导入已公开的决算或离线填报表。</Alert>;
  }
  return <ImportForms reportId={report.id} year={report.year} />;
}
