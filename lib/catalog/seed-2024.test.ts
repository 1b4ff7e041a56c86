import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG_2024, ECONOMIC_CATALOG_2024, FUNCTION_CATALOG_2024 } from "../../prisma/seed-data/catalog-2024";
import { FIXED_GLOSSARY } from "../../prisma/seed-data/glossary-fixed";
import { validateCatalogEntries } from "./codes";

// The transcribed 2024 disclosure of 枣庄市人民政府办公室本级 (format: docs/domain/disclosure-json.md).
interface Fixture {
  t01: { expenditure: Array<{ code?: string; label: string }> };
  t02: { rows: Array<{ code: string; name: string }> };
  t03: { rows: Array<{ code: string; name: string }> };
  t05: { rows: Array<{ code: string; name: string }> };
  t07: { rows: Array<{ code: string; name: string }> };
  t06: { rows: Array<{ code: string; name: string }> };
}
const fixture = JSON.parse(
  readFileSync(new URL("../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url), "utf8"),
) as Fixture;

const functionNames = new Map(FUNCTION_CATALOG_2024.map((e) => [e.code, e.name]));
const economicNames = new Map(ECONOMIC_CATALOG_2024.map((e) => [e.code, e.name]));

describe("2024 seed catalogs", () => {
  it("pass validation as complete sets", () => {
    for (const kind of ["FUNCTION", "ECONOMIC"] as const) {
      const result = validateCatalogEntries(kind, CATALOG_2024[kind]);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it("are listed in code order", () => {
    for (const entries of Object.values(CATALOG_2024)) {
      const codes = entries.map((e) => e.code);
      expect(codes).toEqual([...codes].sort());
    }
  });

  it("have the 26 categories of table 公开01, with its names, in its order", () => {
    const categories = fixture.t01.expenditure.filter((r) => r.code).map((r) => [r.code, r.label]);
    expect(categories).toHaveLength(26);
    expect(FUNCTION_CATALOG_2024.filter((e) => e.code.length === 3).map((e) => [e.code, e.name])).toEqual(categories);
  });

  it("have every function code of tables 02, 03, 05 and 07 with the printed name", () => {
    const used = [fixture.t02, fixture.t03, fixture.t05, fixture.t07].flatMap((t) => t.rows).filter((r) => r.code !== "合计");
    expect(used.length).toBeGreaterThan(0);
    for (const row of used) expect([row.code, functionNames.get(row.code)]).toEqual([row.code, row.name]);
  });

  it("have an explanation for every 项 the disclosure uses", () => {
    const items = new Set(fixture.t02.rows.concat(fixture.t07.rows).filter((r) => r.code.length === 7).map((r) => r.code));
    expect(items.size).toBe(13);
    for (const code of items) {
      const explanation = FUNCTION_CATALOG_2024.find((e) => e.code === code)?.explanation ?? "";
      expect(explanation, code).toMatch(/^反映.+。$/u);
      // PDF artefacts that must not survive: half-width punctuation and stray spaces.
      expect(explanation, code).not.toMatch(/[\s,;:()]/u);
    }
  });

  it("have every economic code of table 公开06, with the printed name or its complete form", () => {
    expect(fixture.t06.rows).toHaveLength(economicNames.size);
    for (const row of fixture.t06.rows) {
      const name = economicNames.get(row.code);
      if (row.code === "39908") {
        // The PDF cuts this name off at the column edge.
        expect(name).toBe("对民间非营利组织和群众性组织捐赠");
        expect(name?.startsWith(row.name)).toBe(true);
      } else {
        expect([row.code, name]).toEqual([row.code, row.name]);
      }
    }
  });
});

describe("fixed glossary", () => {
  it("has the fifteen terms of 第四部分 in printed order", () => {
    expect(FIXED_GLOSSARY.map((g) => g.term)).toEqual([
      "财政拨款收入",
      "上级补助收入",
      "事业收入",
      "经营收入",
      "附属单位上缴收入",
      "其他收入",
      "使用非财政拨款结余",
      "年初结转和结余",
      "结余分配",
      "年末结转和结余",
      "基本支出",
      "项目支出",
      "经营支出",
      "“三公”经费",
      "机关运行经费",
    ]);
  });

  it("has definitions free of PDF line-break spaces and half-width punctuation", () => {
    for (const { term, definition } of FIXED_GLOSSARY) {
      expect(definition, term).toMatch(/^指.+。$/u);
      expect(definition, term).not.toMatch(/[\s,;:()"]/u);
    }
  });
});
