import "server-only";
import type { UnitKind as DbUnitKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { lastYearFactsFromReport, type LastYearFigures, type UnitKind } from "@/lib/narrative";
import { readFacts, type FactsRead, type FormOptions } from "@/lib/narrative/facts-form";
import type { PerformanceFigures } from "@/lib/performance/figures";
import type { CurrentUser } from "@/lib/session";
import { deriveReport } from "@/lib/tables/derive";
import { readOverview, type Read, type StoredOverview } from "@/lib/validation/overview";
import { loadReportData } from "./report-data";
import { visibleReportsWhere } from "./scope";

/** The narrative's unit kind follows the unit's register entry. */
export const NARRATIVE_UNIT_KIND: Record<DbUnitKind, UnitKind> = {
  ADMINISTRATIVE: "administrative",
  CIVIL_SERVANT_INSTITUTION: "civilServiceManaged",
  INSTITUTION: "institution",
};

export interface NarrativeRecord {
  /** 0 when there is no record yet: the first save creates it. */
  readonly version: number;
  readonly overview: Read<StoredOverview>;
  readonly facts: FactsRead;
}

/**
 * A report's 单位概况 and 情况说明 facts, when the user may see the report (else as if there were
 * none). `form` says what an unsaved report's facts form starts from.
 */
export async function loadNarrative(user: CurrentUser, reportId: string, form: FormOptions): Promise<NarrativeRecord> {
  const row = await db.reportNarrative.findFirst({
    where: { reportId, report: await visibleReportsWhere(user) },
    select: { overview: true, facts: true, version: true },
  });
  return { version: row?.version ?? 0, overview: readOverview(row?.overview ?? null), facts: readFacts(row?.facts ?? null, form) };
}

/** Last year's 决算 figures from the unit's previous report, when the user may see it. */
export async function loadLastYearFigures(user: CurrentUser, report: { unitId: string; year: number }): Promise<LastYearFigures | null> {
  const last = await db.report.findFirst({
    where: { unitId: report.unitId, year: report.year - 1, ...(await visibleReportsWhere(user)) },
    select: { id: true, year: true, templateId: true },
  });
  if (!last) return null;
  const data = await loadReportData(user, last.id);
  return lastYearFactsFromReport(deriveReport(data.template, data.names, data.inputs));
}

/** Names and 名词解释 explanations of the given 项 codes and their 类 and 款, from the year's catalog. */
export async function loadGlossarySubjects(user: CurrentUser, report: { id: string; year: number }, itemCodes: readonly string[]) {
  const visible = await db.report.count({ where: { id: report.id, year: report.year, ...(await visibleReportsWhere(user)) } });
  if (visible === 0) return [];
  const codes = [...new Set(itemCodes.flatMap((c) => [c, c.slice(0, 3), c.slice(0, 5)]))];
  return db.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION", code: { in: codes } }, select: { code: true, name: true, explanation: true } });
}
