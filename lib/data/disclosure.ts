import "server-only";
import type { Report, Unit } from "@/generated/prisma/client";
import { composeDisclosure, glossaryCodesOf, type ComposedDisclosure } from "@/lib/disclosure/model";
import { budgetCodesOf } from "@/lib/narrative/facts-form";
import type { CurrentUser } from "@/lib/session";
import { db } from "@/lib/db";
import { deriveReport } from "@/lib/tables/derive";
import type { DerivedReport } from "@/lib/tables/report";
import { FIXED_GLOSSARY } from "@/prisma/seed-data/glossary-fixed";
import { loadGlossarySubjects, loadNarrative, NARRATIVE_UNIT_KIND } from "./narrative";
import { loadPerformance } from "./performance";
import { loadReportData } from "./report-data";

export interface ComposedReport extends ComposedDisclosure {
  readonly derived: DerivedReport;
  /** Set when the stored 概况 or facts could not be read as they are. */
  readonly readWarnings: readonly string[];
  readonly factsEntered: boolean;
}

/** The disclosure of one report as it stands now, for a user who may see it (each loader checks). */
export async function loadDisclosure(user: CurrentUser, report: Pick<Report, "id" | "year"> & { unit: Pick<Unit, "code" | "name" | "kind" | "isDepartment"> }): Promise<ComposedReport> {
  const data = await loadReportData(user, report.id);
  // Read through the report just loaded under the user's visibility.
  const members = report.unit.isDepartment
    ? (await db.departmentMember.findMany({ where: { reportId: report.id }, orderBy: [{ position: "asc" }], select: { merged: true, unit: { select: { name: true } } } })).map((m) => ({ name: m.unit.name, merged: m.merged }))
    : undefined;
  const derived = deriveReport(data.template, data.names, data.inputs);
  const [narrative, performance, glossarySubjects] = await Promise.all([
    loadNarrative(user, report.id, { unitKind: NARRATIVE_UNIT_KIND[report.unit.kind], year: report.year, budgetCodes: budgetCodesOf(derived) }),
    loadPerformance(user, report.id),
    loadGlossarySubjects(user, report, glossaryCodesOf(derived)),
  ]);
  const composed = composeDisclosure({
    template: data.template,
    members,
    unit: report.unit,
    year: report.year,
    derived,
    overview: narrative.overview.value,
    facts: narrative.facts,
    performance,
    fixedGlossary: FIXED_GLOSSARY,
    glossarySubjects,
  });
  return {
    ...composed,
    derived,
    factsEntered: narrative.facts.entered,
    readWarnings: [narrative.overview.warning, narrative.facts.warning].filter((w): w is string => Boolean(w)),
  };
}
