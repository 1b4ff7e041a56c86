/** The 情况说明 checks (see checks.ts) and the one function that runs them. */
export { FACTS_NOT_ENTERED, NARRATIVE_CHECKS, type NarrativeCheckId } from "./checks";
export { checkNarrative, type NarrativeCheckInput } from "./check-narrative";
