import "server-only";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/session";
import { findVisibleReport } from "./reports";

export type ReportPageParams = Promise<{ reportId: string }>;

/**
 * Every page of one report starts here: the signed-in user (or the sign-in page) and the report
 * they may see (or the 404 page — a report of another unit looks exactly like a missing one).
 */
export async function requireReportPage(params: ReportPageParams) {
  const user = await requirePageUser();
  const report = await findVisibleReport(user, (await params).reportId);
  if (!report) notFound();
  return { user, report };
}
