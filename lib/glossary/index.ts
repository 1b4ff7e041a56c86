export { buildGlossary, orderedItemCodes } from "./build";
export type { FixedDefinition, GlossaryEntry, GlossaryInput, GlossaryNumbering, GlossaryResult, GlossarySubject, UsedItemCodes } from "./build";
export { usedItemCodesOf } from "./used-codes";
