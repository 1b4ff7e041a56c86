import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";

/**
 * Who may see a unit's reports, in the two forms the code queries with. Staff see their own unit;
 * reviewers of both levels the units of their scopes and, when a scope includes its subtree, every
 * unit whose path starts with the scope unit's path; admins none. `e2e/visibility.spec.ts` checks
 * that both forms agree for every user and unit of a database.
 */

export interface Viewer {
  readonly id: string;
  readonly role: Role;
  readonly unitId: string | null;
}

export interface ViewerScope {
  readonly unitId: string;
  readonly includeSubtree: boolean;
  /** The scope unit's path. */
  readonly path: string;
}

const NOTHING: Prisma.UnitWhereInput = { id: { in: [] } };

/** As a Prisma `where` on Unit, from the viewer's scopes (read by the caller; empty for staff and admins). */
export function unitsWhereFor(viewer: Viewer, scopes: readonly ViewerScope[]): Prisma.UnitWhereInput {
  switch (viewer.role) {
    case "UNIT_STAFF":
      return viewer.unitId ? { id: viewer.unitId } : NOTHING;
    case "REVIEWER":
    case "DEPARTMENT_REVIEWER":
      if (scopes.length === 0) return NOTHING;
      return { OR: scopes.map((s) => (s.includeSubtree ? { path: { startsWith: s.path } } : { id: s.unitId })) };
    case "ADMIN":
      return NOTHING;
  }
}

/**
 * As SQL for the hot paths (decision 005): true when the unit aliased `u` is visible to the viewer
 * given as $1 (id), $2 (role) and $3 (unit), the first three parameters of `visibilityParams`.
 */
export const VISIBLE_UNIT_SQL = `CASE
    WHEN $2::text = 'UNIT_STAFF' THEN u.id = $3::text
    WHEN $2::text IN ('REVIEWER', 'DEPARTMENT_REVIEWER') THEN EXISTS (
      SELECT 1 FROM "ReviewerScope" s JOIN "Unit" su ON su.id = s."unitId"
      WHERE s."userId" = $1::text AND (s."unitId" = u.id OR (s."includeSubtree" AND starts_with(u.path, su.path))))
    ELSE false
  END`;

export function visibilityParams(viewer: Viewer): [string, string, string | null] {
  return [viewer.id, viewer.role, viewer.unitId];
}

/**
 * The FROM and WHERE of a statement about one report the viewer may see: the report is `r`, its
 * unit `u`, its id $4 (`oneReportParams`); a report out of sight gives no row, like a missing one.
 */
export const ONE_VISIBLE_REPORT_SQL = `FROM "Report" r JOIN "Unit" u ON u.id = r."unitId"
WHERE r.id = $4 AND ${VISIBLE_UNIT_SQL}`;

export function oneReportParams(viewer: Viewer, reportId: string): [string, string, string | null, string] {
  return [...visibilityParams(viewer), reportId];
}
