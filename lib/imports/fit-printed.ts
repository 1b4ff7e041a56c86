/**
 * A published document prints every figure rounded to 0.01 万元, so its leaves (项, 经济分类款,
 * 三公 items) taken at face value often do not add up to its printed subtotals: 20805 + 20808 may
 * show 244.62 + 22.05 while 208 shows 266.68. The 元 amounts behind the document are unknown, but
 * each lies within half a printed unit (±50 元) of its printed figure. This picks, for each leaf,
 * an amount in that band such that every printed subtotal above it rounds to what is printed —
 * so an imported report renders the document's tables exactly — staying as close to the printed
 * figures as it can.
 *
 * Each column of each table is a tree of sums (合计 → 类 → 款 → 项, 人员经费 → 301 → 30101, 三公合计 →
 * 公务用车 → 购置费): every node's amount must lie in its printed band, and a parent is the sum of its
 * children. Bottom up, each node's reachable band is its own band intersected with the sum of its
 * children's; top down, each node's amount is split among its children within their bands. Where
 * the printed figures admit no such amounts (a real inconsistency) the leaves keep their printed
 * values and the comparison reports the difference.
 */
import type { Fen } from "../money";

/** Half a printed 0.01 万元, in 分: a printed figure p stands for amounts in [p − 5,000, p + 4,999]. */
const HALF = 5_000n;

export interface SumNode {
  /** The printed figure in 分 (hundredths of 万元 × 10,000); null when the cell is blank. */
  readonly printed: Fen | null;
  readonly children: readonly SumNode[];
  /** For a leaf: where its amount goes. */
  readonly assign?: (fen: Fen) => void;
}

interface Range {
  readonly lo: bigint;
  readonly hi: bigint;
}

// Amounts are never negative, so a printed 0.00 stands for 0 to 49.99 元.
const own = (n: SumNode): Range => (n.printed === null ? { lo: 0n, hi: 0n } : { lo: n.printed - HALF < 0n ? 0n : n.printed - HALF, hi: n.printed + HALF - 1n });
const natural = (n: SumNode): bigint => (n.children.length === 0 ? (n.printed ?? 0n) : n.children.reduce((s, c) => s + natural(c), 0n));
const clamp = (v: bigint, r: Range) => (v < r.lo ? r.lo : v > r.hi ? r.hi : v);

/** The amounts a node can take given its band and its children's; null when none. */
function reachable(n: SumNode, memo: Map<SumNode, Range | null>): Range | null {
  if (memo.has(n)) return memo.get(n)!;
  let range: Range | null = own(n);
  if (n.children.length > 0) {
    let lo = 0n;
    let hi = 0n;
    for (const c of n.children) {
      const r = reachable(c, memo);
      if (!r) {
        range = null;
        break;
      }
      lo += r.lo;
      hi += r.hi;
    }
    if (range) range = { lo: range.lo > lo ? range.lo : lo, hi: range.hi < hi ? range.hi : hi };
    if (range && range.lo > range.hi) range = null;
  }
  memo.set(n, range);
  return range;
}

function place(n: SumNode, target: bigint, memo: Map<SumNode, Range | null>): void {
  if (n.children.length === 0) {
    n.assign?.(target);
    return;
  }
  const ranges = n.children.map((c) => memo.get(c)!);
  const amounts = n.children.map((c, i) => clamp(natural(c), ranges[i]));
  let delta = target - amounts.reduce((s, a) => s + a, 0n);
  for (let i = 0; i < amounts.length && delta !== 0n; i++) {
    const room = delta > 0n ? ranges[i].hi - amounts[i] : ranges[i].lo - amounts[i];
    const step = delta > 0n ? (room < delta ? room : delta) : room > delta ? room : delta;
    amounts[i] += step;
    delta -= step;
  }
  n.children.forEach((c, i) => place(c, amounts[i], memo));
}

/**
 * Assigns the leaves of each tree so every printed node rounds to its figure. Returns false for a
 * tree the printed figures make impossible (its leaves are then assigned their printed values).
 */
export function fitTree(root: SumNode): boolean {
  const memo = new Map<SumNode, Range | null>();
  const range = reachable(root, memo);
  if (!range) {
    const plain = (n: SumNode) => (n.children.length === 0 ? n.assign?.(n.printed ?? 0n) : n.children.forEach(plain));
    plain(root);
    return false;
  }
  place(root, clamp(natural(root), range), memo);
  return true;
}
