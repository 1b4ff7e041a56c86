import "server-only";
import { AppError } from "@/lib/errors";
import { checkFixtureDocument } from "@/lib/fixture/check";
import type { JsonValue } from "@/lib/fixture/json";
import { FixtureError } from "@/lib/fixture/load";
import { planPublishedImport, type ImportDifference } from "@/lib/imports/published";
import { inTransaction, lockEditableReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { TABLE_KEYS, type TableKey } from "@/lib/tables/types";
import { missingCatalogCodes, refuseMissingCodes, replaceReportInputs } from "./replace-inputs";

/** A transcription is a few hundred KB; the open-data file of a large unit stays well under this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface PublishedImportPreview {
  readonly unit: string;
  readonly year: number;
  readonly template: string;
  readonly level: "unit" | "department";
  /** Cells each table receives, by table number, in the template's order. */
  readonly tables: readonly { readonly table: TableKey; readonly number: string; readonly cells: number }[];
  readonly differences: readonly ImportDifference[];
  /** The document's own failing table rules (its printed figures disagree with each other). */
  readonly documentProblems: readonly string[];
  /** Things to confirm that do not block: another unit's name. */
  readonly notices: readonly string[];
  readonly imported: boolean;
}

/**
 * Imports a published disclosure (read from the disclosure JSON format — a transcription, this
 * system's open-data file — or from this system's published Excel file) as the report's inputs. Without `confirm` nothing is written: the preview says
 * what would be imported and every printed cell the derivation would not reproduce. With it, all
 * nine tables are replaced in one transaction under the report's lock, or nothing is.
 */
export async function importPublished(user: CurrentUser, input: { reportId: string; document: JsonValue; confirm: boolean }): Promise<PublishedImportPreview> {
  if (!user.unitId) throw new AppError("FORBIDDEN", "无权执行此操作");
  let check;
  try {
    check = checkFixtureDocument(input.document);
  } catch (error) {
    if (error instanceof FixtureError) throw new AppError("INVALID", `无法导入：${error.message}`);
    throw error;
  }
  const { loaded } = check;
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, input.reportId);
    if (loaded.fixture.year !== report.year) throw new AppError("INVALID", `文件是 ${loaded.fixture.year} 年度的决算，本报表为 ${report.year} 年度，未导入`);
    if (loaded.template.id !== report.templateId) {
      throw new AppError("INVALID", `文件使用报表模板「${loaded.template.id}」，本报表为「${report.templateId}」，格式不同，未导入`);
    }
    if (loaded.missingTables.length > 0) {
      throw new AppError("INVALID", `文件缺少${loaded.missingTables.map((t) => loaded.template.tables[t].number).join("、")}，未导入`);
    }
    const subjects = await tx.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } });
    const plan = planPublishedImport(loaded, new Map(subjects.map((s) => [s.code, s.name])));
    refuseMissingCodes(report.year, await missingCatalogCodes(tx, report.year, plan.inputs));
    const preview: PublishedImportPreview = {
      unit: loaded.fixture.unit,
      year: loaded.fixture.year,
      template: loaded.template.id,
      level: loaded.fixture.level,
      tables: loaded.template.tableOrder.map((table) => ({ table, number: loaded.template.tables[table].number, cells: plan.cellsPerTable[table] })),
      differences: plan.differences,
      documentProblems: check.results
        .filter((r) => r.part === "tables" && r.status === "fail" && r.severity === "error")
        .flatMap((r) => r.findings.map((f) => f.message)),
      notices: loaded.fixture.unit === report.unit.name ? [] : [`文件的单位为「${loaded.fixture.unit}」，本单位为「${report.unit.name}」，请确认是本单位的决算`],
      imported: input.confirm,
    };
    if (input.confirm) {
      await replaceReportInputs(tx, user, report, plan.inputs, "report.importPublished", {
        unit: loaded.fixture.unit,
        year: loaded.fixture.year,
        cells: TABLE_KEYS.reduce((n, t) => n + plan.cellsPerTable[t], 0),
        differences: plan.differences.length,
      });
    }
    return preview;
  });
}
