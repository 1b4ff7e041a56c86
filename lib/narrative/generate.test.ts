/** The generator's rules, on small reports built for each case. */
import { describe, expect, it } from "vitest";
import { parseYuan, type Fen } from "../money";
import { deriveReport } from "../tables/derive";
import { emptyInputs, type ReportInputs } from "../tables/inputs";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { change, compareWithBudget, ratio, type Composer } from "./compose";
import { DEFAULT_NARRATIVE_SETTINGS, type NarrativeFacts, type NarrativeSettings } from "./facts";
import { generateNarrative, missingReasons } from "./generate";
import { lastYearFactsFromPublished, lastYearFactsFromReport, lastYearFormEntries } from "./last-year";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseJsonExact } from "../fixture/json";
import { loadFixture } from "../fixture/load";
import { cleanReason } from "./reasons";
import { blockText, renderPlainText } from "./render";
import { zaozhuang2024Facts, zaozhuang2024PerformanceFigures } from "./seed/zaozhuang-2024";
import type { PerformanceFigures } from "../performance/figures";
import type { NarrativeResult } from "./types";

const yuan = (text: string): Fen => {
  const r = parseYuan(text);
  if (!r.ok || r.fen === null) throw new Error(text);
  return r.fen;
};

function composer(settings: Partial<NarrativeSettings> = {}): Composer {
  return {
    style: shandong2024.narrativeNumberStyle,
    settings: { ...DEFAULT_NARRATIVE_SETTINGS, ...settings },
    year: 2024,
    unitName: "测试单位",
    self: "本单位",
    disclosure: "单位决算",
    reasons: {},
    required: [],
    problems: [],
  };
}

const seedDerived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);

function run(
  facts: Partial<NarrativeFacts> = {},
  settings?: NarrativeSettings,
  inputs: ReportInputs = zaozhuang2024Inputs,
  names = zaozhuang2024SubjectNames,
  performance: PerformanceFigures | null = zaozhuang2024PerformanceFigures,
): NarrativeResult {
  return generateNarrative({
    template: shandong2024,
    unitName: "测试单位",
    year: 2024,
    derived: inputs === zaozhuang2024Inputs ? seedDerived : deriveReport(shandong2024, names, inputs),
    facts: { ...zaozhuang2024Facts, ...facts },
    settings,
    performance,
  });
}

const text = (r: NarrativeResult, section: number) => r.sections[section - 1].blocks.map((b) => blockText(b)).join("\n");

describe("budget comparison", () => {
  const c = composer();
  it.each([
    ["1,010,000", "1,000,000", "roughlyEqual", 10_100n], // 101.00%: inside ±1%, inclusive
    ["1,010,100", "1,000,000", "greater", 10_101n], // 101.01% (the seed's 336.44 / 333.08)
    ["990,000", "1,000,000", "roughlyEqual", 9_900n],
    ["989,900", "1,000,000", "less", 9_899n],
    ["263,701.57", "263,700", "equal", 10_000n], // printed 26.37 = 26.37: 持平
    ["5,000", "0", "noBudget", null],
    ["0", "0", "none", null],
  ])("%s against a budget of %s 元 → %s", (actual, budget, comparison, completion) => {
    expect(compareWithBudget(c, yuan(actual), yuan(budget))).toEqual({ comparison, completion });
  });

  it("takes the 基本持平 band from the settings", () => {
    const wide = composer({ flatThreshold: 200n });
    expect(compareWithBudget(wide, yuan("3,364,405.88"), yuan("3,330,800")).comparison).toBe("roughlyEqual");
    const none = composer({ flatThreshold: 0n });
    expect(compareWithBudget(none, yuan("4,837,895.85"), yuan("4,811,900")).comparison).toBe("greater");
  });
});

describe("printed versus exact arithmetic", () => {
  // 100.0049 万元 and 99.9951 万元 both print as 100.00; they differ by 0.0098 万元.
  const now = yuan("1,000,049");
  const last = yuan("999,951");

  it("printed: the figures the sentence shows agree, so there is no change", () => {
    expect(change(composer(), now, last)).toMatchObject({ amount: 0n, percent: 0n });
  });

  it("exact: the 分 differ, and the change rounds to 0.01 万元", () => {
    expect(change(composer({ arithmetic: "exact" }), now, last)).toEqual({ amount: 1n, up: true, percent: 1n });
  });

  it("computes the seed's shares from printed figures (4,275.7 / 4,299.91 = 99.44%)", () => {
    expect(ratio(composer(), yuan("42,756,954.28"), yuan("42,999,051.95"))).toBe(9_944n);
    expect(ratio(composer({ arithmetic: "exact" }), yuan("42,756,954.28"), yuan("42,999,051.95"))).toBe(9_944n);
  });
});

describe("changes from last year", () => {
  const lastYear = zaozhuang2024Facts.lastYear;

  it("writes 与上年决算数一致 when the printed figures agree, and asks for no reason", () => {
    const r = run({ lastYear: { ...lastYear, total: yuan("42,999,100") } });
    expect(text(r, 1)).toBe("2024年度收、支总计均为4,299.91万元。与上年决算数一致。\n图1：收入支出决算变动情况（单位：万元）");
    expect(r.requiredReasons.map((x) => x.key)).not.toContain("total");
  });

  it("writes 增加 … 增长 for a rise", () => {
    const r = run({ lastYear: { ...lastYear, total: yuan("40,000,000") } });
    expect(text(r, 1)).toContain("与2023年度相比，收、支总计各增加299.91万元，增长7.5%。主要是");
    expect(r.requiredReasons.find((x) => x.key === "total")?.label).toBe("一 收、支总计：较2023年度增加");
  });

  it("last year 0: 增长100% by default, or no percentage", () => {
    const income = { ...lastYear.income, fiscal: 0n };
    expect(text(run({ lastYear: { ...lastYear, income } }), 2)).toContain(
      "1、财政拨款收入4,299.91万元。与2023年度相比，增加4,299.91万元，增长100%。主要是",
    );
    const omit = run({ lastYear: { ...lastYear, income } }, { ...DEFAULT_NARRATIVE_SETTINGS, lastYearZero: "omitPercent" });
    expect(text(omit, 2)).toContain("1、财政拨款收入4,299.91万元。与2023年度相比，增加4,299.91万元。主要是");
  });

  it("leaves the comparison out and lists a problem when last year's figure is missing", () => {
    const r = run({ lastYear: { ...lastYear, gp: null } });
    expect(text(r, 5)).toContain("2024年度一般公共预算财政拨款支出4,275.7万元，占本年支出合计的99.44%。\n");
    expect(r.problems.map((p) => p.message)).toEqual(["缺少2023年度决算数：五(一) 一般公共预算财政拨款支出（无法与上年比较）"]);
  });

  it("fills last year's figures from last year's report", () => {
    const figures = lastYearFactsFromReport(seedDerived);
    expect(figures).toEqual({
      total: yuan("42,999,051.95"),
      income: { fiscal: yuan("42,999,051.95"), superior: 0n, business: 0n, operating: 0n, affiliated: 0n, other: 0n },
      expenditure: { basic: yuan("20,899,535.34"), project: yuan("22,099,516.61"), toSuperior: 0n, operating: 0n, toAffiliated: 0n },
      fiscalTotal: yuan("42,999,051.95"),
      gp: yuan("42,756,954.28"),
    });
  });
});

describe("last year's figures from a published disclosure", () => {
  const published = loadFixture(parseJsonExact(readFileSync(fileURLToPath(new URL("../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url)), "utf8")));

  it("reads them as the document prints them, in 元", () => {
    const figures = lastYearFactsFromPublished(published.view);
    expect(figures.total).toBe(yuan("42,999,100"));
    expect(figures.gp).toBe(yuan("42,757,000"));
    expect(figures.expenditure.basic).toBe(yuan("20,899,500"));
    expect(figures.income.business).toBe(0n);
    const entries = lastYearFormEntries(figures, "取自2024年度已公开的决算（第1版）");
    expect(entries).toContainEqual({ path: "form.lastYear.total", text: "42,999,100.00" });
    expect(entries.at(-1)).toEqual({ path: "form.lastYear.source", text: "取自2024年度已公开的决算（第1版）" });
  });

  it("says where they come from in section 一, and nothing when they were typed", () => {
    const sourced = run({ lastYear: { ...zaozhuang2024Facts.lastYear, source: "取自2023年度已公开的决算（第1版，2024-09-01公开）" } });
    expect(text(sourced, 1)).toContain("服务中心。上年决算数取自2023年度已公开的决算（第1版，2024-09-01公开）。");
    expect(text(run(), 1)).not.toContain("上年决算数");
  });
});

describe("reasons", () => {
  it("marks a missing reason, prints a placeholder, and missingReasons lists it", () => {
    const reasons = { ...zaozhuang2024Facts.reasons };
    delete reasons["item:2010301"];
    const r = run({ reasons });
    expect(missingReasons(r)).toEqual([
      {
        key: "item:2010301",
        label: "五(三)2 行政运行：决算数大于年初预算数",
        lead: "决算数大于年初预算数的主要原因是",
        filled: false,
      },
    ]);
    expect(renderPlainText(r.sections)).toContain("决算数大于年初预算数的主要原因是【待填写主要原因】。");
    expect(renderPlainText(r.sections, { missingReason: "____" })).toContain("的主要原因是____。");
  });

  it("does not repeat a lead-in staff typed, nor a closing full stop", () => {
    expect(cleanReason("主要原因是人员减少。")).toBe("人员减少");
    expect(cleanReason("决算数大于年初预算数的主要原因是追加经费；")).toBe("追加经费");
    expect(cleanReason("主要是 人员减少 ")).toBe("人员减少");
    expect(cleanReason("   ")).toBeNull();
    expect(cleanReason(undefined)).toBeNull();
    const r = run({ reasons: { ...zaozhuang2024Facts.reasons, basic: "主要是2024年度单位在职人员减少。" } });
    expect(text(r, 3)).toContain("下降6.38%。主要是2024年度单位在职人员减少。\n");
  });
});

describe("budgets", () => {
  it("derives the 年初预算 total from the items when no total is entered", () => {
    const r = run({ budgets: { ...zaozhuang2024Facts.budgets, gpTotal: null } });
    // Σ items 4,268.49 → 4,275.7 / 4,268.49 = 100.17%: 基本持平.
    expect(text(r, 5)).toContain("年初预算为4,268.49万元，支出决算为4,275.7万元，完成年初预算的100.17%。与年初预算基本持平。其中：");
  });

  it("flags a total below the sum of its items", () => {
    const r = run({ budgets: { ...zaozhuang2024Facts.budgets, gpTotal: yuan("40,000,000") } });
    expect(r.problems.map((p) => p.message)).toContain("五(三) 一般公共预算财政拨款支出年初预算合计小于各项年初预算之和，请核对");
  });

  it("asks for the budget of a 项 nobody entered, and reads it as 0", () => {
    const gp = { ...zaozhuang2024Facts.budgets.gp };
    delete gp["2010150"];
    const r = run({ budgets: { ...zaozhuang2024Facts.budgets, gp } });
    expect(r.problems.map((p) => p.message)).toEqual(["五(三)1 事业运行（2010150）：缺少年初预算数，没有预算请填0"]);
    expect(text(r, 5)).toContain("年初预算为0万元，支出决算为23.81万元，年初无预算。");
  });
});

describe("sections without data and other unit kinds", () => {
  const names = new Map([
    ["201", "一般公共服务支出"],
    ["20103", "政府办公厅(室)及相关机构事务"],
    ["2010301", "行政运行"],
    ["223", "国有资本经营预算支出"],
    ["22301", "解决历史遗留问题及改革成本支出"],
    ["2230199", "其他解决历史遗留问题及改革成本支出"],
  ]);
  const inputs: ReportInputs = {
    ...emptyInputs(),
    income: { "2010301": { fiscal: yuan("1,000,000") }, "2230199": { fiscal: yuan("200,000") } },
    expenditure: { "2010301": { basic: yuan("1,000,000") }, "2230199": { project: yuan("200,000") } },
    gp: { "2010301": { basic: yuan("1,000,000") } },
    soe: { "2230199": { project: yuan("200,000") } },
    fiscal: { gpIncome: yuan("1,000,000"), soeIncome: yuan("200,000") },
  };
  const budgets = { gp: { "2010301": yuan("1,000,000") }, gf: {}, soe: { "2230199": yuan("200,000") }, gpTotal: null };
  const r = run({ budgets }, undefined, inputs, names);

  it("says there is no 政府性基金 when 公开07 is empty", () => {
    expect(text(r, 7)).toBe("本单位没有政府性基金预算财政拨款收入支出。");
  });

  it("explains 国有资本经营 spending per 项 when 公开08 has data", () => {
    expect(text(r, 8)).toBe(
      "2024年度国有资本经营预算财政拨款支出20万元。支出具体情况如下：\n" +
        "（一）国有资本经营预算支出(类)解决历史遗留问题及改革成本支出(款)其他解决历史遗留问题及改革成本支出(项)。年初预算为20万元，支出决算为20万元，完成年初预算的100%。与年初预算持平。",
    );
  });

  it("has no 机关运行经费 for an ordinary 事业单位", () => {
    const institution = run({ unitKind: "institution" });
    expect(text(institution, 10)).toBe("本单位不属于行政单位和参照公务员法管理的事业单位，没有机关运行经费支出。");
    expect(institution.requiredReasons.map((x) => x.key)).not.toContain("operatingCost");
  });

  it("leaves out the shares of a procurement total of 0", () => {
    const none = { goods: 0n, works: 0n, services: 0n, smeGoods: 0n, smeWorks: 0n, smeServices: 0n, small: 0n };
    expect(text(run({ procurement: none }), 11)).toBe(
      "2024年度政府采购支出总额0万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出0万元。",
    );
  });

  it("gives each kind's 中小企业 share, 工程 included when there were works", () => {
    const p = { goods: yuan("10,000"), works: yuan("30,000"), services: yuan("60,000"), smeGoods: yuan("10,000"), smeWorks: yuan("10,000"), smeServices: 0n, small: yuan("5,000") };
    expect(text(run({ procurement: p }), 11)).toBe(
      "2024年度政府采购支出总额10万元，其中：政府采购货物支出1万元、政府采购工程支出3万元、政府采购服务支出6万元。" +
        "授予中小企业合同金额2万元，占政府采购支出总额的20%，其中：授予小微企业合同金额0.5万元，占政府采购支出总额的5%。" +
        "货物采购授予中小企业合同金额占货物支出金额的100%，工程采购授予中小企业合同金额占工程支出金额的33.33%，服务采购授予中小企业合同金额占服务支出金额的0%。",
    );
  });

  it("reads 机关运行经费 within the band as 基本持平 without a reason", () => {
    const near = run({ operatingCostBudget: yuan("1,640,000") });
    expect(text(near, 10)).toBe("2024年度机关运行经费支出165.27万元，比年初预算数增加1.27万元，增长0.77%，与年初预算基本持平。");
    expect(near.requiredReasons.map((x) => x.key)).not.toContain("operatingCost");
  });
});

describe("三公 and performance cross-checks", () => {
  it("flags 国(境)外接待费 above the 公务接待费 of 公开09", () => {
    const r = run({ threePublic: { ...zaozhuang2024Facts.threePublic, abroadReception: yuan("400,000") } });
    expect(r.problems.map((p) => p.message)).toContain("九(二)3 国（境）外接待费大于公开09表公务接待费决算数，请核对");
  });

  it("asks for a reason when 三公 spending falls short of its 全年预算 beyond the band", () => {
    const inputs: ReportInputs = {
      ...zaozhuang2024Inputs,
      threePublic: { ...zaozhuang2024Inputs.threePublic, actual: { ...zaozhuang2024Inputs.threePublic.actual, abroad: yuan("100,000") } },
    };
    const r = run({}, undefined, inputs);
    expect(text(r, 9)).toContain(
      "1、因公出国（境）费全年预算为17.72万元，支出决算为10万元，完成全年预算的56.43%。决算数小于全年预算数的主要原因是【待填写主要原因】。全年支出涉及",
    );
    expect(missingReasons(r).map((x) => x.key)).toEqual(["threePublic", "threePublic:abroad"]);
  });

  it("flags 绩效 money that is not 公开05 项目支出, at the typed field", () => {
    const r = run({ performance: { ...zaozhuang2024Facts.performance, coveredMoney: yuan("20,000,000") } });
    expect(r.problems).toEqual([
      { id: "narrative.performance.covered-vs-t05", message: "十三 绩效自评涉及的预算资金与公开05表项目支出合计不一致，请核对", field: "performance.coveredMoney" },
    ]);
  });

  it("takes the money covered from the 绩效 data when every project has its 全年执行数", () => {
    const known = { ...zaozhuang2024PerformanceFigures, coveredFen: yuan("21,857,400") };
    const typedOther = { ...zaozhuang2024Facts.performance, coveredMoney: yuan("1") };
    const r = run({ performance: typedOther }, undefined, zaozhuang2024Inputs, zaozhuang2024SubjectNames, known);
    expect(r.problems).toEqual([]);
    expect(text(r, 13)).toContain("涉及预算资金2,185.74万元");
    expect(text(run(), 13)).toContain("涉及预算资金2,185.74万元");
  });

  it("asks for the money covered when neither the data nor staff give it", () => {
    const r = run({ performance: { ...zaozhuang2024Facts.performance, coveredMoney: null } });
    expect(r.problems.map((p) => [p.id, p.field])).toEqual([["narrative.performance.covered-missing", "performance.coveredMoney"]]);
    expect(text(r, 13)).toContain("涵盖项目13个。\n组织对");
  });

  it("reports missing 绩效 data as a problem instead of inventing figures", () => {
    const r = run({}, undefined, zaozhuang2024Inputs, zaozhuang2024SubjectNames, null);
    expect(r.problems.map((p) => p.id)).toEqual(["narrative.performance.missing"]);
    expect(text(r, 13)).not.toMatch(/\d/);
  });

  it("reads each project's 绩效目标完成情况 by its name", () => {
    const r = run({ performance: { ...zaozhuang2024Facts.performance, summaries: [{ project: "别的项目", summary: "完成。" }] } });
    expect(text(r, 13)).toContain("完成预算的95.82%。\n");
  });

  it("says so when there was no 重点绩效评价", () => {
    const r = run({}, undefined, zaozhuang2024Inputs, zaozhuang2024SubjectNames, { ...zaozhuang2024PerformanceFigures, keyEvaluations: [] });
    expect(text(r, 13)).toContain("（三）重点绩效评价结果。本单位本年度未开展重点绩效评价。");
    expect(text(r, 13)).not.toContain("重点绩效评价报告详见");
  });
});

describe("a department's 部门决算", () => {
  it("speaks of 本部门 and the 部门决算 where a unit's text says 本单位 and 单位决算", () => {
    const unit = generateNarrative({ template: shandong2024, unitName: "测试部门", year: 2024, derived: seedDerived, facts: zaozhuang2024Facts, performance: zaozhuang2024PerformanceFigures });
    const dept = generateNarrative({ template: shandong2024, unitName: "测试部门", year: 2024, derived: seedDerived, facts: zaozhuang2024Facts, performance: zaozhuang2024PerformanceFigures, level: "department" });
    expect(text(unit, 13)).toContain("今年在单位决算中反映了");
    expect(text(dept, 13)).toContain("今年在部门决算中反映了");
    expect(text(unit, 12)).toContain("本单位共有车辆");
    expect(text(dept, 12)).toContain("本部门共有车辆");
    expect(dept.sections.map((_, i) => text(dept, i + 1)).join("\n")).not.toMatch(/本单位|单位决算/);
  });
});
