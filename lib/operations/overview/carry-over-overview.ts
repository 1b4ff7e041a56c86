import "server-only";
/**
 * A new report starts with last year's 单位概况 of the same unit (duties and divisions rarely
 * change). Runs inside the report-creating transaction, which has authorized the creation; the
 * facts stay to be entered.
 */
import { audit } from "@/lib/audit";
import { readOverview } from "@/lib/validation/overview";
import type { Tx } from "../report-lock";

export async function carryOverOverview(tx: Tx, to: { reportId: string; unitId: string; year: number; actorId: string }): Promise<boolean> {
  const last = await tx.reportNarrative.findFirst({
    where: { report: { unitId: to.unitId, year: to.year - 1 } },
    select: { reportId: true, overview: true },
  });
  if (!last) return false;
  const { value } = readOverview(last.overview);
  if (value.duties.length === 0 && value.organization === "") return false;
  await tx.reportNarrative.create({ data: { reportId: to.reportId, overview: { duties: value.duties, organization: value.organization }, facts: {} } });
  await audit(tx, {
    actorId: to.actorId,
    reportId: to.reportId,
    action: "report.carryOverOverview",
    detail: { fromReportId: last.reportId, duties: value.duties.length },
  });
  return true;
}
