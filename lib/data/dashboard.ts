import "server-only";
import { ReportStatus } from "@/generated/prisma/enums";
import { can, reviewsAt } from "@/lib/authz";
import { pool } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";
import { utcFromJson as utc } from "./sql";

export const PAGE_SIZE = 50;
const STATUSES = Object.values(ReportStatus);

export interface DashboardFilter {
  year: number;
  status: ReportStatus | "OVERDUE" | null;
  departmentId: string | null;
  page: number;
}

/** One row of the review desk. */
export interface DashboardRow {
  id: string;
  status: ReportStatus;
  submittedAt: Date | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  unit: { code: string; name: string; isDepartment: boolean; parent: { name: string } | null };
}

export interface Dashboard {
  departments: { id: string; name: string; path: string }[];
  counts: Record<ReportStatus, number>;
  overdue: number;
  notStarted: number;
  total: number;
  rows: DashboardRow[];
  pages: number;
}

/**
 * The review desk in one statement (decision 005): the reviewer's jurisdiction (the units and
 * department subtrees of their ReviewerScope rows), narrowed to one covered department when asked,
 * its reports of the year, the counts per status, the overdue count, the units without a report,
 * and one page of the filtered reports, waiting the longest first.
 */
const DASHBOARD_SQL = `
WITH covered AS (
  -- A unit's path is the ids of its ancestors and itself ("/dept/unit/"): it is covered when it is a
  -- scope of the reviewer, or when its path starts with the path of a scope that includes its
  -- subtree. The prefix is also written as a byte range, so that each scope is one range scan of
  -- the path index (text_pattern_ops, which compares bytes) instead of a test of every unit.
  SELECT u.id, u.code, u.name, u."parentId", u."isDepartment", u.active, u.path FROM "Unit" u WHERE u.id IN (
    SELECT inside.id FROM "ReviewerScope" s JOIN "Unit" su ON su.id = s."unitId"
    JOIN "Unit" inside ON inside.path ~>=~ su.path AND inside.path ~<~ (su.path || chr(1114111)) AND starts_with(inside.path, su.path)
    WHERE s."userId" = $1 AND s."includeSubtree"
    UNION
    SELECT s."unitId" FROM "ReviewerScope" s WHERE s."userId" = $1)
), dept AS (
  SELECT path FROM covered WHERE id = $3 AND "isDepartment"
), scoped AS (
  SELECT c.* FROM covered c WHERE NOT EXISTS (SELECT 1 FROM dept) OR starts_with(c.path, (SELECT path FROM dept))
), reports AS (
  -- Each review level sees its own queue: a department's reviewers the member units of its 部门决算
  -- (and that report itself), the 财政局 every other report, the 部门决算 among them.
  SELECT r.id, r.status::text AS status, r."submittedAt", r."approvedAt", r."publishedAt", r."updatedAt", r."unitId",
    u.code, u.name, u."isDepartment", u."parentId"
  FROM "Report" r JOIN scoped u ON u.id = r."unitId"
  LEFT JOIN "DepartmentMember" dm ON dm."unitId" = r."unitId" AND dm.year = r.year AND NOT dm.merged
  WHERE r.year = $2 AND CASE WHEN $8 = 'department' THEN dm."unitId" IS NOT NULL OR u."isDepartment" ELSE dm."unitId" IS NULL END
), filtered AS (
  SELECT * FROM reports
  WHERE $4::text IS NULL OR ($4 = 'OVERDUE' AND status = 'APPROVED' AND "approvedAt" < $5) OR status = $4
)
SELECT
  (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'path', path) ORDER BY code), '[]') FROM covered WHERE "isDepartment") AS departments,
  (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM reports GROUP BY status) g) AS counts,
  (SELECT count(*) FROM reports WHERE status = 'APPROVED' AND "approvedAt" < $5)::int AS overdue,
  (SELECT count(*) FROM filtered)::int AS total,
  (SELECT count(*) FROM scoped WHERE NOT "isDepartment" AND active)::int AS "coveredUnits",
  -- The page is cut before its units' parents are joined: 50 lookups, not one per report.
  (SELECT coalesce(json_agg(json_build_object('id', f.id, 'status', f.status, 'submittedAt', f."submittedAt", 'approvedAt', f."approvedAt",
        'publishedAt', f."publishedAt", 'updatedAt', f."updatedAt",
        'unit', json_build_object('code', f.code, 'name', f.name, 'isDepartment', f."isDepartment", 'parent', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name) END))
      ORDER BY f."submittedAt" ASC NULLS LAST, f.code ASC), '[]')
    FROM (SELECT * FROM filtered ORDER BY "submittedAt" ASC NULLS LAST, code ASC LIMIT $6 OFFSET $7) f
    LEFT JOIN "Unit" p ON p.id = f."parentId") AS rows`;

export async function reviewDashboard(user: CurrentUser, filter: DashboardFilter, now = new Date()): Promise<Dashboard> {
  if (!can(user.role, "report:review")) return { departments: [], counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>, overdue: 0, notStarted: 0, total: 0, rows: [], pages: 1 };
  const overdueBefore = new Date(now.getTime() - 20 * 24 * 60 * 60 * 1000);
  const { rows } = await pool.query<{
    departments: Dashboard["departments"];
    counts: Partial<Record<ReportStatus, string | number>>;
    overdue: number;
    total: number;
    coveredUnits: number;
    rows: (Omit<DashboardRow, "submittedAt" | "approvedAt" | "publishedAt" | "updatedAt"> & Record<"submittedAt" | "approvedAt" | "publishedAt" | "updatedAt", string | null>)[];
  }>({
    name: "review-dashboard",
    text: DASHBOARD_SQL,
    values: [user.id, filter.year, filter.departmentId, filter.status, overdueBefore, PAGE_SIZE, (Math.max(1, filter.page) - 1) * PAGE_SIZE, reviewsAt(user.role, "department") ? "department" : "finance"],
  });
  const r = rows[0];
  const counts = Object.fromEntries(STATUSES.map((s) => [s, Number(r.counts[s] ?? 0)])) as Record<ReportStatus, number>;
  const reported = STATUSES.reduce((n, s) => n + counts[s], 0);
  return {
    departments: r.departments,
    counts,
    overdue: r.overdue,
    notStarted: Math.max(0, r.coveredUnits - reported),
    total: r.total,
    rows: r.rows.map((row) => ({ ...row, submittedAt: utc(row.submittedAt), approvedAt: utc(row.approvedAt), publishedAt: utc(row.publishedAt), updatedAt: utc(row.updatedAt)! })),
    pages: Math.max(1, Math.ceil(r.total / PAGE_SIZE)),
  };
}
