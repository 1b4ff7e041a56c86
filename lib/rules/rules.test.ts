import { describe, expect, it } from "vitest";
import { deriveReport } from "../tables/derive";
import { emptyInputs, type ReportInputs } from "../tables/inputs";
import { zaozhuang2024Inputs as seed, zaozhuang2024SubjectNames as names } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import type { CodedTableKey, FixedTableKey } from "../tables/types";
import { numberList } from "./context";
import { RULES, runRules } from ".";
import { viewFromDerived, type NumericView, type ViewLine } from "./view";

const viewOf = (inputs: ReportInputs) => viewFromDerived(shandong2024, deriveReport(shandong2024, names, inputs));
const seedView = viewOf(seed);

/** Simulates an imported or overridden figure: derived data satisfies most rules by construction. */
function setLine(view: NumericView, table: FixedTableKey, side: "income" | "expenditure", key: string, column: string, delta: bigint): NumericView {
  const lines = new Map(view[table][side]);
  const line = lines.get(key) as ViewLine;
  lines.set(key, { ...line, values: { ...line.values, [column]: (line.values[column] ?? 0n) + delta } });
  return { ...view, [table]: { ...view[table], [side]: lines } };
}

function setCoded(view: NumericView, table: CodedTableKey, code: string | null, column: string, delta: bigint): NumericView {
  const rows = view[table].rows.map((r) =>
    r.code === code ? { ...r, values: { ...r.values, [column]: (r.values[column] ?? 0n) + delta } } : r,
  );
  return { ...view, [table]: { rows } };
}

function setEconomic(view: NumericView, code: string, delta: bigint): NumericView {
  const rows = view.t06.rows.map((r) => (r.code === code ? { ...r, value: (r.value ?? 0n) + delta } : r));
  return { ...view, t06: { ...view.t06, rows } };
}

const messagesOf = (view: NumericView, id: string) => runRules(view, { only: [id] }).failures.map((f) => f.message);

type Case = readonly [ruleId: string, view: () => NumericView, message: string];

// One failing case per rule, each asserting the full message for the first failure.
const FAILING: readonly Case[] = [
  [
    "01a",
    () => setLine(seedView, "t01", "income", "total", "amount", 1n),
    "公开01表 第27行「本年收入合计」应等于第1–8行之和：本年收入合计 42,999,051.96 元，各项收入合计 42,999,051.95 元，相差 0.01 元",
  ],
  [
    "01b",
    () => setLine(seedView, "t01", "expenditure", "201", "amount", -100n),
    "公开01表 第58行「本年支出合计」应等于第32–57行之和：本年支出合计 42,999,051.95 元，各类支出合计 42,999,050.95 元，相差 1.00 元",
  ],
  [
    "01c",
    () => setLine(seedView, "t01", "expenditure", "grandTotal", "amount", 5n),
    "公开01表 第62行「总计」应等于第58–60行之和：总计 42,999,052.00 元，支出各项合计 42,999,051.95 元，相差 0.05 元",
  ],
  [
    "01d",
    () => viewOf({ ...seed, balances: { surplusDistribution: 100n } }),
    "公开01表 第60行「年末结转和结余」不应为负数：年末结转和结余 -1.00 元，下限 0.00 元，相差 1.00 元",
  ],
  [
    "01e",
    () => viewOf(emptyInputs()),
    "公开01表 第27行「本年收入合计」应大于零——报表还没有本年收入，请先在公开02表填写各项收入（公开01表由系统汇总）：本年收入合计 0.00 元，至少 0.01 元，相差 0.01 元",
  ],
  [
    "02a",
    () => viewOf({ ...seed, fiscal: { ...seed.fiscal, gpIncome: (seed.fiscal.gpIncome ?? 0n) + 100n } }),
    "公开02表 「合计」行 第1栏「本年收入合计」应等于公开01表第27行「本年收入合计」：本年收入合计 42,999,051.95 元，公开01表本年收入合计 42,999,052.95 元，相差 1.00 元",
  ],
  [
    "03a",
    () => setCoded(seedView, "t03", "201", "total", 1n),
    "公开03表 201「一般公共服务支出」 第1栏「本年支出合计」应等于第2–6栏之和：本年支出合计 37,366,199.95 元，各栏合计 37,366,199.94 元，相差 0.01 元",
  ],
  [
    "H",
    () => setCoded(seedView, "t05", "2010301", "basic", 1n),
    "公开05表 20103「政府办公厅(室)及相关机构事务」 第2栏「基本支出」应等于其下各项之和：基本支出 15,270,684.48 元，各项合计 15,270,684.49 元，相差 0.01 元",
  ],
  [
    "04a",
    () => setLine(seedView, "t04", "expenditure", "201", "total", 1n),
    "公开04表 第33行「一般公共服务支出」 第2栏「合计」应等于第3–5栏之和：合计 37,366,199.95 元，各栏合计 37,366,199.94 元，相差 0.01 元",
  ],
  [
    "04b",
    () => setLine(seedView, "t04", "expenditure", "closingBalance", "gf", 1n),
    "公开04表 第60行「年末财政拨款结转和结余」 第4栏「政府性基金预算财政拨款」应等于年初结转和结余＋本年收入－本年支出（第30行＋第2行－第59行）：政府性基金预算财政拨款 0.01 元，计算结果 0.00 元，相差 0.01 元",
  ],
  [
    "04c",
    () => viewOf({ ...seed, fiscal: { ...seed.fiscal, gfIncome: 100n } }),
    "公开04表 第2行「政府性基金预算财政拨款」应等于公开07表「合计」行第2栏「本年收入」：政府性基金预算财政拨款 1.00 元，公开07表本年收入 242,097.67 元，相差 242,096.67 元",
  ],
  [
    "04d",
    () => viewOf({ ...seed, fiscal: { ...seed.fiscal, gpIncome: (seed.fiscal.gpIncome ?? 0n) - 1n } }),
    "公开04表 第60行「年末财政拨款结转和结余」 第3栏「一般公共预算财政拨款」不应为负数：一般公共预算财政拨款 -0.01 元，下限 0.00 元，相差 0.01 元",
  ],
  [
    "14",
    () => setLine(seedView, "t01", "income", "fund:gf", "amount", 1n),
    "公开01表 第2行「政府性基金预算财政拨款收入」应等于公开04表第2行「政府性基金预算财政拨款」：政府性基金预算财政拨款收入 242,097.68 元，公开04表金额 242,097.67 元，相差 0.01 元",
  ],
  [
    "05a",
    () => setCoded(seedView, "t05", "2010301", "total", -1n),
    "公开05表 2010301「行政运行」 第1栏「本年支出小计」应等于第2、3栏之和：本年支出小计 10,432,788.62 元，各栏合计 10,432,788.63 元，相差 0.01 元",
  ],
  [
    "35",
    () => viewOf({ ...seed, gp: { ...seed.gp, "2010301": { basic: (seed.gp["2010301"].basic ?? 0n) + 1n } } }),
    "公开03表 「合计」行 第2栏「基本支出」应不小于公开05表、公开07表、公开08表同一科目基本支出之和：基本支出 20,899,535.34 元，财政拨款基本支出合计 20,899,535.35 元，相差 0.01 元",
  ],
  [
    "56",
    () => viewOf({ ...seed, basicByEconomic: { ...seed.basicByEconomic, "30101": (seed.basicByEconomic["30101"] ?? 0n) + 1n } }),
    "公开05表 「合计」行 第2栏「基本支出」应等于公开06表人员经费合计与公用经费合计之和：基本支出 20,899,535.34 元，公开06表人员经费合计＋公用经费合计 20,899,535.35 元，相差 0.01 元",
  ],
  [
    "06",
    () => setEconomic(seedView, "303", 1n),
    "公开06表 303「对个人和家庭的补助」应等于其下各款之和：对个人和家庭的补助 719,053.82 元，各款合计 719,053.81 元，相差 0.01 元",
  ],
  [
    "07a",
    () => setCoded(seedView, "t07", "2120899", "closing", 1n),
    "公开07表 2120899「其他国有土地使用权出让收入安排的支出」 第6栏「年末结转和结余」应等于第1栏＋第2栏－第3栏：年末结转和结余 0.01 元，计算结果 0.00 元，相差 0.01 元",
  ],
  [
    "08a",
    () => setCoded(seedView, "t08", null, "total", 1n),
    "公开08表 「合计」行 第1栏「本年支出小计」应等于第2、3栏之和：本年支出小计 0.01 元，各栏合计 0.00 元，相差 0.01 元",
  ],
  [
    "09a",
    () => ({ ...seedView, t09: { values: { ...seedView.t09.values, "actual.vehicles": 1n } } }),
    "公开09表 「“三公”经费」行 第7栏「决算数合计」应等于第8、9、12栏之和：决算数合计 725,480.32 元，各栏合计 501,785.03 元，相差 223,695.29 元",
  ],
  [
    "09b",
    () => viewOf({ ...seed, threePublic: { ...seed.threePublic, actual: { ...seed.threePublic.actual, reception: 32_460_001n } } }),
    "公开09表 「“三公”经费」行 第12栏「决算数公务接待费」应不大于第6栏「预算数公务接待费」，超出预算须说明原因：决算数公务接待费 324,600.01 元，预算数公务接待费 324,600.00 元，相差 0.01 元",
  ],
  [
    "96",
    () => viewOf({ ...seed, threePublic: { ...seed.threePublic, actual: { ...seed.threePublic.actual, reception: 2_000_000n } } }),
    "公开09表 「“三公”经费」行 第12栏「决算数公务接待费」应不小于公开06表「30217 公务接待费」：决算数公务接待费 20,000.00 元，公开06表公务接待费 24,598.11 元，相差 4,598.11 元",
  ],
];

describe("every rule passes on the seed report", () => {
  it.each(RULES.map((r) => r.id))("%s", (id) => {
    const outcome = runRules(seedView, { only: [id] }).outcomes[0];
    expect(outcome.ruleId).toBe(id);
    expect(outcome.passed).toBe(true);
    expect(outcome.checks).toBeGreaterThan(0);
  });
});

describe("every rule fails with a readable message", () => {
  it("has a failing case for every rule", () => {
    expect(FAILING.map(([id]) => id).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(FAILING)("%s", (id, view, message) => {
    const messages = messagesOf(view(), id);
    expect(messages[0]).toBe(message);
  });
});

describe("rule results", () => {
  it("carry table, row, column, values, difference, and the input cell to fix", () => {
    const view = viewOf({ ...seed, gp: { ...seed.gp, "2010301": { basic: (seed.gp["2010301"].basic ?? 0n) + 1n } } });
    const failure = runRules(view, { only: ["35"] }).failures.find((f) => f.row.code === "2010301");
    expect(failure).toMatchObject({
      ruleId: "35",
      severity: "error",
      passed: false,
      table: "t03",
      row: { label: "行政运行", code: "2010301" },
      column: { label: "基本支出", number: 2 },
      actual: 1_043_278_863n,
      expected: 1_043_278_864n,
      difference: -1n,
      scale: "fen",
      tolerance: 0n,
      address: { table: "t03", row: "2010301", column: "basic" },
    });
  });

  it("point 04b at the fund's opening balance and 96 at the 三公 cell", () => {
    const [b] = runRules(setLine(seedView, "t04", "expenditure", "closingBalance", "gp", 1n), { only: ["04b"] }).failures;
    expect(b.address).toEqual({ table: "t04", row: "openingGp", column: "amount" });
    const reception = { ...seed.threePublic.actual, reception: 2_000_000n };
    const [w] = runRules(viewOf({ ...seed, threePublic: { ...seed.threePublic, actual: reception } }), { only: ["96"] }).failures;
    expect(w.address).toEqual({ table: "t09", row: "actual", column: "reception" });
    expect(w.severity).toBe("warning");
  });

  it("a failing warning does not fail the report; a failing error does", () => {
    const reception = { ...seed.threePublic.actual, reception: 2_000_000n };
    const warned = runRules(viewOf({ ...seed, threePublic: { ...seed.threePublic, actual: reception } }));
    expect(warned.failures.map((f) => f.ruleId)).toEqual(["96"]);
    expect(warned.passed).toBe(true);
    const broken = runRules(setCoded(seedView, "t03", "201", "total", 1n));
    expect(broken.passed).toBe(false);
  });

  it("reports passed comparisons only when asked", () => {
    const quiet = runRules(seedView, { only: ["01a"] });
    expect(quiet.outcomes[0].results).toBeUndefined();
    const full = runRules(seedView, { only: ["01a"], includePassed: true });
    expect(full.outcomes[0].results?.map((r) => [r.passed, r.difference])).toEqual([[true, 0n]]);
  });

  it("flags a 项 printed without its 款 row", () => {
    const rows = seedView.t03.rows.filter((r) => r.code !== "20101");
    const messages = messagesOf({ ...seedView, t03: { rows } }, "H");
    expect(messages).toContain(
      "公开03表 20101「（未列示款级汇总行）」 第1栏「本年支出合计」应等于其下各项之和：本年支出合计 0.00 元，各项合计 238,096.52 元，相差 238,096.52 元",
    );
  });
});

describe("published figures allow ±0.01 万元 per added term", () => {
  // The seed's 03 合计 row as printed: 4,299.91 = 2,089.95 + 2,209.95 only within rounding.
  const published = (total: bigint): NumericView => {
    const rows = [{ code: null, name: "合计", values: { total, basic: 208995n, project: 220995n, toSuperior: null, operating: null, toAffiliated: null } }];
    return { ...seedView, scale: "wanHundredths", t03: { rows } };
  };
  const formulaFailures = (view: NumericView) =>
    runRules(view, { only: ["03a"] }).failures.filter((f) => f.table === "t03" && f.message.includes("应等于第2–6栏之和"));

  it("accepts 4,299.91 against 4,299.90 (two terms)", () => {
    expect(formulaFailures(published(429991n))).toEqual([]);
    expect(formulaFailures(published(429992n))).toEqual([]);
  });

  it("rejects 0.03 off, and says so in 万元 with the allowance", () => {
    const [failure] = formulaFailures(published(429993n));
    expect(failure.message).toBe(
      "公开03表 「合计」行 第1栏「本年支出合计」应等于第2–6栏之和：本年支出合计 4,299.93 万元，各栏合计 4,299.90 万元，相差 0.03 万元（已允许尾数误差 ±0.02 万元）",
    );
    expect(failure.tolerance).toBe(2n);
  });
});

describe("numberList", () => {
  it.each([
    [[2, 3, 4, 5, 6], "2–6"],
    [[2, 3, 6], "2、3、6"],
    [[4, 5], "4、5"],
    [[1, 2, 3, 7, 9, 10, 11], "1–3、7、9–11"],
    [[], ""],
  ])("%j → %s", (numbers, text) => expect(numberList(numbers)).toBe(text));
});
