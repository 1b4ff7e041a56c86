import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ReportStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { visibleUnitsWhere } from "./scope";

export const PAGE_SIZE = 50;
const STATUSES = Object.values(ReportStatus);

export interface DashboardFilter {
  year: number;
  status: ReportStatus | "OVERDUE" | null;
  departmentId: string | null;
  page: number;
}

/**
 * The review desk: every report of the covered units for a year, with counts per status.
 * Scoped by the reviewer's jurisdiction in the query itself (indexed path prefixes), and
 * paginated, so it stays fast with thousands of units.
 */
export async function reviewDashboard(user: CurrentUser, filter: DashboardFilter, now = new Date()) {
  const units = await visibleUnitsWhere(user);
  const departments = await db.unit.findMany({ where: { AND: [units, { isDepartment: true }] }, select: { id: true, name: true, path: true }, orderBy: { code: "asc" } });
  const department = departments.find((d) => d.id === filter.departmentId) ?? null;
  const unitWhere: Prisma.UnitWhereInput = department ? { AND: [units, { path: { startsWith: department.path } }] } : units;
  const base: Prisma.ReportWhereInput = { year: filter.year, unit: unitWhere };
  const overdueBefore = new Date(now.getTime() - 20 * 24 * 60 * 60 * 1000);

  const statusWhere: Prisma.ReportWhereInput =
    filter.status === "OVERDUE" ? { status: "APPROVED", approvedAt: { lt: overdueBefore } } : filter.status ? { status: filter.status } : {};
  const where: Prisma.ReportWhereInput = { ...base, ...statusWhere };

  const [grouped, overdue, total, rows, coveredUnits] = await Promise.all([
    db.report.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.report.count({ where: { ...base, status: "APPROVED", approvedAt: { lt: overdueBefore } } }),
    db.report.count({ where }),
    db.report.findMany({
      where,
      // Waiting the longest first: what a reviewer should look at next.
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { unit: { code: "asc" } }],
      skip: (Math.max(1, filter.page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        approvedAt: true,
        publishedAt: true,
        updatedAt: true,
        unit: { select: { code: true, name: true, parent: { select: { name: true } } } },
      },
    }),
    db.unit.count({ where: { AND: [unitWhere, { isDepartment: false, active: true }] } }),
  ]);

  const counts = Object.fromEntries(STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<ReportStatus, number>;
  const reported = STATUSES.reduce((n, s) => n + counts[s], 0);
  return { departments, counts, overdue, notStarted: Math.max(0, coveredUnits - reported), total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
