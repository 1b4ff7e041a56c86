/** The 情况说明 generator: facts in, structured text out (see generate.ts). */
export { generateNarrative, missingReasons, type GenerateNarrativeInput } from "./generate";
export { renderPlainText, blockText, runText, type PlainTextOptions } from "./render";
export { lastYearFactsFromReport } from "./last-year";
export { REASON_KEYS, REASON_KEY_PATTERN, cleanReason } from "./reasons";
export * from "./facts";
export type * from "./types";
