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

type Reader = Pick<Tx, "departmentMember">;

export async function membershipOf(tx: Reader, unitId: string, year: number): Promise<Membership | null> {
  const m = await tx.departmentMember.findUnique({
    where: { unitId_year: { unitId, year } },
    select: { merged: true, report: { select: { id: true, status: true, unit: { select: { name: true } } } } },
  });
  return m ? { departmentReportId: m.report.id, departmentStatus: m.report.status, departmentName: m.report.unit.name, merged: m.merged } : null;
}

/** `membershipOf` outside a transaction, for the header of every report page: one named statement (decision 005). */
export async function membershipForPage(unitId: string, year: number): Promise<Membership | null> {
  const { rows } = await pool.query<Membership>({
    name: "page-membership",
    text: `SELECT r.id AS "departmentReportId", r.status::text AS "departmentStatus", u.name AS "departmentName", m.merged
      FROM "DepartmentMember" m JOIN "Report" r ON r.id = m."reportId" JOIN "Unit" u ON u.id = r."unitId"
      WHERE m."unitId" = $1 AND m.year = $2`,
    values: [unitId, year],
  });
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
