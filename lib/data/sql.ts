import "server-only";
import type { CurrentUser } from "@/lib/session";

/**
 * What the statements of the hot read paths share (decision 005): who may see a unit, and how a
 * timestamp comes back from JSON.
 */

/**
 * The rule of `visibleUnitsWhere` (./scope.ts) as SQL: true when the unit aliased `u` is visible
 * to the user given as $1 (id), $2 (role) and $3 (unit), the first three parameters of
 * `visibilityParams`. Staff see their own unit; reviewers of both levels the units of their
 * scopes and, when a scope includes its subtree, every unit whose path starts with its path;
 * admins none.
 */
export const VISIBLE_UNIT_SQL = `CASE
    WHEN $2::text = 'UNIT_STAFF' THEN u.id = $3::text
    WHEN $2::text IN ('REVIEWER', 'DEPARTMENT_REVIEWER') THEN EXISTS (
      SELECT 1 FROM "ReviewerScope" s JOIN "Unit" su ON su.id = s."unitId"
      WHERE s."userId" = $1::text AND (s."unitId" = u.id OR (s."includeSubtree" AND starts_with(u.path, su.path))))
    ELSE false
  END`;

export function visibilityParams(user: CurrentUser): [string, string, string | null] {
  return [user.id, user.role, user.unitId];
}

/** A timestamp as json_build_object writes it (timestamp(3) without zone, stored as UTC). */
export function utcFromJson(s: string): Date;
export function utcFromJson(s: string | null): Date | null;
export function utcFromJson(s: string | null): Date | null {
  return s === null ? null : new Date(`${s}Z`);
}

/** A timestamp column selected as is: Prisma stores UTC without a zone, which pg would read as local time. */
export const utcColumn = (column: string, as: string) => `${column} AT TIME ZONE 'UTC' AS "${as}"`;
