import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { LockedReport, Tx } from "@/lib/operations/report-lock";
import { tableRecord } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import type { ReportInputs } from "@/lib/tables/inputs";
import { TABLE_KEYS } from "@/lib/tables/types";
import { DEPARTMENT_TABLES_MESSAGE } from "@/lib/operations/tables/save-table";

/**
 * The codes of a set of inputs that the report's year catalog lacks (项 and their 类/款), so an
 * import is refused before anything is written, naming them.
 */
export async function missingCatalogCodes(tx: Tx, year: number, inputs: ReportInputs): Promise<string[]> {
  const used = new Set(TABLE_KEYS.flatMap((t) => tableRecord(inputs, t).usedCodes));
  if (used.size === 0) return [];
  const found = await tx.subjectCode.findMany({ where: { year, kind: "FUNCTION", code: { in: [...used] } }, select: { code: true } });
  const known = new Set(found.map((s) => s.code));
  return [...used].filter((c) => !known.has(c)).sort();
}

export function refuseMissingCodes(year: number, missing: readonly string[]): void {
  if (missing.length === 0) return;
  throw new AppError(
    "INVALID",
    `文件中的科目编码 ${missing.slice(0, 20).join("、")}${missing.length > 20 ? ` 等 ${missing.length} 个` : ""} 不在 ${year} 年度的功能分类科目中，未导入任何数据；请系统管理员先在科目编码中补充`,
  );
}

/**
 * Replaces every table of a locked, editable report with `inputs`, each table one version up (an
 * editor holding an older version is then refused instead of overwriting), and records one audit
 * entry. Called inside the caller's transaction, after its checks: all of it is written or none.
 */
export async function replaceReportInputs(tx: Tx, user: CurrentUser, report: LockedReport, inputs: ReportInputs, action: string, detail: object): Promise<void> {
  if (report.unit.isDepartment) throw new AppError("INVALID", DEPARTMENT_TABLES_MESSAGE);
  for (const tableKey of TABLE_KEYS) {
    const record = tableRecord(inputs, tableKey);
    await tx.reportTable.upsert({
      where: { reportId_tableKey: { reportId: report.id, tableKey } },
      update: { ...record, version: { increment: 1 }, updatedById: user.id },
      create: { reportId: report.id, tableKey, ...record, version: 1, updatedById: user.id },
    });
  }
  await tx.report.update({ where: { id: report.id }, data: { updatedAt: new Date() } });
  await audit(tx, { actorId: user.id, reportId: report.id, action, detail });
}
