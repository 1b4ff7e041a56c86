/**
 * generateNarrative: the 情况说明 (第三部分, sections 一–十三) from the derived tables and the
 * narrative facts. Every number is computed here; people write only the reasons and the facts.
 */
import type { PerformanceFigures } from "../performance/figures";
import type { ReportInputs } from "../tables/inputs";
import type { DerivedReport } from "../tables/report";
import type { ReportTemplate } from "../tables/types";
import type { Composer } from "./compose";
import { DEFAULT_NARRATIVE_SETTINGS, type NarrativeFacts, type NarrativeSettings } from "./facts";
import { basicSection, generalBudgetSection } from "./sections/general-budget";
import { govFundSection, stateCapitalSection } from "./sections/funds";
import { assetsSection, operatingCostSection, procurementSection } from "./sections/other-facts";
import { performanceSection } from "./sections/performance";
import type { NarrativeData } from "./sections/shared";
import { threePublicSection } from "./sections/three-public";
import { expenditureSection, fiscalSection, incomeSection, overviewSection } from "./sections/totals";
import type { NarrativeResult, RequiredReason } from "./types";

export interface GenerateNarrativeInput {
  readonly template: ReportTemplate;
  /** As the narrative names the unit ("枣庄市人民政府办公室本级"). */
  readonly unitName: string;
  /** The 决算年度. */
  readonly year: number;
  readonly derived: DerivedReport;
  /** Not read: every figure the narrative prints is a cell of `derived`. Accepted so callers can pass their report as is. */
  readonly inputs?: ReportInputs;
  readonly facts: NarrativeFacts;
  /** Section 十三's figures, from the 绩效 data (performanceFigures); null while none is entered. */
  readonly performance: PerformanceFigures | null;
  readonly settings?: NarrativeSettings;
  /** A department's 部门决算 speaks of 本部门. */
  readonly level?: "unit" | "department";
}

const SECTIONS = [
  overviewSection,
  incomeSection,
  expenditureSection,
  fiscalSection,
  generalBudgetSection,
  basicSection,
  govFundSection,
  stateCapitalSection,
  threePublicSection,
  operatingCostSection,
  procurementSection,
  assetsSection,
  performanceSection,
] as const;

export function generateNarrative(input: GenerateNarrativeInput): NarrativeResult {
  const composer: Composer = {
    style: input.template.narrativeNumberStyle,
    settings: input.settings ?? DEFAULT_NARRATIVE_SETTINGS,
    year: input.year,
    unitName: input.unitName,
    self: input.level === "department" ? "本部门" : "本单位",
    disclosure: input.level === "department" ? "部门决算" : "单位决算",
    reasons: input.facts.reasons,
    required: [],
    problems: [],
  };
  const data: NarrativeData = { template: input.template, derived: input.derived, facts: input.facts, performance: input.performance };
  const sections = SECTIONS.map((build) => build(composer, data));
  return { sections, requiredReasons: composer.required, problems: composer.problems };
}

/** The reasons still to write; submission is refused while this is not empty. */
export function missingReasons(result: NarrativeResult): RequiredReason[] {
  return result.requiredReasons.filter((r) => !r.filled);
}
