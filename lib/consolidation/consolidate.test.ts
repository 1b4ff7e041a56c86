import { describe, expect, it } from "vitest";
import { emptyInputs, type ReportInputs } from "../tables/inputs";
import { consolidate, type ConsolidationMember } from "./consolidate";
import type { InternalFlow } from "./flows";

const names = new Map([
  ["2050101", "行政运行"],
  ["2050202", "小学教育"],
  ["2050203", "初中教育"],
]);
const context = { names, tableNumber: (t: "t02" | "t03") => (t === "t02" ? "公开02表" : "公开03表") };

function inputs(fill: (i: ReportInputs) => void): ReportInputs {
  const i = emptyInputs();
  fill(i);
  return i;
}

/** 本级 gives 第一中学 300 元 of 对附属单位补助支出; 第一中学 hands 120 元 up. */
const base = (): ConsolidationMember => ({
  unitId: "base",
  name: "教育局本级",
  inputs: inputs((i) => {
    i.income["2050101"] = { fiscal: 100_000n, affiliated: 12_000n };
    i.expenditure["2050101"] = { basic: 70_000n, toAffiliated: 30_000n };
    i.fiscal.gpIncome = 100_000n;
    i.threePublic.actual.reception = 500n;
  }),
  flows: [
    { line: "TO_AFFILIATED", counterpartUnitId: "school", code: "2050101", amount: 30_000n },
    { line: "AFFILIATED_INCOME", counterpartUnitId: "school", code: "2050101", amount: 12_000n },
  ],
});
const school = (flows?: InternalFlow[]): ConsolidationMember => ({
  unitId: "school",
  name: "第一中学",
  inputs: inputs((i) => {
    i.income["2050203"] = { fiscal: 200_000n, superior: 30_000n, business: 5_000n };
    i.expenditure["2050203"] = { basic: 150_000n, project: 63_000n, toSuperior: 12_000n };
    i.fiscal.gpIncome = 200_000n;
    i.threePublic.actual.reception = 300n;
  }),
  flows: flows ?? [
    { line: "SUPERIOR_INCOME", counterpartUnitId: "base", code: "2050203", amount: 30_000n },
    { line: "TO_SUPERIOR", counterpartUnitId: "base", code: "2050203", amount: 12_000n },
  ],
});

describe("consolidate", () => {
  it("sums every input cell of the members and removes both sides of each internal flow", () => {
    const { inputs: c, findings, offsets } = consolidate([base(), school()], context);
    expect(findings).toEqual([]);
    expect(c.fiscal.gpIncome).toBe(300_000n);
    expect(c.threePublic.actual.reception).toBe(800n);
    // 上级补助收入 30,000 and 对附属单位补助支出 30,000 are gone; so are 附属单位上缴收入 and 上缴上级支出 12,000.
    expect(c.income["2050101"]).toEqual({ fiscal: 100_000n });
    expect(c.income["2050203"]).toEqual({ fiscal: 200_000n, business: 5_000n });
    expect(c.expenditure["2050101"]).toEqual({ basic: 70_000n });
    expect(c.expenditure["2050203"]).toEqual({ basic: 150_000n, project: 63_000n });
    expect(offsets.reduce((n, o) => n + o.fen, 0n)).toBe(84_000n);
  });

  it("keeps the rows in code order and a blank cell blank", () => {
    const { inputs: c } = consolidate([school(), base()], context);
    expect(Object.keys(c.income)).toEqual(["2050101", "2050203"]);
    expect(c.balances.nonFiscalOpening).toBeUndefined();
  });

  it("names both units, both amounts and the difference when the two sides of a flow disagree", () => {
    const { findings } = consolidate([base(), school([{ line: "SUPERIOR_INCOME", counterpartUnitId: "base", code: "2050203", amount: 30_000n }, { line: "TO_SUPERIOR", counterpartUnitId: "base", code: "2050203", amount: 10_000n }])], context);
    expect(findings.map((f) => f.message)).toEqual([
      "内部往来两边不一致：「第一中学」填报上缴上级支出（给「教育局本级」）100.00 元，「教育局本级」填报附属单位上缴收入（来自「第一中学」）120.00 元，相差 20.00 元",
    ]);
    expect(findings[0].unitIds).toEqual(["school", "base"]);
  });

  it("reports a flow stated by one side only", () => {
    const { findings } = consolidate([base(), school([])], context);
    expect(findings.map((f) => f.key).sort()).toEqual(["pair|base|TO_AFFILIATED|school", "pair|school|TO_SUPERIOR|base"]);
    expect(findings.find((f) => f.key === "pair|base|TO_AFFILIATED|school")!.message).toContain("「第一中学」填报上级补助收入（来自「教育局本级」）0.00 元，相差 300.00 元");
  });

  it("refuses to offset more than the amount the flow is part of, and says by how much", () => {
    const over = school([
      { line: "SUPERIOR_INCOME", counterpartUnitId: "base", code: "2050203", amount: 30_000n },
      { line: "TO_SUPERIOR", counterpartUnitId: "base", code: "2050203", amount: 12_000n },
      { line: "TO_SUPERIOR", counterpartUnitId: "base", code: "2050202", amount: 1_000n },
    ]);
    const { inputs: c, findings } = consolidate([base(), over], context);
    expect(findings.map((f) => f.message)).toContain("「第一中学」填报的内部往来中，上缴上级支出（科目 2050202「小学教育」）合计 10.00 元，超过其公开03表该科目的上缴上级支出 0.00 元，多出 10.00 元");
    expect(c.expenditure["2050202"]).toBeUndefined();
  });

  it("flags a member without a report and a flow with a unit outside the department", () => {
    const stranger = school([{ line: "TO_SUPERIOR", counterpartUnitId: "elsewhere", code: "2050203", amount: 12_000n }]);
    const { findings } = consolidate([base(), stranger, { unitId: "late", name: "招生考试院", inputs: null, flows: [] }], context);
    expect(findings.map((f) => f.key)).toEqual(expect.arrayContaining(["missing|late", "outside|school|elsewhere"]));
    expect(findings.find((f) => f.key === "missing|late")!.message).toContain("「招生考试院」还没有本年度的决算");
  });

  it("says so when a flow is with a member that is 并入本级", () => {
    const { findings } = consolidate([base(), { ...school(), unitId: "school2" }], { ...context, merged: new Map([["school", "第一中学"]]) });
    expect(findings.find((f) => f.key === "outside|base|school")!.message).toBe(
      "「教育局本级」填报了与「第一中学」的内部往来，但「第一中学」预算不单列、并入本级：它的收支已含在本级决算中，请删除该条，或将其改为单独汇总",
    );
  });

  it("of no members is an empty report", () => {
    expect(consolidate([], context)).toEqual({ inputs: emptyInputs(), findings: [], offsets: [] });
  });
});
