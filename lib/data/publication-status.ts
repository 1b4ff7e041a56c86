import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { visibleReportsWhere } from "./scope";

/** What the report page shows about publication: who confirmed what, and the versions published so far. */
export async function loadPublicationStatus(user: CurrentUser, report: { id: string; secrecyReviewedById: string | null; signedOffById: string | null }) {
  const where = { reportId: report.id, report: await visibleReportsWhere(user) };
  const ids = [report.secrecyReviewedById, report.signedOffById].filter((id): id is string => id !== null);
  const [publications, confirmers] = await Promise.all([
    db.publication.findMany({ where, orderBy: { number: "desc" }, select: { number: true, publishedAt: true, correctionNote: true, unitCode: true, year: true } }),
    ids.length ? db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }) : [],
  ]);
  return { publications, nameOf: (id: string | null) => confirmers.find((u) => u.id === id)?.displayName ?? "" };
}
