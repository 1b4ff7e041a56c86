/**
 * The public site's budgets, each against a floor measured in the same run: /api/health (one
 * SELECT 1) under the same 20 concurrent clients, in rounds alternating with the measured pages
 * (lib/cli/bench-http.ts).
 * What passes or fails is the ratio — a disclosure page and the index over 5,000 published
 * disclosures at most 2× the floor's p95 — because on a shared 2-core machine the floor itself
 * moves by 2× from run to run. The absolute p95s (budgets 100 ms and 200 ms) are printed beside
 * them for reference. The PDF and Excel budgets are in bench.ts.
 */
import pg from "pg";
import { againstFloor, sendOk, type FloorComparison } from "./bench-http";
import { judged, type BenchResult } from "./bench-rules";

const CLIENTS = 20;
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 4;
const PUBLISHED = 5000;

/** 5,000 published versions copied from the seed's real one (same content, other units), in SQL. */
export async function seedPublications(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Publication" (id, "reportId", number, "unitCode", "unitName", "departmentCode", "departmentName", year, "publishedAt", "publishedById",
        "secrecyReviewedBy", "secrecyReviewedAt", "signedOffBy", "signedOffAt", content, "openData", pdf, xlsx, current)
      SELECT 'bp' || n, 'br' || n, 1, 'BU' || n, '性能单位' || n, 'BD' || (n % 50 + 1), '性能部门' || (n % 50 + 1), 2024, now() - n * interval '1 minute', p."publishedById",
        p."secrecyReviewedBy", p."secrecyReviewedAt", p."signedOffBy", p."signedOffAt", p.content, p."openData", p.pdf, p.xlsx, true
      FROM generate_series(1, ${PUBLISHED}) n, (SELECT * FROM "Publication" WHERE "unitCode" = '101001' AND number = 1) p
      WHERE EXISTS (SELECT 1 FROM "Report" WHERE id = 'br' || n)`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/** A comparison as a bench row: the ratio of p95s, the absolute p95 beside it. */
export function floorRow(name: string, c: FloorComparison, budget: { ms: number; ratio: number; gate?: boolean; knownMiss?: string; guard?: number }): BenchResult {
  return judged({ name, runs: c.runs, medianMs: c.medianMs, p95Ms: c.p95, floorMs: c.floorP95, ratio: c.ratio }, budget);
}

export function describeComparison(label: string, c: FloorComparison): string {
  return `${label}：p95 ${c.p95.toFixed(1)} ms，底线 p95 ${c.floorP95.toFixed(1)} ms；各轮 p95 ÷ 底线：${c.ratios.map((r) => r.toFixed(2)).join("、")}（中位 ${c.ratio.toFixed(2)}）`;
}

export async function benchPublicSite(base: string, options: { gated: boolean; label: string }): Promise<BenchResult[]> {
  const { label } = options;
  const pagePaths = ["/disclosures/101001/2024", "/disclosures/101001/2024/v1", "/disclosures/BU1/2024", "/disclosures/BU2/2024/v1"];
  const indexPaths = ["/disclosures", "/disclosures?year=2024&page=30", "/disclosures?q=%E6%80%A7%E8%83%BD%E5%8D%95%E4%BD%8D12", "/disclosures?department=BD7"];
  // Warm-up: every page rendered once (the first request of a version renders it into the cache).
  for (const path of [...pagePaths, ...indexPaths]) await sendOk(base, { path });
  const shape = { clients: CLIENTS, rounds: ROUNDS, perRound: REQUESTS_PER_ROUND };
  const page = await againstFloor(base, shape, async (c, i) => (await sendOk(base, { path: pagePaths[(c + i) % pagePaths.length] })).ms);
  const index = await againstFloor(base, shape, async (c, i) => (await sendOk(base, { path: indexPaths[(c + i) % indexPaths.length] })).ms);
  console.log(`【${label}】${describeComparison("公开页面", page)}`);
  console.log(`【${label}】${describeComparison(`公开目录（${PUBLISHED} 份）`, index)}`);
  const gate = options.gated ? {} : { gate: false };
  return [
    floorRow(`${label}：公开页面（${CLIENTS} 并发）`, page, { ms: 100, ratio: 2, ...gate }),
    floorRow(`${label}：公开目录 ${PUBLISHED} 份（${CLIENTS} 并发）`, index, { ms: 200, ratio: 2, ...gate }),
  ];
}
