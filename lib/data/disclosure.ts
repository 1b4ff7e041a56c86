import "server-only";
import type { Report, Unit } from "@/generated/prisma/client";
import { composeDisclosure, glossaryCodesOf, type ComposedDisclosure } from "@/lib/disclosure/model";
import { budgetCodesOf } from "@/lib/narrative/facts-form";
import type { CurrentUser } from "@/lib/session";
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
export async function loadDisclosure(user: CurrentUser, report: Pick<Report, "id" | "year"> & { unit: Pick<Unit, "code" | "name" | "kind"> }): Promise<ComposedReport> {
  const data = await loadReportData(user, report.id);
  const derived = deriveReport(data.template, data.names, data.inputs);
  const [narrative, performance, glossarySubjects] = await Promise.all([
    loadNarrative(user, report.id, { unitKind: NARRATIVE_UNIT_KIND[report.unit.kind], year: report.year, budgetCodes: budgetCodesOf(derived) }),
    loadPerformance(user, report.id),
    loadGlossarySubjects(user, report, glossaryCodesOf(derived)),
  ]);
  const composed = composeDisclosure({
    template: data.template,
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
