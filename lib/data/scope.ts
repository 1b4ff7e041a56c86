import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { unitsWhereFor } from "./visibility";

/**
 * The units a user may see reports of, as a `where` on Unit (the rule is in ./visibility.ts).
 * Cached per request: a report page's loaders each scope their own query, and a reviewer's
 * jurisdiction should be read once, not once per loader.
 */
export const visibleUnitsWhere = cache(async (user: CurrentUser): Promise<Prisma.UnitWhereInput> => {
  const reviewer = user.role === "REVIEWER" || user.role === "DEPARTMENT_REVIEWER";
  const scopes = reviewer ? await db.reviewerScope.findMany({ where: { userId: user.id }, include: { unit: { select: { path: true } } } }) : [];
  return unitsWhereFor(user, scopes.map((s) => ({ unitId: s.unitId, includeSubtree: s.includeSubtree, path: s.unit.path })));
});

/** Every report query goes through this: the report must belong to a visible unit. */
export async function visibleReportsWhere(user: CurrentUser): Promise<Prisma.ReportWhereInput> {
  return { unit: await visibleUnitsWhere(user) };
}
