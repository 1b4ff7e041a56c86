import "server-only";
import { pool } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { utcFromJson } from "./sql";
import { ONE_VISIBLE_REPORT_SQL, oneReportParams } from "./visibility";

interface PublicationRows {
  publications: { number: number; publishedAt: string; correctionNote: string | null; unitCode: string; year: number }[];
  confirmers: { id: string; displayName: string }[];
}

/** Every report page's header asks this: one named statement (decision 005). */
const PUBLICATION_STATUS_SQL = `SELECT
  (SELECT coalesce(json_agg(p ORDER BY p.number DESC), '[]') FROM (
    SELECT p.number, p."publishedAt", p."correctionNote", p."unitCode", p.year FROM "Publication" p WHERE p."reportId" = r.id) p) AS publications,
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'displayName', c."displayName")), '[]') FROM "User" c
    WHERE c.id IN (r."secrecyReviewedById", r."signedOffById")) AS confirmers
${ONE_VISIBLE_REPORT_SQL}`;

/** What the report page shows about publication: who confirmed what, and the versions published so far. */
export async function loadPublicationStatus(user: CurrentUser, report: { id: string }) {
  const { rows } = await pool.query<PublicationRows>({ name: "publication-status", text: PUBLICATION_STATUS_SQL, values: oneReportParams(user, report.id) });
  const publications = (rows[0]?.publications ?? []).map((p) => ({ ...p, publishedAt: utcFromJson(p.publishedAt) }));
  const confirmers = rows[0]?.confirmers ?? [];
  return { publications, nameOf: (id: string | null) => confirmers.find((u) => u.id === id)?.displayName ?? "" };
}
