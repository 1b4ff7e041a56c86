/**
 * How a report's 单位概况 and 情况说明 facts sit in ReportNarrative: `overview` is the overview
 * schema's output (lib/validation/overview.ts) and `facts` the facts form as typed, with its
 * settings (lib/validation/facts.ts; {} until first saved). The facts are kept as typed so the
 * form reopens exactly as it was left and the schemas stay the one place that turns text into
 * values.
 */
import type { StoredFacts } from "../validation/facts";
import type { StoredOverview } from "../validation/overview";

export type StoredNarrativeRecord = {
  overview: StoredOverview;
  facts: StoredFacts;
};
