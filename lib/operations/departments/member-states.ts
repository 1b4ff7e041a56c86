import "server-only";
import type { ReportStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/operations/report-lock";
import type { StampedMember } from "@/lib/consolidation/readiness";

/** One member of a department report as it is now, with a fingerprint of the data consolidation reads. */
export interface MemberState {
  readonly unitId: string;
  readonly code: string;
  readonly name: string;
  readonly merged: boolean;
  readonly reportId: string | null;
  readonly status: ReportStatus | null;
  readonly templateId: string | null;
  /** md5 of the member report's table versions and internal flows; null without a report. */
  readonly stamp: string | null;
}

export type { StampedMember } from "@/lib/consolidation/readiness";

type Reader = Pick<Tx, "$queryRawUnsafe">;

/**
 * Every member of the department report `departmentReportId` (an SQL expression: a parameter, or a
 * column of an enclosing statement) in list order, as `MemberState` rows: the report of the same
 * year, its status, and the fingerprint of what consolidation reads — each table's version (every
 * write of a table bumps it: a save, an import, a reopened report's correction) and every internal
 * flow as stored. Its aliases are its own (m, u, r, t, f), so it nests in another statement.
 */
export const memberStatesSql = (departmentReportId: string) => `
    SELECT m."unitId", u.code, u.name, m.merged, r.id AS "reportId", r.status, r."templateId",
      CASE WHEN r.id IS NULL THEN NULL ELSE md5(
        coalesce((SELECT string_agg(t."tableKey" || '=' || t.version, ';' ORDER BY t."tableKey") FROM "ReportTable" t WHERE t."reportId" = r.id), '')
        || '#' ||
        coalesce((SELECT string_agg(f.line::text || ',' || f."counterpartUnitId" || ',' || f.code || ',' || f.amount::text, ';' ORDER BY f.line, f."counterpartUnitId", f.code)
                  FROM "InternalFlow" f WHERE f."reportId" = r.id), '')
      ) END AS stamp
    FROM "DepartmentMember" m
    JOIN "Unit" u ON u.id = m."unitId"
    LEFT JOIN "Report" r ON r."unitId" = m."unitId" AND r.year = m.year
    WHERE m."reportId" = ${departmentReportId}
    ORDER BY m.position, u.code`;

const MEMBER_STATES_SQL = memberStatesSql("$1");

/** The members of one department report, in one statement (in a transaction or not). */
export function memberStates(tx: Reader, departmentReportId: string): Promise<MemberState[]> {
  return tx.$queryRawUnsafe<MemberState[]>(MEMBER_STATES_SQL, departmentReportId);
}

export const stamped = (m: MemberState): StampedMember => ({ unitId: m.unitId, merged: m.merged, reportId: m.reportId, stamp: m.stamp });
