import { describe, expect, it } from "vitest";
import { parseCatalogFile } from "./import";
import { buildSampleCatalogFiles, SAMPLE_BAD_ERRORS, SAMPLE_GOOD_ENTRIES } from "./testdata";

describe("buildSampleCatalogFiles", () => {
  it("gives a good xlsx with 类, 款 and 项 that imports into an empty year", async () => {
    const { good } = await buildSampleCatalogFiles();
    const result = await parseCatalogFile("good-2025-function.xlsx", good, "FUNCTION");
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.entries.map((e) => e.code)).toEqual(SAMPLE_GOOD_ENTRIES.map((e) => e.code));
    expect(new Set(result.entries.map((e) => e.level))).toEqual(new Set(["类", "款", "项"]));
  });

  it("gives a bad csv with exactly the three documented row errors", async () => {
    const { bad } = await buildSampleCatalogFiles();
    expect(await parseCatalogFile("bad-2025-function.csv", bad, "FUNCTION")).toEqual({
      ok: false,
      errors: SAMPLE_BAD_ERRORS,
    });
  });
});
