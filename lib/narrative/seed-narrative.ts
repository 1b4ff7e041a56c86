/**
 * What the two seed tests of the generator share: the generated 第三部分 of the published 2024
 * disclosure of 枣庄市人民政府办公室本级, and readers of its transcription
 * (lib/fixture/samples/zaozhuang-gov-office-2024.json).
 */
import { readFileSync } from "node:fs";
import { JsonNumber, parseJsonExact, wanTokenToHundredths, type JsonValue } from "../fixture/json";
import { deriveReport } from "../tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames, ZAOZHUANG_2024_UNIT } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { generateNarrative } from "./generate";
import { blockText } from "./render";
import { zaozhuang2024Facts, zaozhuang2024PerformanceFigures } from "./seed/zaozhuang-2024";
import type { NarrativeResult, NumberRun, Section } from "./types";

const FIXTURE_PATH = new URL("../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url);
export const fixture = parseJsonExact(readFileSync(FIXTURE_PATH, "utf8"));
export const style = shandong2024.narrativeNumberStyle;
export const derived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);

export function generate(settings?: Parameters<typeof generateNarrative>[0]["settings"]): NarrativeResult {
  return generateNarrative({
    template: shandong2024,
    unitName: ZAOZHUANG_2024_UNIT,
    year: 2024,
    derived,
    inputs: zaozhuang2024Inputs,
    facts: zaozhuang2024Facts,
    performance: zaozhuang2024PerformanceFigures,
    settings,
  });
}

export const result = generate();

/** fixture.narrative at a dotted path ("items.1.actual"). */
export function at(path: string): JsonValue {
  let node: JsonValue = (fixture as Record<string, JsonValue>).narrative;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || node instanceof JsonNumber) throw new Error(`no ${path} in fixture`);
    node = Array.isArray(node) ? node[Number(key)] : node[key];
  }
  if (node === undefined) throw new Error(`no ${path} in fixture`);
  return node;
}

export function token(path: string): JsonNumber {
  const node = at(path);
  if (!(node instanceof JsonNumber)) throw new Error(`${path} is not a number`);
  return node;
}

export function hundredths(path: string): bigint {
  const value = wanTokenToHundredths(token(path));
  if (value === null) throw new Error(`${path} has more than two decimals`);
  return value;
}

export function numberRuns(sections: readonly Section[]): NumberRun[] {
  return sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === "paragraph" ? b.runs.filter((r): r is NumberRun => r.kind !== "text" && r.kind !== "reason") : [],
    ),
  );
}

export function sectionText(number: number): string {
  const s = result.sections[number - 1];
  return s.blocks.map((b) => blockText(b)).join("\n");
}

/** The published text has PDF line-break spaces and half-width punctuation. */
export function normalize(text: string): string {
  const map: Record<string, string> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"' };
  return text.replace(/\s+/g, "").replace(/[，：；（）“”]/g, (ch) => map[ch]);
}

/** The 项 codes the published 第三部分 speaks of. */
export const ITEM_CODES = ["2010150", "2010301", "2010302", "2010350", "2010399", "2080505", "2080506", "2080801", "2101101", "2101102", "2101103", "2210201"];
