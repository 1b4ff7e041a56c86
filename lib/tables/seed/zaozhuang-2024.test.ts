import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatScaled, TABLE_NUMBER_STYLE } from "../../money";
import { fixtureSchema, type Fixture } from "../../fixture/load";
import { parseJsonExact } from "../../fixture/json";
import { deriveAndCheck } from "../../rules";
import { deriveReport } from "../derive";
import { displayCell } from "../display";
import type { ReportInputs } from "../inputs";
import type { DerivedFixedTable, DerivedReport } from "../report";
import { shandong2024 } from "../templates/shandong-2024";
import { CODED_TABLE_KEYS } from "../types";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "./zaozhuang-2024";

const FIXTURE_PATH = new URL("../../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url);
const fixture: Fixture = fixtureSchema.parse(parseJsonExact(readFileSync(FIXTURE_PATH, "utf8")));

/** The PDF cut this name off at the cell edge; the template carries the full name. */
const TRUNCATED_NAMES: Record<string, string> = {
  "39908": "对民间非营利组织和群众性组织捐赠",
};

const printed = (hundredths: bigint | null | undefined) =>
  hundredths === null || hundredths === undefined ? "" : formatScaled(hundredths, 2, TABLE_NUMBER_STYLE);

/** Every printed fact of 公开01–09 in the fixture, as display strings under a stable key. */
function fixtureCells(f: Fixture): Map<string, string> {
  const cells = new Map<string, string>();
  for (const t of ["t01", "t04"] as const) {
    for (const side of ["income", "expenditure"] as const) {
      for (const line of f[t][side]) {
        const at = `${t}|${side}|${line.line}`;
        cells.set(`${at}|label`, line.label);
        const values = line.values ?? [line.amount ?? null];
        values.forEach((v, i) => cells.set(`${at}|${i}`, printed(v)));
      }
    }
  }
  for (const t of CODED_TABLE_KEYS) {
    const rows = f[t].rows;
    cells.set(`${t}|rows`, rows.map((r) => r.code).join(","));
    cells.set(`${t}|empty`, String(f[t].noDataStatement ?? false));
    for (const row of rows) {
      cells.set(`${t}|${row.code}|name`, row.name);
      row.values.forEach((v, i) => cells.set(`${t}|${row.code}|${i}`, printed(v)));
    }
  }
  cells.set("t06|rows", f.t06.rows.map((r) => r.code).join(","));
  for (const row of f.t06.rows) {
    cells.set(`t06|${row.code}|name`, TRUNCATED_NAMES[row.code] ?? row.name);
    cells.set(`t06|${row.code}`, printed(row.amount));
  }
  cells.set("t06|personnelTotal", printed(f.t06.personnelTotal));
  cells.set("t06|publicTotal", printed(f.t06.publicTotal));
  f.t09.budget.forEach((v, i) => cells.set(`t09|budget|${i}`, printed(v)));
  f.t09.actual.forEach((v, i) => cells.set(`t09|actual|${i}`, printed(v)));
  return cells;
}

/** The same keys from the derived report, through the renderer's display helper. */
function renderedCells(report: DerivedReport): Map<string, string> {
  const cells = new Map<string, string>();
  const fixed = (t: "t01" | "t04", table: DerivedFixedTable) => {
    for (const side of ["income", "expenditure"] as const) {
      for (const line of table[side]) {
        if (line.label === "") continue; // unlabelled filler lines are not in the fixture
        const at = `${t}|${side}|${line.line}`;
        cells.set(`${at}|label`, line.label);
        line.cells.forEach((c, i) => cells.set(`${at}|${i}`, displayCell(c)));
      }
    }
  };
  fixed("t01", report.tables.t01);
  fixed("t04", report.tables.t04);
  for (const t of CODED_TABLE_KEYS) {
    const table = report.tables[t];
    cells.set(`${t}|rows`, table.rows.map((r) => r.key).join(","));
    cells.set(`${t}|empty`, String(table.isEmpty));
    for (const row of table.rows) {
      cells.set(`${t}|${row.key}|name`, row.name);
      row.cells.forEach((c, i) => cells.set(`${t}|${row.key}|${i}`, displayCell(c)));
    }
  }
  const rows06 = report.tables.t06.blocks.flatMap((b) => b.rows);
  cells.set("t06|rows", rows06.map((r) => r.code).join(","));
  for (const row of rows06) {
    cells.set(`t06|${row.code}|name`, row.name);
    cells.set(`t06|${row.code}`, displayCell(row.cell));
  }
  cells.set("t06|personnelTotal", displayCell(report.tables.t06.personnelTotal.cell));
  cells.set("t06|publicTotal", displayCell(report.tables.t06.publicTotal.cell));
  const t09 = report.tables.t09;
  t09.cells.forEach((c, i) => {
    const [group] = t09.columns[i].key.split(".");
    const index = t09.columns.filter((col) => col.key.startsWith(`${group}.`)).findIndex((col) => col.key === t09.columns[i].key);
    cells.set(`t09|${group}|${index}`, displayCell(c));
  });
  return cells;
}

function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  return [...keys]
    .filter((k) => expected.get(k) !== actual.get(k))
    .map((k) => `${k}: published ${JSON.stringify(expected.get(k))}, derived ${JSON.stringify(actual.get(k))}`);
}

describe("the 枣庄市人民政府办公室本级 2024 seed", () => {
  const report = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
  const published = fixtureCells(fixture);

  it("derives every printed cell of 公开01–09 exactly as published", () => {
    expect(published.size).toBeGreaterThan(700);
    expect(differences(published, renderedCells(report))).toEqual([]);
    expect(report.issues).toEqual([]);
  });

  it("reproduces the published rounding quirks", () => {
    const cell = (t: "t03" | "t05", code: string, i: number) =>
      displayCell(report.tables[t].rows.find((r) => r.key === code)!.cells[i]);
    expect([cell("t03", "合计", 0), cell("t03", "合计", 1), cell("t03", "合计", 2)]).toEqual(["4,299.91", "2,089.95", "2,209.95"]);
    expect(cell("t05", "合计", 0)).toBe("4,275.70");
    const t06 = report.tables.t06.blocks[0].rows;
    expect(displayCell(t06.find((r) => r.code === "301")!.cell)).toBe("1,852.78");
    expect(displayCell(report.tables.t06.personnelTotal.cell)).toBe("1,924.68");
  });

  it("prints blank lines and the empty-table note as the seed does", () => {
    const blank = report.tables.t01.income.filter((l) => l.label === "");
    expect(blank.map((l) => l.line)).toEqual([...Array.from({ length: 18 }, (_, i) => i + 9), 30]);
    expect(blank.every((l) => l.cells.every((c) => displayCell(c) === ""))).toBe(true);
    expect(report.tables.t08.meta.note).toBe("注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。");
    expect(report.tables.t03.meta.note).toBe("注：本表反映单位本年度各项支出情况。");
  });

  it("passes every rule in exact mode, warnings included", () => {
    const { rules } = deriveAndCheck(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
    expect(rules.failures.map((f) => f.message)).toEqual([]);
    expect(rules.outcomes.length).toBeGreaterThanOrEqual(21);
    expect(rules.outcomes.every((o) => o.checks > 0)).toBe(true);
  });

  it("notices a 20 元 change that moves a rounded subtotal", () => {
    // 2080801 drops 20 元: 208's exact total falls below 266.675 万元, so it prints 266.67.
    const basic = (zaozhuang2024Inputs.expenditure["2080801"].basic ?? 0n) - 2_000n;
    const changed: ReportInputs = {
      ...zaozhuang2024Inputs,
      expenditure: { ...zaozhuang2024Inputs.expenditure, "2080801": { basic } },
    };
    const diff = differences(published, renderedCells(deriveReport(shandong2024, zaozhuang2024SubjectNames, changed)));
    expect(diff).toContain('t03|208|0: published "266.68", derived "266.67"');
    expect(diff).toContain('t01|expenditure|39|0: published "266.68", derived "266.67"');
  });
});
