import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFixtureText } from "../fixture/check";
import { parseJsonExact, JsonNumber, type JsonValue } from "../fixture/json";
import { openDataJson } from "./open-data";
import { SEED_PUBLICATION_META } from "./publication-meta";
import { seedDerived, seedDisclosure } from "./seed-model";

const TRANSCRIPTION = readFileSync(new URL("../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url), "utf8");
const TABLES = ["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"] as const;

const published = openDataJson({
  derived: seedDerived(),
  model: seedDisclosure().model,
  meta: SEED_PUBLICATION_META,
  department: "枣庄市人民政府办公室",
  url: "http://localhost:3000/disclosures/101001/2024/v1",
});

/** Every amount of a table, by its JSON path, as its source text ("4275.70" and "4275.7" are equal). */
function amounts(value: JsonValue, path: string, out = new Map<string, string | null>()): Map<string, string | null> {
  if (value instanceof JsonNumber) out.set(path, Number(value.raw).toFixed(2));
  else if (value === null) out.set(path, null);
  else if (Array.isArray(value)) value.forEach((v, i) => amounts(v, `${path}[${i}]`, out));
  else if (typeof value === "object") for (const [k, v] of Object.entries(value)) if (!["label", "name", "columns", "code", "role", "line", "ordinal"].includes(k)) amounts(v, `${path}.${k}`, out);
  return out;
}

describe("the open data of a published version", () => {
  const mine = parseJsonExact(published) as Record<string, JsonValue>;
  const theirs = parseJsonExact(TRANSCRIPTION) as Record<string, JsonValue>;

  it("passes the disclosure checker like any transcription", () => {
    const check = checkFixtureText(published);
    expect(check.exitCode).toBe(0);
    expect(check.report.outcomes.filter((o) => !o.passed)).toEqual([]);
  });

  it.each(TABLES)("prints every figure of %s exactly as the seed transcription", (key) => {
    const expected = amounts(theirs[key], key);
    expect(expected.size).toBeGreaterThan(0);
    expect(amounts(mine[key], key)).toEqual(expected);
  });

  it("writes amounts as two-decimal number tokens, never as text", () => {
    expect(published).toContain('"amount": 4275.70');
    expect(published).not.toMatch(/\\u0000/);
  });

  it("carries the codes, names and lines of the printed tables", () => {
    const rows = (t: string) => ((mine[t] as Record<string, JsonValue>).rows as Record<string, JsonValue>[]).map((r) => `${r.code} ${r.name}`);
    const expectedRows = (t: string) => ((theirs[t] as Record<string, JsonValue>).rows as Record<string, JsonValue>[]).map((r) => `${r.code} ${r.name}`);
    for (const t of ["t02", "t03", "t05", "t07", "t08"]) expect(rows(t)).toEqual(expectedRows(t));
  });
});
