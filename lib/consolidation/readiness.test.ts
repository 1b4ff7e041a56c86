import { describe, expect, it } from "vitest";
import { readinessProblems, staleReasons, type DepartmentReadiness } from "./readiness";

const member = (unitId: string, stamp: string | null, merged = false) => ({ unitId, name: `单位${unitId}`, merged, reportId: stamp ? `r${unitId}` : null, stamp });

describe("staleReasons", () => {
  const recorded = [member("a", "s1"), member("b", "s2"), member("c", null, true)];
  it("is empty while every member is as the consolidation read it", () => {
    expect(staleReasons(recorded, recorded)).toEqual([]);
  });
  it("names the member whose data changed, one added, one switched to 并入本级, and counts those removed", () => {
    expect(staleReasons(recorded, [member("a", "s1*"), member("b", "s2", true), member("d", "s4")])).toEqual([
      "「单位a」的决算数据在汇总后有变动",
      "「单位b」改为并入本级",
      "新增成员单位「单位d」",
      "移出成员单位 1 个",
    ]);
  });
  it("ignores a merged member's own report: its money is in 本级's", () => {
    expect(staleReasons(recorded, [member("a", "s1"), member("b", "s2"), { ...member("c", "x", true) }])).toEqual([]);
  });
  it("sees a member that created its report after the consolidation", () => {
    const before = [member("a", null)];
    expect(staleReasons(before, [member("a", "s1")])).toEqual(["「单位a」的决算数据在汇总后有变动"]);
  });
});

describe("readinessProblems", () => {
  const ready: DepartmentReadiness = { consolidatedAt: new Date(0), unapproved: [], stale: [], findings: [], memberCount: 3 };
  it("has nothing to say about a department whose members are approved and whose consolidation is current", () => {
    expect(readinessProblems(ready)).toEqual([]);
  });
  it("lists what is still to do, in order", () => {
    expect(readinessProblems({ ...ready, consolidatedAt: null, unapproved: ["「一中」（已上报）"] })).toEqual(["成员单位的决算须先经部门审核通过：「一中」（已上报）", "尚未汇总成员单位的决算"]);
    expect(readinessProblems({ ...ready, stale: ["「一中」的决算数据在汇总后有变动"], findings: [{ key: "k", message: "内部往来两边不一致", unitIds: [] }] })).toEqual([
      "汇总已过期，请重新汇总：「一中」的决算数据在汇总后有变动",
      "内部往来两边不一致",
    ]);
    expect(readinessProblems({ ...ready, memberCount: 0 })).toEqual(["部门决算还没有成员单位"]);
  });
});
