/**
 * The whole disclosure as it is published — parts 一 to 五 in the official order — composed from a
 * report's documents. The preview page, the public page, the PDF and the Excel file all render
 * this one model; a published version stores it frozen (lib/disclosure/frozen-json.ts), so later
 * changes to a catalog or to the generator never alter what was published.
 */
import { buildCharts, type ChartId } from "../charts";
import { buildGlossary, orderedItemCodes, usedItemCodesOf, type FixedDefinition, type GlossaryEntry, type GlossarySubject } from "../glossary";
import { generateNarrative, type RequiredReason, type Section } from "../narrative";
import { resolveFacts } from "../narrative/facts-form";
import type { NarrativeFactsForm, NarrativeSettingsForm } from "../validation/facts";
import type { PerformanceDocument } from "../performance/document";
import { performanceFigures } from "../performance/figures";
import type { DerivedReport } from "../tables/report";
import type { ReportTemplate } from "../tables/types";
import type { StoredOverview } from "../validation/overview";
import { tableGrid, type TableGrid } from "./table-grid";

export interface DisclosureChart {
  readonly id: ChartId;
  /** "图1：收入支出决算变动情况（单位：万元）" */
  readonly title: string;
  readonly svg: string;
}

export interface DisclosureModel {
  readonly unit: { readonly code: string; readonly name: string };
  readonly year: number;
  readonly templateId: string;
  /** "2024年度枣庄市人民政府办公室本级决算"; a department's: "2024年度枣庄市教育局部门决算". */
  readonly title: string;
  /** Absent in versions published before department disclosures existed: a unit's. */
  readonly level?: "unit" | "department";
  /** A department's units (部门决算单位构成), in list order. */
  readonly members?: readonly DisclosureMember[];
  readonly overview: StoredOverview;
  /** 公开01–09 in order. */
  readonly tables: readonly TableGrid[];
  /** 第三部分: the thirteen sections, with every reason staff wrote in place. */
  readonly sections: readonly Section[];
  readonly requiredReasons: readonly RequiredReason[];
  /** 图1–图6. */
  readonly charts: readonly DisclosureChart[];
  /** 第四部分. */
  readonly glossary: readonly GlossaryEntry[];
  /** 第五部分; null when no 绩效 record is stored. */
  readonly performance: PerformanceDocument | null;
}

export interface DisclosureMember {
  readonly name: string;
  /** 预算不单列，并入本级. */
  readonly merged: boolean;
}

export interface DisclosureInput {
  readonly template: ReportTemplate;
  /** Set for a department report: its members; the disclosure is then a 部门决算. */
  readonly members?: readonly DisclosureMember[];
  readonly unit: { readonly code: string; readonly name: string };
  readonly year: number;
  readonly derived: DerivedReport;
  readonly overview: StoredOverview;
  readonly facts: { readonly form: NarrativeFactsForm; readonly settings: NarrativeSettingsForm };
  /** null while nothing is stored; `stored` false means the document is the empty default. */
  readonly performance: { readonly document: PerformanceDocument; readonly stored: boolean } | null;
  readonly fixedGlossary: readonly FixedDefinition[];
  /** Names and explanations of the used 项 codes and their 类 and 款. */
  readonly glossarySubjects: readonly GlossarySubject[];
}

export interface ComposedDisclosure {
  readonly model: DisclosureModel;
  /** What is not finished: never printed, shown beside the preview. */
  readonly notes: readonly string[];
  readonly glossaryWarnings: readonly string[];
}

/** The item codes whose names and explanations the glossary needs (the caller loads them). */
export function glossaryCodesOf(derived: DerivedReport): string[] {
  return orderedItemCodes(usedItemCodesOf(derived));
}

export function composeDisclosure(input: DisclosureInput): ComposedDisclosure {
  const { template, derived, year, unit } = input;
  const level = input.members ? "department" : "unit";
  const resolved = resolveFacts(input.facts.form, input.facts.settings, year);
  const performance = input.performance?.stored ? input.performance.document : null;
  const narrative = generateNarrative({
    template,
    unitName: unit.name,
    level,
    year,
    derived,
    facts: resolved.facts,
    settings: resolved.settings,
    performance: performance ? performanceFigures(performance, template.gradeScale) : null,
  });
  const charts = buildCharts({ year, derived, lastYear: resolved.facts.lastYear, style: template.narrativeNumberStyle }).map(({ id, title, svg }) => ({ id, title, svg }));
  const glossary = buildGlossary({ fixed: input.fixedGlossary, subjects: input.glossarySubjects, usedItemCodes: usedItemCodesOf(derived) });

  const notes = [
    resolved.invalid && `情况说明事实数据有误：${resolved.invalid}`,
    ...narrative.requiredReasons.filter((r) => !r.filled).map((r) => `情况说明缺少主要原因：${r.label}`),
    ...narrative.problems.map((p) => `情况说明：${p.message}`),
  ].filter((n): n is string => Boolean(n));

  return {
    model: {
      unit: { code: unit.code, name: unit.name },
      year,
      templateId: template.id,
      title: `${year}年度${unit.name}${input.members ? "部门" : ""}决算`,
      level,
      ...(input.members ? { members: input.members } : {}),
      overview: input.overview,
      tables: template.tableOrder.map((key) => tableGrid(derived.tables[key], unit.name, template.tableNumberStyle)),
      sections: narrative.sections,
      requiredReasons: narrative.requiredReasons,
      charts,
      glossary: glossary.entries,
      performance: input.performance ? input.performance.document : null,
    },
    notes,
    glossaryWarnings: glossary.warnings,
  };
}
