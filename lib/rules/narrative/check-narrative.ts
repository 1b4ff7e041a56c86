/**
 * checkNarrative: the 情况说明 checks of one report, from what is stored (no database). The facts
 * are read as the editor reads them, parsed strictly, and the text generated from exactly what
 * would be submitted; every gap the generator reports becomes a located message.
 */
import { readFacts } from "../../narrative/facts-form";
import { generateNarrative } from "../../narrative/generate";
import type { PerformanceFigures } from "../../performance/figures";
import type { DerivedReport } from "../../tables/report";
import type { ReportTemplate } from "../../tables/types";
import { storedFactsSchema } from "../../validation/facts";
import { chineseMessage } from "../../validation/parse";
import type { CheckMessage } from "../messages";
import { FACTS_NOT_ENTERED, NARRATIVE_CHECKS, type NarrativeCheckId } from "./checks";

export interface NarrativeCheckInput {
  readonly template: ReportTemplate;
  readonly unitName: string;
  readonly year: number;
  readonly derived: DerivedReport;
  /** The stored ReportNarrative (overview and facts JSON); null when there is none. */
  readonly narrative: { readonly overview: unknown; readonly facts: unknown } | null;
  /** Section 十三's figures from the 绩效 data; null while none is entered. */
  readonly performance: PerformanceFigures | null;
}

const DEFINITIONS = new Map<string, (typeof NARRATIVE_CHECKS)[number]>(NARRATIVE_CHECKS.map((c) => [c.id, c]));

/** A message of a defined check; `field` is the facts form path ("reasons.basic"). */
function message(id: NarrativeCheckId | string, text: string, field: string | null, place: string = field ?? ""): CheckMessage {
  const def = DEFINITIONS.get(id);
  if (!def) throw new Error(`undefined narrative check ${id}`);
  return { key: `${id}:${place}`, ruleId: id, severity: def.severity, part: def.part, table: null, message: text, cell: null, rowKey: null, field };
}

/** A schema path ["form", "lastYear", "total"] as the facts form path "lastYear.total". */
const formPath = (path: readonly PropertyKey[]) => {
  const parts = path.map(String);
  return (parts[0] === "form" ? parts.slice(1) : parts).join(".");
};

export function checkNarrative(input: NarrativeCheckInput): CheckMessage[] {
  if (input.narrative === null) return [message("narrative.facts.not-entered", FACTS_NOT_ENTERED, null)];
  const read = readFacts(input.narrative.facts, { year: input.year, unitKind: "administrative" });
  if (!read.entered) return [message("narrative.facts.not-entered", FACTS_NOT_ENTERED, null)];
  if (read.warning) return [message("narrative.facts.damaged", read.warning, null)];

  const parsed = storedFactsSchema.safeParse({ form: read.form, settings: read.settings });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) =>
      message("narrative.facts.invalid", `情况说明事实数据有误，请在“情况说明”页修改后保存：${chineseMessage(issue)}`, formPath(issue.path)),
    );
  }
  const result = generateNarrative({
    template: input.template,
    unitName: input.unitName,
    year: input.year,
    derived: input.derived,
    facts: parsed.data.form,
    settings: parsed.data.settings,
    performance: input.performance,
  });
  return [
    ...result.requiredReasons.filter((r) => !r.filled).map((r) => message("narrative.reason.missing", r.label, `reasons.${r.key}`)),
    ...result.problems.map((p) => message(p.id, p.message, p.field, p.field ?? p.message)),
  ];
}
