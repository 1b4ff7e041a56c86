import "server-only";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import { formatYuan } from "@/lib/money";
import { describeCell } from "@/lib/reports/cell-label";
import { parseCellAddress } from "@/lib/tables/inputs";
import type { CurrentUser } from "@/lib/session";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { diffSnapshots, type TablesSnapshot } from "@/lib/workflow/diff";
import { visibleReportsWhere } from "./scope";

const when = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/**
 * Comments, warning explanations and the change since the previous submission, for the report
 * page. Every query is scoped to the reports the user may see.
 */
export async function loadReviewData(user: CurrentUser, reportId: string, template: ReportTemplate, names: ReadonlyMap<string, string>) {
  if (!can(user.role, "report:read") || !isPlausibleId(reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const report = await visibleReportsWhere(user);
  const [comments, explanations, versions] = await Promise.all([
    db.reviewComment.findMany({ where: { reportId, report }, orderBy: { createdAt: "desc" }, include: { author: { select: { displayName: true } } }, take: 200 }),
    db.ruleExplanation.findMany({ where: { reportId, report }, select: { key: true, text: true } }),
    db.reportVersion.findMany({ where: { reportId, kind: "submitted", report }, orderBy: { number: "desc" }, take: 2, select: { number: true, createdAt: true, data: true } }),
  ]);

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
    changesLabel = `第 ${previous.number} 次上报（${when(previous.createdAt)}）→ 第 ${latest.number} 次上报（${when(latest.createdAt)}）`;
  }

  return {
    comments: comments.map((c) => ({
      id: c.id,
      tableKey: c.tableKey,
      cell: c.cell,
      where: where(c.tableKey, c.cell),
      body: c.body,
      author: c.author.displayName,
      createdAt: when(c.createdAt),
      versionNumber: c.versionNumber,
    })),
    explanations: Object.fromEntries(explanations.map((e) => [e.key, e.text])),
    changes,
    changesLabel,
  };
}
