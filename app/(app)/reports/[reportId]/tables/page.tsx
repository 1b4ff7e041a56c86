import type { Metadata } from "next";
import Link from "next/link";
import { DisclosureTable } from "@/components/disclosure/disclosure-table";
import { tableGrid } from "@/lib/disclosure/table-grid";
import { disclosureParts } from "@/lib/disclosure/parts";
import { PrintButton } from "@/components/print-button";
import { StaticHtml } from "@/components/static-html";
import { loadReportData } from "@/lib/data/report-data";
import { deriveReport } from "@/lib/tables/derive";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

export const metadata: Metadata = { title: "决算表预览" };

export default async function ReportTablesPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const data = await loadReportData(user, report.id);
  const derived = deriveReport(data.template, data.names, data.inputs);
  return (
    <article className="mx-auto max-w-6xl rounded-lg bg-white p-8 shadow-sm print:shadow-none">
      <div className="no-print mb-6 flex justify-between">
        <Link href={`/reports/${report.id}`} className="text-sm text-brand-700 underline">返回报表</Link>
        <PrintButton />
      </div>
      <h2 className="mb-8 text-center font-serif text-2xl font-semibold">{disclosureParts({ year: report.year, level: report.unit.isDepartment ? "department" : "unit" }).tables}</h2>
      <StaticHtml>
        {data.template.tableOrder.map((key) => (
          <DisclosureTable key={key} grid={tableGrid(derived.tables[key], report.unit.name, data.template.tableNumberStyle)} />
        ))}
      </StaticHtml>
    </article>
  );
}
