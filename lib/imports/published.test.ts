import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JsonNumber, parseJsonExact, type JsonValue } from "../fixture/json";
import { loadFixture } from "../fixture/load";
import { deriveReport } from "../tables/derive";
import { displayCell } from "../tables/display";
import { planPublishedImport } from "./published";

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../fixture/samples/${name}`, import.meta.url)), "utf8");
const ZAOZHUANG = read("zaozhuang-gov-office-2024.json");
const SHANGHAI = read("shanghai-sports-dept-2024.json");

describe("importing a published disclosure", () => {
  it("takes the printed input cells as 元 and derives every printed cell again (山东 单位决算)", () => {
    const loaded = loadFixture(parseJsonExact(ZAOZHUANG));
    const plan = planPublishedImport(loaded, new Map());
    expect(plan.differences).toEqual([]);
    expect(plan.inputs.gp["2010301"]).toEqual({ basic: 10_432_800_00n });
    expect(plan.inputs.fiscal.gpIncome).toBe(42_757_000_00n);
    expect(plan.codes).toContain("2120899");
    expect(plan.cellsPerTable.t09).toBeGreaterThan(0);
    // Rendered again, the tables print what the document prints.
    const derived = deriveReport(loaded.template, plan.names, plan.inputs);
    const t05 = derived.tables.t05.rows.find((r) => r.code === "20103")!;
    expect(displayCell(t05.cells[0])).toBe("3,712.81");
    expect(displayCell(derived.tables.t01.expenditure.find((l) => l.key === "grandTotal")!.cells[0])).toBe("4,299.91");
  });

  it("reads a 上海 部门决算 with blank cells and six-column 国有资本经营", () => {
    const loaded = loadFixture(parseJsonExact(SHANGHAI));
    const plan = planPublishedImport(loaded, new Map());
    expect(plan.differences).toEqual([]);
    expect(plan.inputs.gf["2120899"]).toEqual({ opening: 10_000_000n, income: 50_000_000n, project: 45_000_000n });
    expect(plan.inputs.balances.nonFiscalOpening).toBe(90_000_000n);
    expect(plan.inputs.expenditure["2070307"]).toEqual({ basic: 30_000_000n, project: 40_000_000n });
  });

  it("lists every printed total the inputs do not reproduce, before anything is saved", () => {
    // A printed 款 subtotal that its 项 rows do not add up to.
    const doc = parseJsonExact(SHANGHAI) as { t05: { rows: { code: string; values: JsonValue[] }[] } };
    doc.t05.rows.find((r) => r.code === "207 03")!.values[0] = new JsonNumber("1044.56");
    const plan = planPublishedImport(loadFixture(doc as unknown as JsonValue), new Map());
    expect(plan.differences).toEqual([
      { table: "t05", where: "表五 20703「体育」「本年支出小计」", printed: "1044.56 万元", derived: "1034.56 万元", difference: "10.00 万元" },
    ]);
  });
});
