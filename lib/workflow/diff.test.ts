import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";

const t = (cells: [string, string, string][]) => ({ cells });

describe("diffSnapshots", () => {
  it("lists changed, added and cleared cells, nothing else", () => {
    const before = { t03: t([["2010301", "basic", "100"], ["2010302", "project", "5"], ["2010350", "basic", "7"]]) };
    const after = { t03: t([["2010301", "basic", "150"], ["2010350", "basic", "7"], ["2010399", "project", "9"]]), t09: t([["budget", "abroad", "1"]]) };
    expect(diffSnapshots(before, after)).toEqual([
      { table: "t03", row: "2010301", column: "basic", before: 100n, after: 150n },
      { table: "t03", row: "2010302", column: "project", before: 5n, after: null },
      { table: "t03", row: "2010399", column: "project", before: null, after: 9n },
      { table: "t09", row: "budget", column: "abroad", before: null, after: 1n },
    ]);
  });

  it("finds nothing between equal snapshots", () => {
    const s = { t02: t([["2010301", "fiscal", "1"]]) };
    expect(diffSnapshots(s, structuredClone(s))).toEqual([]);
  });
});
