/** The facts form schema (lib/validation/facts.ts): text in, exact values out. */
import { describe, expect, it } from "vitest";
import { draftFactsSchema, narrativeFactsSchema, narrativeSettingsSchema, REASON_MAX, storedFactsSchema, type NarrativeFactsForm } from "../validation/facts";
import { zaozhuang2024Facts, zaozhuang2024FactsForm } from "./seed/zaozhuang-2024";

type Patch = (form: NarrativeFactsForm) => void;

function parse(patch: Patch) {
  const form = structuredClone(zaozhuang2024FactsForm);
  patch(form);
  return narrativeFactsSchema.safeParse(form);
}

function messages(patch: Patch): string[] {
  const r = parse(patch);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the seed's facts form", () => {
  it("parses amounts in 元 to exact 分 and counts to whole numbers", () => {
    expect(zaozhuang2024Facts.budgets.gp["2010301"]).toBe(990_640_000n); // 990.64 万元
    expect(zaozhuang2024Facts.lastYear.total).toBe(6_507_970_000n); // 6,507.97 万元
    expect(zaozhuang2024Facts.budgets.gpTotal).toBe(4_286_870_000n);
    expect(zaozhuang2024Facts.threePublic.domesticPersons).toBe(875);
    expect(zaozhuang2024Facts.performance.coveredMoney).toBe(2_185_740_000n);
    expect(zaozhuang2024Facts.assets.vehicles.其他用车).toBe(6);
  });
});

describe("amounts", () => {
  it("refuses negative prior-year figures", () => {
    expect(messages((f) => (f.lastYear.total = "-1"))).toEqual(["lastYear.total: 上年收、支总计：不能为负数"]);
  });

  it("keeps a blank prior-year figure as not entered", () => {
    const r = parse((f) => (f.lastYear.income.other = "  "));
    expect(r.success && r.data.lastYear.income.other).toBeNull();
  });

  it("requires procurement amounts, with the money parser's messages", () => {
    expect(messages((f) => (f.procurement.goods = ""))).toEqual(["procurement.goods: 请填写政府采购货物支出（没有请填0）"]);
    expect(messages((f) => (f.procurement.goods = "1.234"))).toEqual(["procurement.goods: 政府采购货物支出：最多两位小数"]);
  });

  it("drops a blank 年初预算 and refuses codes that are not 7-digit 项", () => {
    const r = parse((f) => (f.budgets.gp = { ...f.budgets.gp, "2010350": "" }));
    expect(r.success && Object.hasOwn(r.data.budgets.gp, "2010350")).toBe(false);
    expect(messages((f) => (f.budgets.gp = { "20103": "1" }))).toEqual([
      "budgets.gp.20103: 一般公共预算的科目编码应为7位项级编码",
    ]);
  });
});

describe("counts and scores", () => {
  it.each([
    ["1.5", "只能填写不小于0的整数"],
    ["-1", "只能填写不小于0的整数"],
    ["", "请填写因公出国（境）团组数（没有请填0）"],
    ["99999999", "过大"],
  ])("refuses the count %j", (value, message) => {
    expect(messages((f) => (f.threePublic.abroadGroups = value)).join()).toContain(message);
  });

  it("accepts full-width digits", () => {
    const r = parse((f) => {
      f.threePublic.abroadGroups = "１２";
    });
    expect(r.success && r.data.threePublic.abroadGroups).toBe(12);
  });
});

describe("section 十三's facts", () => {
  it("asks only for what the 绩效 data cannot say", () => {
    expect(Object.keys(zaozhuang2024FactsForm.performance)).toEqual(["level", "assessment", "coveredMoney", "summaries"]);
  });

  it("allows the money covered to be blank: the 绩效 data may give it", () => {
    const r = parse((f) => (f.performance.coveredMoney = ""));
    expect(r.success && r.data.performance.coveredMoney).toBeNull();
  });

  it("refuses a project's 绩效目标完成情况 given twice", () => {
    expect(messages((f) => (f.performance.summaries = [...f.performance.summaries, { project: "单位运行经费", summary: "又一次" }]))).toEqual([
      "performance.summaries.1.summary: “单位运行经费”的绩效目标完成情况填写了两次",
    ]);
  });
});

describe("reasons", () => {
  it("treats a reason of only spaces as missing", () => {
    const r = parse((f) => (f.reasons = { ...f.reasons, basic: " \u3000 " }));
    expect(r.success && Object.hasOwn(r.data.reasons, "basic")).toBe(false);
  });

  it("refuses markup, over-long text and unknown key shapes", () => {
    expect(messages((f) => (f.reasons = { basic: "<script>" }))).toEqual(["reasons.basic: 主要原因不能包含尖括号或控制字符"]);
    expect(messages((f) => (f.reasons = { basic: "字".repeat(REASON_MAX + 1) }))).toEqual([
      `reasons.basic: 主要原因最多 ${REASON_MAX} 个字符`,
    ]);
    expect(messages((f) => (f.reasons = { "item:2010301:x": "原因" }))).toEqual(["reasons.item:2010301:x: 原因编号不正确"]);
  });

  it("never lets a reason key reach the prototype", () => {
    const proto = JSON.parse('{"__proto__": "原因", "basic": "人员减少"}') as Record<string, string>;
    const r = parse((f) => (f.reasons = proto));
    expect(r.success && r.data.reasons).toEqual({ basic: "人员减少" });
    expect(r.success && Object.getPrototypeOf(r.data.reasons)).toBe(Object.prototype);
  });
});

describe("checks within the facts", () => {
  it("refuses 中小企业 amounts above their kind and 小微 above 中小企业", () => {
    expect(messages((f) => (f.procurement.smeGoods = "50,000"))).toEqual([
      "procurement.smeGoods: 货物采购授予中小企业合同金额不能大于政府采购货物支出",
    ]);
    expect(messages((f) => (f.procurement.small = "9,000,000"))).toEqual([
      "procurement.small: 授予小微企业合同金额不能大于授予中小企业合同金额",
    ]);
  });

  it("requires the vehicles by category to add up to the 三公 vehicles held", () => {
    expect(messages((f) => (f.assets.vehicles.其他用车 = "5"))).toEqual([
      "assets.vehicles: 各类车辆合计6辆，与“三公”经费中公务用车保有量7辆不一致",
    ]);
  });

  it("refuses an impossible date and fields it does not know", () => {
    expect(messages((f) => (f.assets.asOf = "2024-02-30"))).toEqual(["assets.asOf: 日期不存在"]);
    const extra = { ...zaozhuang2024FactsForm, total: "1" };
    expect(narrativeFactsSchema.safeParse(extra).success).toBe(false);
  });
});

describe("settings", () => {
  it("reads the 基本持平 band as a percentage", () => {
    expect(narrativeSettingsSchema.parse({ flatThresholdPercent: "1", lastYearZero: "growth100", arithmetic: "printed" })).toEqual({
      flatThreshold: 100n,
      lastYearZero: "growth100",
      arithmetic: "printed",
    });
    expect(narrativeSettingsSchema.safeParse({ flatThresholdPercent: "-1", lastYearZero: "growth100", arithmetic: "printed" }).success).toBe(false);
  });
});

describe("a draft of the facts", () => {
  const seed = { form: zaozhuang2024FactsForm, settings: {} };
  const withTotal = (total: unknown) => ({ ...seed, form: { ...zaozhuang2024FactsForm, lastYear: { ...zaozhuang2024FactsForm.lastYear, total } } });

  it("stores text the strict schema refuses, so nothing typed is lost", () => {
    expect(storedFactsSchema.safeParse(withTotal("-100")).success).toBe(false);
    expect(draftFactsSchema.safeParse(withTotal("-100")).success).toBe(true);
    expect(draftFactsSchema.safeParse({ form: { lastYear: { total: "两个" } }, settings: {} }).success).toBe(true);
  });

  it("still refuses markup, wrong types, unknown keys and oversize text", () => {
    const messages = (record: unknown) => {
      const r = draftFactsSchema.safeParse(record);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages(withTotal("<script>"))).toEqual(["上年收、支总计不能包含尖括号或控制字符"]);
    expect(messages(withTotal(100))).toEqual(["上年收、支总计应为文字"]);
    expect(messages(withTotal("1".repeat(2001)))).toEqual(["上年收、支总计过长"]);
    expect(messages({ ...seed, form: { ...zaozhuang2024FactsForm, extra: "1" } }).length).toBe(1);
    expect(messages({ ...seed, form: { ...zaozhuang2024FactsForm, unitKind: "company" } }).length).toBe(1);
  });
});
