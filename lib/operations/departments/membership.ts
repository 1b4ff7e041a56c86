import "server-only";
import type { ReportStatus } from "@/generated/prisma/enums";
import type { ReviewLevel } from "@/lib/authz";
import { pool } from "@/lib/db";
import type { Tx } from "@/lib/operations/report-lock";

/** A unit's place in its department's 部门决算 of a year. */
export interface Membership {
  readonly departmentReportId: string;
  readonly departmentStatus: ReportStatus;
  readonly departmentName: string;
  /** 预算不单列，并入本级. */
  readonly merged: boolean;
}

/** The unit's membership of a year, as `Membership` rows: $1 the unit, $2 the year. */
const MEMBERSHIP_SQL = `SELECT r.id AS "departmentReportId", r.status::text AS "departmentStatus", u.name AS "departmentName", m.merged
  FROM "DepartmentMember" m JOIN "Report" r ON r.id = m."reportId" JOIN "Unit" u ON u.id = r."unitId"
  WHERE m."unitId" = $1 AND m.year = $2`;

/** Inside a transaction (a workflow transition reads it under the report's lock). */
export async function membershipOf(tx: Pick<Tx, "$queryRawUnsafe">, unitId: string, year: number): Promise<Membership | null> {
  const rows = await tx.$queryRawUnsafe<Membership[]>(MEMBERSHIP_SQL, unitId, year);
  return rows[0] ?? null;
}

/** The same outside a transaction, for the header of every report page: a named statement on the pool (decision 005). */
export async function membershipForPage(unitId: string, year: number): Promise<Membership | null> {
  const { rows } = await pool.query<Membership>({ name: "membership", text: MEMBERSHIP_SQL, values: [unitId, year] });
  return rows[0] ?? null;
}

/** A member unit (with a report of its own) is reviewed by its department; everything else by the 财政局. */
export function reviewLevelOf(membership: Membership | null): ReviewLevel {
  return membership && !membership.merged ? "department" : "finance";
}

/** The statuses in which a department's report is with the 财政局: its members may not move then. */
const WITH_FINANCE: readonly ReportStatus[] = ["SUBMITTED", "APPROVED", "PUBLISHED"];

/** For checkTransition: the department report's status when it freezes this member, else null. */
export function freezingStatus(membership: Membership | null): ReportStatus | null {
  return membership && !membership.merged && WITH_FINANCE.includes(membership.departmentStatus) ? membership.departmentStatus : null;
}
