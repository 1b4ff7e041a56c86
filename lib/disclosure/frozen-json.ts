/**
 * A published DisclosureModel is stored as JSON. The model holds bigints (the narrative's exact
 * printed numbers), which JSON cannot carry, so each becomes `{ "$bigint": "123" }` and comes
 * back as a bigint on reading. Nothing else is transformed.
 */
import type { DisclosureModel } from "./model";

const TAG = "$bigint";

export function freezeModel(model: DisclosureModel): unknown {
  return JSON.parse(JSON.stringify(model, (_key, value: unknown) => (typeof value === "bigint" ? { [TAG]: value.toString() } : value)));
}

export function thawModel(json: unknown): DisclosureModel {
  return revive(json) as DisclosureModel;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === TAG && typeof entries[0][1] === "string") return BigInt(entries[0][1]);
    return Object.fromEntries(entries.map(([k, v]) => [k, revive(v)]));
  }
  return value;
}
