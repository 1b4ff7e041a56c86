import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

const NOTHING: Prisma.UnitWhereInput = { id: { in: [] } };

/**
 * The units a user may see reports of, as a `where` on Unit: staff their own unit,
 * reviewers (of both levels) the units and department subtrees they cover, admins none.
 */
export const visibleUnitsWhere = cache(async (user: CurrentUser): Promise<Prisma.UnitWhereInput> => {
  // Cached per request: a report page's loaders each scope their own query, and a reviewer's
  // jurisdiction should be read once, not once per loader.
  switch (user.role) {
    case "UNIT_STAFF":
      return user.unitId ? { id: user.unitId } : NOTHING;
    case "REVIEWER":
    case "DEPARTMENT_REVIEWER": {
      const scopes = await db.reviewerScope.findMany({ where: { userId: user.id }, include: { unit: { select: { path: true } } } });
      if (scopes.length === 0) return NOTHING;
      return { OR: scopes.map((s) => (s.includeSubtree ? { path: { startsWith: s.unit.path } } : { id: s.unitId })) };
    }
    case "ADMIN":
      return NOTHING;
  }
});

/** Every report query goes through this: the report must belong to a visible unit. */
export async function visibleReportsWhere(user: CurrentUser): Promise<Prisma.ReportWhereInput> {
  return { unit: await visibleUnitsWhere(user) };
}
