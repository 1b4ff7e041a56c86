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
import { contentKey, rememberBounded } from "../../bounded-map";
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

type StoredFacts = Extract<ReturnType<typeof storedFactsSchema.safeParse>, { success: true }>["data"];

/**
 * The stored facts read and parsed strictly, or the messages that stop there. They change only when
 * the facts form is saved, not on a table save: worked out once per distinct record and year.
 */
const FACTS = new Map<string, { messages: readonly CheckMessage[] } | { facts: StoredFacts }>();

function readStoredFacts(facts: unknown, year: number) {
  const key = `${year}|${contentKey(facts)}`;
  const cached = FACTS.get(key);
  if (cached) return cached;
  const read = readFacts(facts, { year, unitKind: "administrative" });
  let verdict: { messages: readonly CheckMessage[] } | { facts: StoredFacts };
  if (!read.entered) verdict = { messages: [message("narrative.facts.not-entered", FACTS_NOT_ENTERED, null)] };
  else if (read.warning) verdict = { messages: [message("narrative.facts.damaged", read.warning, null)] };
  else {
    const parsed = storedFactsSchema.safeParse({ form: read.form, settings: read.settings });
    verdict = parsed.success
      ? { facts: parsed.data }
      : {
          messages: parsed.error.issues.map((issue) =>
            message("narrative.facts.invalid", `情况说明事实数据有误，请在“情况说明”页修改后保存：${chineseMessage(issue)}`, formPath(issue.path)),
          ),
        };
  }
  // Shared by every later check of the same record: frozen, so none can change it for another.
  deepFreeze(verdict);
  return rememberBounded(FACTS, key, verdict, 200);
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

export function checkNarrative(input: NarrativeCheckInput): CheckMessage[] {
  if (input.narrative === null) return [message("narrative.facts.not-entered", FACTS_NOT_ENTERED, null)];
  const stored = readStoredFacts(input.narrative.facts, input.year);
  if ("messages" in stored) return [...stored.messages];
  const parsed = { data: stored.facts };
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
