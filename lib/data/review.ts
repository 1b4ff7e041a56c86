import "server-only";
import { can } from "@/lib/authz";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import { formatYuan } from "@/lib/money";
import { describeCell } from "@/lib/reports/cell-label";
import { parseCellAddress } from "@/lib/tables/inputs";
import type { CurrentUser } from "@/lib/session";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { diffSnapshots, type TablesSnapshot } from "@/lib/workflow/diff";
import { utcFromJson } from "./sql";
import { ONE_VISIBLE_REPORT_SQL, oneReportParams } from "./visibility";
import { formatDateTime } from "@/lib/dates";

interface ReviewRows {
  comments: { id: string; tableKey: string | null; cell: string | null; body: string; author: string; createdAt: string; versionNumber: number }[];
  explanations: { key: string; text: string }[];
  versions: { number: number; createdAt: string; data: unknown }[];
}

/** The three lists of a report the user may see, newest first, in one named statement (decision 005). */
const REVIEW_DATA_SQL = `SELECT
  (SELECT coalesce(json_agg(c ORDER BY c."createdAt" DESC), '[]') FROM (
    SELECT c.id, c."tableKey", c.cell, c.body, a."displayName" AS author, c."createdAt", c."versionNumber"
    FROM "ReviewComment" c JOIN "User" a ON a.id = c."authorId" WHERE c."reportId" = r.id ORDER BY c."createdAt" DESC LIMIT 200) c) AS comments,
  (SELECT coalesce(json_agg(json_build_object('key', e.key, 'text', e.text)), '[]') FROM "RuleExplanation" e WHERE e."reportId" = r.id) AS explanations,
  (SELECT coalesce(json_agg(v ORDER BY v.number DESC), '[]') FROM (
    SELECT v.number, v."createdAt", v.data FROM "ReportVersion" v WHERE v."reportId" = r.id AND v.kind = 'submitted' ORDER BY v.number DESC LIMIT 2) v) AS versions
${ONE_VISIBLE_REPORT_SQL}`;

/**
 * Comments, warning explanations and the change since the previous submission, for the report
 * page. Every query is scoped to the reports the user may see.
 */
export async function loadReviewData(user: CurrentUser, reportId: string, template: ReportTemplate, names: ReadonlyMap<string, string>) {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const { rows } = await pool.query<ReviewRows>({ name: "review-data", text: REVIEW_DATA_SQL, values: oneReportParams(user, reportId) });
  const comments = (rows[0]?.comments ?? []).map((c) => ({ ...c, createdAt: utcFromJson(c.createdAt) }));
  const explanations = rows[0]?.explanations ?? [];
  const versions = (rows[0]?.versions ?? []).map((v) => ({ ...v, createdAt: utcFromJson(v.createdAt) }));

  const where = (tableKey: string | null, cell: string | null) => {
    const address = cell ? parseCellAddress(cell) : null;
    if (address) return describeCell(template, names, address);
    if (tableKey) return template.tables[tableKey as TableKey]?.number ?? tableKey;
    return "整个报表";
  };

  let changes = null;
  let changesLabel = "";
  if (versions.length === 2) {
    const [latest, previous] = versions;
    const tablesOf = (v: (typeof versions)[number]) => ((v.data as { tables?: TablesSnapshot } | null)?.tables ?? {});
    changes = diffSnapshots(tablesOf(previous), tablesOf(latest)).map((c) => ({
      where: describeCell(template, names, { table: c.table, row: c.row, column: c.column }),
      before: c.before === null ? "（空）" : formatYuan(c.before),
      after: c.after === null ? "（空）" : formatYuan(c.after),
    }));
    changesLabel = `第 ${previous.number} 次上报（${formatDateTime(previous.createdAt)}）→ 第 ${latest.number} 次上报（${formatDateTime(latest.createdAt)}）`;
  }

  return {
    comments: comments.map((c) => ({
      id: c.id,
      tableKey: c.tableKey,
      cell: c.cell,
      where: where(c.tableKey, c.cell),
      body: c.body,
      author: c.author,
      createdAt: formatDateTime(c.createdAt),
      versionNumber: c.versionNumber,
    })),
    explanations: Object.fromEntries(explanations.map((e) => [e.key, e.text])),
    changes,
    changesLabel,
  };
}
