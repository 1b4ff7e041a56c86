import { NextResponse } from "next/server";
import { requireVisibleReport } from "@/lib/data/reports";
import { errorResponse } from "@/lib/http";
import { requirePermission } from "@/lib/session";

/** A report's summary as JSON; the same visibility rules as the pages. */
export async function GET(_req: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const user = await requirePermission("report:read");
    const report = await requireVisibleReport(user, (await params).reportId);
    return NextResponse.json({ id: report.id, year: report.year, status: report.status, unit: { code: report.unit.code, name: report.unit.name } });
  } catch (e) {
    return errorResponse(e);
  }
}
