import { describe, expect, it } from "vitest";
import { formatCellAddress } from "../tables/inputs";
import { deriveReport } from "../tables/derive";
import type { ReportInputs } from "../tables/inputs";
import { zaozhuang2024Inputs as seed, zaozhuang2024SubjectNames as names } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { runRules, TABLE_CHECKS } from ".";
import { checkTables, tableCheckMessages } from "./table-messages";
import { viewFromDerived, type NumericView } from "./view";

const viewOf = (inputs: ReportInputs) => viewFromDerived(shandong2024, deriveReport(shandong2024, names, inputs));

// 公开05 spends more on 2010301 than 公开03 does, and 公开06 no longer matches 公开05's 基本支出.
const brokenInputs: ReportInputs = { ...seed, gp: { ...seed.gp, "2010301": { basic: (seed.gp["2010301"].basic ?? 0n) + 12_345n } } };

/** A 公开01 line off by 1 分: failures located by 行次 rather than by code. */
function brokenLine(view: NumericView): NumericView {
  const lines = new Map(view.t01.income);
  const total = lines.get("total")!;
  lines.set("total", { ...total, values: { ...total.values, amount: (total.values.amount ?? 0n) + 1n } });
  return { ...view, t01: { ...view.t01, income: lines } };
}

describe("table check messages", () => {
  it.each([
    ["a broken 公开05 input", viewOf(brokenInputs)],
    ["a broken 公开01 line", brokenLine(viewOf(seed))],
  ])("keep the keys stored explanations hang on, on the seed report with %s", (_, view) => {
    const report = runRules(view);
    expect(report.failures.length).toBeGreaterThan(1);
    const checks = tableCheckMessages(report);
    // The key format every earlier version stored: rule | table | row | column | cell.
    const keys = report.failures.map((r) => {
      const row = r.row.code ?? (r.row.line != null ? String(r.row.line) : r.row.label);
      return [r.ruleId, r.table, row, r.column?.number ?? r.column?.label ?? "", r.address ? formatCellAddress(r.address) : ""].join("|");
    });
    expect(checks.map((m) => m.key)).toEqual(keys);
    expect(checks.every((m) => m.part === "tables" && m.field === null)).toBe(true);
  });

  it("locate the failures: the input cell to fix, or the printed row", () => {
    const checks = tableCheckMessages(runRules(viewOf(brokenInputs)));
    expect(checks.find((m) => m.cell === "t03:2010301:basic")).toMatchObject({ ruleId: "35", rowKey: "2010301" });
    // 公开05's 合计 is derived and its row has no code: the key falls back to its label, and the
    // jump opens 公开06 at its first filled 款, an input that can close the gap.
    expect(checks.find((m) => m.ruleId === "56")).toMatchObject({ table: "t06", cell: "t06:30101:amount", rowKey: null, key: "56|t05|合计|2|t06:30101:amount" });
    const line = tableCheckMessages(runRules(brokenLine(viewOf(seed)))).find((m) => m.ruleId === "01a");
    expect(line).toMatchObject({ rowKey: "27", key: "01a|t01|27||" });
  });

  it("checkTables runs the rules once on a derived report", () => {
    const report = deriveReport(shandong2024, names, brokenInputs);
    const { rules, messages } = checkTables(shandong2024, report);
    expect(rules.passed).toBe(false);
    expect(messages).toEqual(tableCheckMessages(runRules(viewFromDerived(shandong2024, report))));
  });

  it("name every table rule as a check of part tables", () => {
    expect(TABLE_CHECKS.map((c) => c.id)).toEqual(["01a", "01b", "01c", "01d", "01e", "02a", "03a", "H", "04a", "04b", "04c", "04d", "14", "05a", "35", "56", "06", "07a", "08a", "09a", "09b", "96"]);
    expect(TABLE_CHECKS.every((c) => c.part === "tables" && !("run" in c))).toBe(true);
  });
});
