import { NextResponse } from "next/server";
import { loadReportData } from "@/lib/data/report-data";
import { buildWorkbook } from "@/lib/imports/workbook";
import { errorResponse } from "@/lib/http";
import { workbookReport } from "@/lib/operations/imports/import-workbook";
import { requirePermission } from "@/lib/session";

/** The offline entry workbook of a report, prefilled with its stored inputs (the unit's staff only). */
export async function GET(_req: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const user = await requirePermission("report:edit");
    const report = await workbookReport(user, (await params).reportId);
    const data = await loadReportData(user, report.reportId);
    const bytes = await buildWorkbook(report, data.inputs, data.names);
    const fileName = encodeURIComponent(`${report.year}年度${report.unitName}决算离线填报表.xlsx`);
    return new NextResponse(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename*=UTF-8''${fileName}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
