import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { UnitKind as DbUnitKind } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { lastYearFactsFromReport, type LastYearFigures, type UnitKind } from "@/lib/narrative";
import { readFacts, readOverview, type FactsRead, type Read, type StoredOverview } from "@/lib/narrative/stored";
import type { NarrativeFactsForm } from "@/lib/validation/facts";
import type { CurrentUser } from "@/lib/session";
import { deriveReport } from "@/lib/tables/derive";
import { loadReportData } from "./report-data";
import { visibleReportsWhere } from "./scope";

type Tx = Prisma.TransactionClient;

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
 * A report's 单位概况 and 情况说明 facts. Callers check visibility first (findVisibleReport);
 * `blank` is the facts form an unsaved report starts from.
 */
export async function loadNarrative(reportId: string, blank: NarrativeFactsForm): Promise<NarrativeRecord> {
  const row = await db.reportNarrative.findUnique({ where: { reportId }, select: { overview: true, facts: true, version: true } });
  return { version: row?.version ?? 0, overview: readOverview(row?.overview ?? null), facts: readFacts(row?.facts ?? null, blank) };
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

/**
 * A new report starts with last year's 单位概况 of the same unit (duties and divisions rarely
 * change). Runs inside the creating transaction; the facts stay to be entered.
 */
export async function carryOverOverview(tx: Tx, to: { reportId: string; unitId: string; year: number; actorId: string }): Promise<boolean> {
  const last = await tx.reportNarrative.findFirst({
    where: { report: { unitId: to.unitId, year: to.year - 1 } },
    select: { reportId: true, overview: true },
  });
  if (!last) return false;
  const { value } = readOverview(last.overview);
  if (value.duties.length === 0 && value.organization === "") return false;
  await tx.reportNarrative.create({ data: { reportId: to.reportId, overview: { duties: value.duties, organization: value.organization }, facts: {} } });
  await audit(tx, {
    actorId: to.actorId,
    reportId: to.reportId,
    action: "report.carryOverOverview",
    detail: { fromReportId: last.reportId, duties: value.duties.length },
  });
  return true;
}

/** Names and 名词解释 explanations of the given 项 codes and their 类 and 款, from the year's catalog. */
export async function loadGlossarySubjects(year: number, itemCodes: readonly string[]) {
  const codes = [...new Set(itemCodes.flatMap((c) => [c, c.slice(0, 3), c.slice(0, 5)]))];
  return db.subjectCode.findMany({ where: { year, kind: "FUNCTION", code: { in: codes } }, select: { code: true, name: true, explanation: true } });
}
