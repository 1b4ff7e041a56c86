import "server-only";
import type { UnitKind as DbUnitKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { loadFixture, parseFixtureText } from "@/lib/fixture/load";
import { lastYearFactsFromReport, type UnitKind } from "@/lib/narrative";
import { lastYearFactsFromPublished, lastYearFormEntries } from "@/lib/narrative/last-year";
import { STATUS_LABELS } from "@/lib/reports/status";
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

export interface LastYearOffer {
  /** What the button says it brings in. */
  readonly label: string;
  readonly entries: readonly { path: string; text: string }[];
}

/**
 * Last year's 决算 figures for the 情况说明, from the best source in the system: the unit's current
 * published disclosure of last year (its figures as printed), else its report of last year.
 */
export async function loadLastYearFigures(user: CurrentUser, report: { unitId: string; year: number; unit: { code: string } }): Promise<LastYearOffer | null> {
  const year = report.year - 1;
  const last = await db.report.findFirst({
    where: { unitId: report.unitId, year, ...(await visibleReportsWhere(user)) },
    select: { id: true, status: true, publications: { where: { current: true }, select: { number: true, publishedAt: true, openData: true }, take: 1 } },
  });
  if (!last) return null;
  const published = last.publications[0];
  if (published) {
    const loaded = loadFixture(parseFixtureText(published.openData));
    const date = published.publishedAt.toISOString().slice(0, 10);
    return { label: `从${year}年度已公开的决算带入`, entries: lastYearFormEntries(lastYearFactsFromPublished(loaded.view), `取自${year}年度已公开的决算（第${published.number}版，${date}公开）`) };
  }
  const data = await loadReportData(user, last.id);
  const figures = lastYearFactsFromReport(deriveReport(data.template, data.names, data.inputs));
  return { label: `从${year}年度决算带入`, entries: lastYearFormEntries(figures, `取自本系统中${year}年度的决算（${STATUS_LABELS[last.status]}，尚未公开）`) };
}

/** Names and 名词解释 explanations of the given 项 codes and their 类 and 款, from the year's catalog. */
export async function loadGlossarySubjects(user: CurrentUser, report: { id: string; year: number }, itemCodes: readonly string[]) {
  const visible = await db.report.count({ where: { id: report.id, year: report.year, ...(await visibleReportsWhere(user)) } });
  if (visible === 0) return [];
  const codes = [...new Set(itemCodes.flatMap((c) => [c, c.slice(0, 3), c.slice(0, 5)]))];
  return db.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION", code: { in: codes } }, select: { code: true, name: true, explanation: true } });
}
