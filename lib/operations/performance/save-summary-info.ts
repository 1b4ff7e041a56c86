import "server-only";
import { withSummaryInfo } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import type { SummaryInfo } from "@/lib/validation/performance/summary-info";
import { changeDocument, type DocumentWrite } from "./document-write";

/** The 汇总表 header: 部门(单位)名称 and 填报日期. */
export async function saveSummaryInfo(user: CurrentUser, write: DocumentWrite & { info: SummaryInfo }): Promise<{ version: number }> {
  const detail = { summaryUnitName: write.info.summaryUnitName ?? "", summaryFiledOn: write.info.summaryFiledOn ?? "" };
  const version = await changeDocument(user, write, "saveSummaryInfo", detail, (doc) => withSummaryInfo(doc, write.info));
  return { version };
}
