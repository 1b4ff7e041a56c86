/**
 * Times derivation and the rule check against their budgets:
 * - the seed report, derive + every rule: < 5 ms (median)
 * - the seed report, every check of checkReport (tables, 情况说明, 绩效) as a save or the gate
 *   runs it, on documents freshly read from JSON: < 15 ms (measured 5–9 ms on a quiet 2-core machine)
 * - a synthetic report with 500 coded rows, derive + every rule: < 50 ms
 * - one 100-row table derived alone, as the editor does on each keystroke: < 16 ms
 * Run: npx tsx lib/cli/bench-rules.ts  (exits 1 when a median is over budget)
 */
import { pathToFileURL } from "node:url";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../performance/seed/stored-record";
import { deriveAndCheck } from "../rules";
import { checkReport } from "../rules/report-check";
import { deriveTable } from "../tables/derive";
import { syntheticReport } from "../tables/seed/synthetic";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";

export interface BenchResult {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly budgetMs: number;
  readonly ok: boolean;
  /** "×" for a ratio to a floor measured in the same run; milliseconds otherwise. */
  readonly unit?: "ms" | "×";
  /** false: printed for reference, not a pass/fail budget (an absolute time the floor itself exceeds). */
  readonly gate?: boolean;
}

/** Budgets are for steady state (the editor re-derives on every keystroke), so warm up first. */
function warmUp(work: () => unknown): void {
  const until = performance.now() + 300;
  for (let i = 0; i < 500 && performance.now() < until; i++) work();
}

function measure(name: string, budgetMs: number, runs: number, work: () => unknown): BenchResult {
  warmUp(work);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  return { name, runs, medianMs, maxMs: times[times.length - 1], budgetMs, ok: medianMs < budgetMs };
}

// As a request reads them: new objects every time, so nothing is reused from the previous run.
const narrativeJson = JSON.stringify(ZAOZHUANG_2024_NARRATIVE_RECORD);
const performanceJson = JSON.stringify(ZAOZHUANG_2024_PERFORMANCE_RECORD);
const seedDocuments = () => ({
  template: shandong2024,
  names: zaozhuang2024SubjectNames,
  inputs: zaozhuang2024Inputs,
  unitName: "枣庄市人民政府办公室本级",
  year: 2024,
  narrative: JSON.parse(narrativeJson) as unknown as { overview: unknown; facts: unknown },
  performance: JSON.parse(performanceJson) as unknown,
});

export function measureRules(options: { runs?: number } = {}): BenchResult[] {
  const runs = options.runs ?? 100;
  const large = syntheticReport(shandong2024, 500);
  const table = syntheticReport(shandong2024, 100);
  return [
    measure("种子报表：推导 + 全部规则", 5, runs, () => deriveAndCheck(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs)),
    measure("种子报表：全部检查（表、情况说明、绩效）", 15, runs, () => checkReport(seedDocuments())),
    measure("500 行编码科目：推导 + 全部规则", 50, runs, () => deriveAndCheck(shandong2024, large.names, large.inputs)),
    measure("单表推导：公开03表 100 行", 16, runs, () => deriveTable(shandong2024, table.names, table.inputs, "t03")),
  ];
}

export function formatBench(results: readonly BenchResult[]): string[] {
  const width = Math.max(...results.map((r) => r.name.length)) + 2;
  return [
    `${"场景".padEnd(width, "　")}  中位数   p95/最慢     预算    结果`,
    ...results.map((r) => {
      const unit = (r.unit ?? "ms").padEnd(2);
      const verdict = r.gate === false ? `参考${r.ok ? "" : "（未达绝对预算）"}` : r.ok ? "通过" : "超出预算";
      return `${r.name.padEnd(width, "　")}  ${r.medianMs.toFixed(2).padStart(6)} ${unit}  ${r.maxMs.toFixed(2).padStart(6)} ${unit}  ${String(r.budgetMs).padStart(3)} ${unit}  ${verdict}`;
    }),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = measureRules();
  for (const line of formatBench(results)) console.log(line);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
