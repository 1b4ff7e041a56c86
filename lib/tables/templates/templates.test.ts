/**
 * The engine is driven by template data: a second, made-up template (24 categories, no
 * 行次, a two-block 公开06 without 307/399, 三公 columns paired 预算/决算 per item, its own
 * formula rule id) derives and checks with no change to derivation or rule code.
 */
import { describe, expect, it } from "vitest";
import { deriveAndCheck, rulesFor, runRules } from "../../rules";
import { viewFromDerived } from "../../rules/view";
import { deriveReport } from "../derive";
import { displayCell } from "../display";
import { emptyInputs, type ReportInputs } from "../inputs";
import { checkTemplate } from "../template-check";
import type { ColumnSpec, FixedLineSpec, ReportTemplate } from "../types";
import { tableGrid } from "../../disclosure/table-grid";
import { formatScaled } from "../../money";
import { gradeOf } from "../../performance/grades";
import { Decimal } from "../../performance/numbers";
import { getTemplate } from ".";
import { shanghai2024 } from "./shanghai-2024";
import { inputColumn, SHANDONG_2024_CATEGORIES, shandong2024, sumColumn } from "./shandong-2024";

const unnumbered = (lines: readonly FixedLineSpec[]): FixedLineSpec[] =>
  lines.map((l) => ("categories" in l ? { ...l, firstLine: null } : { ...l, line: null }));

const pairedThreePublic: ColumnSpec[] = (() => {
  const items = [
    ["total", "合计"],
    ["abroad", "因公出国(境)费"],
    ["vehicles", "公务用车购置及运行维护费"],
    ["vehiclePurchase", "其中：公务用车购置费"],
    ["vehicleOps", "其中：公务用车运行维护费"],
    ["reception", "公务接待费"],
  ] as const;
  const formulas: Record<string, string[]> = { total: ["abroad", "vehicles", "reception"], vehicles: ["vehiclePurchase", "vehicleOps"] };
  return items.flatMap(([field, label], i) =>
    (["budget", "actual"] as const).map((group, j) => {
      const heading = group === "budget" ? "预算数" : "决算数";
      const number = i * 2 + j + 1;
      return formulas[field]
        ? sumColumn(`${group}.${field}`, number, [label, heading], `${label}${heading}`, formulas[field].map((f) => `${group}.${f}`), "SH09")
        : inputColumn(`${group}.${field}`, number, [label, heading], `${label}${heading}`);
    }),
  );
})();

const s = shandong2024.tables;
const variant: ReportTemplate = {
  ...shandong2024,
  id: "test-24",
  name: "测试：24个类级科目的模板",
  narrativeNumberStyle: { thousands: false, trimZeros: false },
  categories: SHANDONG_2024_CATEGORIES.filter((c) => c.code !== "231" && c.code !== "232"),
  tables: {
    ...s,
    t01: {
      ...s.t01,
      // Two fewer categories on the right, so two fewer filler lines on the left.
      income: unnumbered(s.t01.income.filter((l) => !("blank" in l) || (l.line !== 25 && l.line !== 26))),
      expenditure: unnumbered(s.t01.expenditure),
    },
    t04: {
      ...s.t04,
      income: unnumbered(s.t04.income.filter((l) => !("blank" in l) || (l.line !== 25 && l.line !== 26))),
      expenditure: unnumbered(s.t04.expenditure),
    },
    t05: {
      ...s.t05,
      columns: [
        sumColumn("total", 1, ["合计"], "合计", ["basic", "project"], "SH05"),
        inputColumn("basic", 2, ["基本支出"]),
        inputColumn("project", 3, ["项目支出"]),
      ],
    },
    t06: {
      ...s.t06,
      classes: s.t06.classes.filter((c) => c.code !== "307" && c.code !== "399"),
      blocks: [
        { heading: "人员经费", classes: ["301", "303"] },
        { heading: "公用经费", classes: ["302", "310"] },
      ],
    },
    t09: { ...s.t09, columns: pairedThreePublic },
  },
};

const names = new Map([
  ["201", "一般公共服务支出"],
  ["20103", "政府办公厅(室)及相关机构事务"],
  ["2010301", "行政运行"],
  ["221", "住房保障支出"],
  ["22102", "住房改革支出"],
  ["2210201", "住房公积金"],
  ["231", "债务还本支出"],
  ["23103", "地方政府一般债务还本支出"],
  ["2310301", "地方政府一般债券还本支出"],
]);

const wan = (n: bigint) => n * 1_000_000n;

const inputs: ReportInputs = {
  ...emptyInputs(),
  income: { "2010301": { fiscal: wan(100n) }, "2210201": { fiscal: wan(10n) } },
  expenditure: { "2010301": { basic: wan(90n), project: wan(10n) }, "2210201": { basic: wan(10n) } },
  gp: { "2010301": { basic: wan(90n), project: wan(10n) }, "2210201": { basic: wan(10n) } },
  fiscal: { gpIncome: wan(110n) },
  basicByEconomic: { "30101": wan(80n), "31002": wan(20n) },
  threePublic: {
    budget: { abroad: wan(2n), vehicleOps: wan(3n), reception: wan(1n) },
    actual: { abroad: wan(2n), vehicleOps: wan(3n), reception: wan(1n) },
  },
};

describe("template data", () => {
  it("the Shandong 2024 template and the variant are structurally sound", () => {
    expect(checkTemplate(shandong2024)).toEqual([]);
    expect(checkTemplate(variant)).toEqual([]);
    expect(checkTemplate(shanghai2024)).toEqual([]);
    expect(getTemplate("shanghai-2024")).toBe(shanghai2024);
    expect(getTemplate("shandong-2024")).toBe(shandong2024);
    expect(getTemplate("toString")).toBeUndefined();
  });

  it("checkTemplate reports broken templates", () => {
    const broken: ReportTemplate = {
      ...shandong2024,
      categories: [...shandong2024.categories, { code: "201", name: "重复" }],
      tables: {
        ...s,
        t01: { ...s.t01, expenditure: s.t01.expenditure.slice(1) },
        t02: { ...s.t02, columns: [...s.t02.columns.slice(0, 6), inputColumn("bonus", 7, ["奖金收入"])] },
        t06: { ...s.t06, blocks: s.t06.blocks.slice(1) },
      },
      threePublicLinks: [{ column: "actual.taxi", economicCode: "30212" }],
    };
    expect(checkTemplate(broken)).toEqual([
      "类级科目有重复",
      "公开02表：模板错误：栏目「本年收入合计」的公式引用了不存在的栏目「other」",
      "公开02表「奖金收入」：输入项「bonus」不属于 income",
      "公开01表：收入方 31 行、支出方 5 行，无法逐行并排",
      "公开01表：行次不连续",
      // The duplicated category adds a 27th line to 公开04's expenditure half.
      "公开04表：收入方 32 行、支出方 33 行，无法逐行并排",
      "公开04表：行次不连续",
      "公开04表：同一方有重复的行",
      "公开06表：分块与类级科目不一致",
      "三公对应关系：公开09表没有「actual.taxi」栏",
    ]);
  });

  it("checkTemplate refuses an ordinal the printed numerals cannot read", () => {
    const income = s.t01.income.map((l) => ("role" in l && l.role === "fund:gp" ? { ...l, ordinal: 0 } : l));
    const zero: ReportTemplate = { ...shandong2024, tables: { ...s, t01: { ...s.t01, income } } };
    expect(checkTemplate(zero)).toEqual(["公开01表「一般公共预算财政拨款收入」：序号 0 应为 1–999 的整数"]);
  });
});

describe("a second template drives the same engine", () => {
  const report = deriveReport(variant, names, inputs);

  it("prints 24 category lines without 行次 and pairs both halves", () => {
    const t01 = report.tables.t01;
    expect(t01.expenditure.filter((l) => l.code !== null)).toHaveLength(24);
    expect(t01.expenditure.some((l) => l.code === "231")).toBe(false);
    expect(t01.income).toHaveLength(t01.expenditure.length);
    expect(t01.expenditure.every((l) => l.line === null)).toBe(true);
    expect(report.tables.t04.income).toHaveLength(report.tables.t04.expenditure.length);
  });

  it("prints a two-block 公开06 without 307/399", () => {
    const t06 = report.tables.t06;
    expect(t06.blocks.map((b) => b.heading)).toEqual(["人员经费", "公用经费"]);
    const codes = t06.blocks.flatMap((b) => b.rows.map((r) => r.code));
    expect(codes).not.toContain("307");
    expect(codes).not.toContain("39999");
    expect(displayCell(t06.publicTotal.cell)).toBe("20.00");
  });

  it("follows the template's 三公 column order", () => {
    const t09 = report.tables.t09;
    expect(t09.columns.slice(0, 4).map((c) => c.key)).toEqual(["budget.total", "actual.total", "budget.abroad", "actual.abroad"]);
    expect(t09.cells.slice(0, 4).map((c) => displayCell(c))).toEqual(["6.00", "6.00", "2.00", "2.00"]);
  });

  it("passes every rule, including the template's own formula rule ids", () => {
    const { rules } = deriveAndCheck(variant, names, inputs);
    expect(rules.failures).toEqual([]);
    const ids = rules.outcomes.map((o) => o.ruleId);
    expect(ids).toContain("SH05");
    expect(ids).toContain("SH09");
    expect(rules.outcomes.find((o) => o.ruleId === "SH05")?.checks).toBeGreaterThan(0);
    expect(rules.outcomes.find((o) => o.ruleId === "05a")?.checks).toBe(0);
    expect(rulesFor(shandong2024).map((r) => r.id)).not.toContain("SH05");
  });

  it("attributes a broken formula to the template's rule id", () => {
    const view = viewFromDerived(variant, report);
    const rows = view.t05.rows.map((r) => (r.code === "2010301" ? { ...r, values: { ...r.values, total: wan(99n) } } : r));
    const result = runRules({ ...view, t05: { rows } }, { only: ["SH05"] });
    expect(result.failures.map((f) => f.message)).toEqual([
      "公开05表 2010301「行政运行」 第1栏「合计」应等于第2、3栏之和：合计 990,000.00 元，各栏合计 1,000,000.00 元，相差 10,000.00 元",
    ]);
  });

  it("flags money under a category the template does not print", () => {
    const withDebt: ReportInputs = {
      ...inputs,
      expenditure: { ...inputs.expenditure, "2310301": { basic: wan(5n) } },
      income: { ...inputs.income, "2310301": { fiscal: wan(5n) } },
    };
    const { report: debtReport, rules } = deriveAndCheck(variant, names, withDebt);
    expect(debtReport.issues.map((i) => i.message)).toContain("支出功能分类「231」不是本模板的类级科目，无法列入公开01表");
    const messages = rules.failures.map((f) => `${f.ruleId} ${f.message}`);
    expect(messages).toContain(
      "03a 公开03表 231「债务还本支出」 第1栏「本年支出合计」不是本模板的类级科目，公开01表没有对应行次，其金额无法列示：本年支出合计 50,000.00 元，公开01表可列示金额 0.00 元，相差 50,000.00 元",
    );
    expect(messages).toContain(
      "01b 公开01表 「本年支出合计」行应等于「一般公共服务支出」、「外交支出」、「国防支出」、「公共安全支出」、「教育支出」、「科学技术支出」、「文化旅游体育与传媒支出」、「社会保障和就业支出」、「卫生健康支出」、「节能环保支出」、「城乡社区支出」、「农林水支出」、「交通运输支出」、「资源勘探工业信息等支出」、「商业服务业等支出」、「金融支出」、「援助其他地区支出」、「自然资源海洋气象等支出」、「住房保障支出」、「粮油物资储备支出」、「国有资本经营预算支出」、「灾害防治及应急管理支出」、「其他支出」、「抗疫特别国债安排的支出」之和：本年支出合计 1,150,000.00 元，各类支出合计 1,100,000.00 元，相差 50,000.00 元",
    );
  });
});

describe("the shanghai-2024 template", () => {
  const soeInputs: ReportInputs = {
    ...inputs,
    income: { ...inputs.income, "2230199": { fiscal: wan(3n) } },
    expenditure: { ...inputs.expenditure, "2230199": { project: wan(2n) } },
    soe: { "2230199": { opening: wan(1n), income: wan(3n), project: wan(2n) } },
    fiscal: { ...inputs.fiscal, soeIncome: wan(3n), openingSoe: wan(1n) },
    balances: { nonFiscalOpening: 0n },
  };
  const shNames = new Map([...names, ["223", "国有资本经营预算支出"], ["22301", "国有资本经营预算支出"], ["2230199", "其他国有资本经营预算支出"]]);
  const { report: sh, rules } = deriveAndCheck(shanghai2024, shNames, soeInputs);

  it("derives and checks with the same engine, 国有资本经营 with its balances", () => {
    expect(rules.failures.map((f) => f.message)).toEqual([]);
    const t08 = sh.tables.t08;
    expect(t08.columns.map((c) => c.key)).toEqual(["opening", "income", "total", "basic", "project", "closing"]);
    expect(t08.rows[0].cells.map((c) => displayCell(c))).toEqual(["1.00", "3.00", "2.00", "", "2.00", "2.00"]);
  });

  it("catches 国有资本经营 income that disagrees with 表四", () => {
    const broken = { ...soeInputs, soe: { "2230199": { opening: wan(1n), income: wan(4n), project: wan(2n) } } };
    const messages = deriveAndCheck(shanghai2024, shNames, broken).rules.failures.map((f) => `${f.ruleId} ${f.message}`);
    expect(messages).toContain("04c 表四 「国有资本经营预算财政拨款」行应等于表九「合计」行第2栏「本年收入」：国有资本经营预算财政拨款 30,000.00 元，表九本年收入 40,000.00 元，相差 10,000.00 元");
  });

  it("prints its tables in its own order and layout: no 行次, 三公 as two rows, no thousands separator", () => {
    expect(shanghai2024.tableOrder.map((k) => shanghai2024.tables[k].number)).toEqual(["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"]);
    const t01 = tableGrid(sh.tables.t01, "上海市示范区体育局");
    expect(t01.header.flat().map((c) => c.text)).not.toContain("行次");
    const t09 = tableGrid(sh.tables.t09, "上海市示范区体育局");
    expect(t09.body.map((row) => row.map((c) => c.text))).toEqual([
      ["预算数", "6.00", "2.00", "3.00", "", "3.00", "1.00"],
      ["决算数", "6.00", "2.00", "3.00", "", "3.00", "1.00"],
    ]);
    expect(formatScaled(123456n, 2, shanghai2024.tableNumberStyle)).toBe("1234.56");
    expect(gradeOf(new Decimal("65"), shanghai2024.gradeScale)).toBe("合格");
  });
});
