import { describe, expect, it } from "vitest";
import { fitTree, type SumNode } from "./fit-printed";

const W = 10_000n; // 分 per printed 0.01 万元
const rounds = (fen: bigint) => (fen + 5_000n) / W;

describe("fitting leaves to printed subtotals", () => {
  it("finds 元 amounts under which every printed subtotal rounds to its figure (208 = 266.68 over 244.62 + 22.05)", () => {
    const got: Record<string, bigint> = {};
    const leaf = (name: string, printed: bigint): SumNode => ({ printed: printed * W, children: [], assign: (fen) => (got[name] = fen) });
    const tree: SumNode = {
      printed: 26668n * W,
      children: [
        { printed: 24462n * W, children: [leaf("2080505", 16639n), leaf("2080506", 7823n)] },
        { printed: 2205n * W, children: [leaf("2080801", 2205n)] },
      ],
    };
    expect(fitTree(tree)).toBe(true);
    expect(rounds(got["2080505"] + got["2080506"] + got["2080801"])).toBe(26668n);
    expect(rounds(got["2080505"] + got["2080506"])).toBe(24462n);
    for (const [name, printed] of [["2080505", 16639n], ["2080506", 7823n], ["2080801", 2205n]] as const) {
      expect(rounds(got[name])).toBe(printed);
    }
  });

  it("keeps printed values where they already add up, and reports a tree no amounts can satisfy", () => {
    const got: bigint[] = [];
    const leaf = (printed: bigint): SumNode => ({ printed: printed * W, children: [], assign: (fen) => got.push(fen) });
    expect(fitTree({ printed: 300n * W, children: [leaf(100n), leaf(200n)] })).toBe(true);
    expect(got).toEqual([100n * W, 200n * W]);
    got.length = 0;
    // 1.00 + 2.00 can never round to 3.10.
    expect(fitTree({ printed: 310n * W, children: [leaf(100n), leaf(200n)] })).toBe(false);
    expect(got).toEqual([100n * W, 200n * W]);
  });

  it("never makes a printed 0.00 negative", () => {
    const got: bigint[] = [];
    const leaf = (printed: bigint): SumNode => ({ printed: printed * W, children: [], assign: (fen) => got.push(fen) });
    expect(fitTree({ printed: 101n * W, children: [leaf(0n), leaf(100n)] })).toBe(true);
    expect(got.every((fen) => fen >= 0n)).toBe(true);
    expect(rounds(got[0] + got[1])).toBe(101n);
  });
});
