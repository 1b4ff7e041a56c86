import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz";
import { loadReportData } from "@/lib/data/report-data";
import { findVisibleReport } from "@/lib/data/reports";
import { summarizeRules } from "@/lib/reports/rule-summary";
import { tableRecord } from "@/lib/reports/table-data";
import { EDITABLE_STATUSES } from "@/lib/reports/status";
import { deriveAndCheck } from "@/lib/rules";
import { requirePageUser } from "@/lib/session";
import { TABLE_KEYS } from "@/lib/tables/types";
import { ReportWorkspace, type SubjectOption } from "./workspace";

export const metadata: Metadata = { title: "决算填报" };

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const user = await requirePageUser();
  const report = await findVisibleReport(user, (await params).reportId);
  if (!report) notFound();
  const data = await loadReportData(report);
  const { rules } = deriveAndCheck(data.template, data.names, data.inputs);
  const editable = can(user.role, "report:edit") && (EDITABLE_STATUSES as readonly string[]).includes(report.status);

  // Every 项 of the year's catalog, with its 类 and 款 names, for the "add a subject" picker.
  const subjects: SubjectOption[] = [...data.names.entries()]
    .filter(([code]) => code.length === 7)
    .map(([code, name]) => ({ code, name, path: `${data.names.get(code.slice(0, 3)) ?? ""} › ${data.names.get(code.slice(0, 5)) ?? ""}` }))
    .sort((a, b) => a.code.localeCompare(b.code));

  return (
    <>
      <PageHeader
        title={`${report.unit.name} ${report.year} 年度决算`}
        description={
          <span className="flex items-center gap-2">
            <ReportStatusBadge status={report.status} /> 模板：{data.template.name}
          </span>
        }
        actions={
          <Button variant="secondary" asChild>
            <Link href={`/reports/${report.id}/tables`}>预览公开表（万元）</Link>
          </Button>
        }
      />
      <ReportWorkspace
        reportId={report.id}
        year={report.year}
        templateId={report.templateId}
        editable={editable}
        stored={Object.fromEntries(TABLE_KEYS.map((t) => [t, tableRecord(data.inputs, t).data]))}
        versions={data.versions}
        names={[...data.names.entries()]}
        subjects={subjects}
        initialCheck={summarizeRules(rules)}
      />
    </>
  );
}
