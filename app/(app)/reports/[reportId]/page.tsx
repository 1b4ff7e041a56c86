import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/report-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { findVisibleReport } from "@/lib/data/reports";
import { requirePageUser } from "@/lib/session";

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const user = await requirePageUser();
  const report = await findVisibleReport(user, (await params).reportId);
  if (!report) notFound();
  return (
    <PageHeader
      title={`${report.unit.name} ${report.year} 年度决算`}
      description={<ReportStatusBadge status={report.status} />}
    />
  );
}
