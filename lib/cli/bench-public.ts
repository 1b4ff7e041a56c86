/**
 * The public site's budgets, each against a floor measured in the same run: /api/health (one
 * SELECT 1) under the same 20 concurrent clients, in rounds alternating with the measured pages.
 * What passes or fails is the ratio — a disclosure page and the index over 5,000 published
 * disclosures at most 2× the floor's p95 — because on a shared 2-core machine the floor itself
 * moves by 2× from run to run. The absolute p95s (budgets 100 ms and 200 ms) are printed beside
 * them for reference. The PDF and Excel budgets are in bench.ts.
 */
import http from "node:http";
import pg from "pg";
import type { BenchResult } from "./bench-rules";
import { median } from "./keystroke";

const CLIENTS = 20;
/** Floor, page and index are measured in alternating rounds, so a change in the machine's load hits all three alike. */
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 4;
const PUBLISHED = 5000;

export function percentile(sorted: readonly number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const p95 = (times: readonly number[]) => percentile([...times].sort((a, b) => a - b), 95);

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

/**
 * One GET as a load generator makes it (wrk, autocannon): gzip accepted as a browser does, the
 * bytes read and not decompressed — decompressing is the reader's machine's work, and here the
 * client shares the server's two cores.
 */
function get(base: string, path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`公开页面请求失败：${path} → HTTP ${res.statusCode}`))));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** `CLIENTS` clients each fetching `paths` in turn; the time of every request. */
async function load(base: string, paths: readonly string[], perClient: number): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < perClient; i++) times.push(await get(base, paths[(c + i) % paths.length]));
    }),
  );
  return times;
}

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

export async function benchPublicSite(base: string, options: { gated: boolean; label: string }): Promise<BenchResult[]> {
  const { label } = options;
  const floorPaths = ["/api/health"];
  const pagePaths = ["/disclosures/101001/2024", "/disclosures/101001/2024/v1", "/disclosures/BU1/2024", "/disclosures/BU2/2024/v1"];
  const indexPaths = ["/disclosures", "/disclosures?year=2024&page=30", "/disclosures?q=%E6%80%A7%E8%83%BD%E5%8D%95%E4%BD%8D12", "/disclosures?department=BD7"];
  // Warm-up: every page rendered once (the first request of a version renders it into the cache).
  for (const paths of [floorPaths, pagePaths, indexPaths]) await load(base, paths, paths.length);

  const all = { floor: [] as number[], page: [] as number[], index: [] as number[] };
  const ratios = { page: [] as number[], index: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const floor = await load(base, floorPaths, REQUESTS_PER_ROUND);
    const page = await load(base, pagePaths, REQUESTS_PER_ROUND);
    const index = await load(base, indexPaths, REQUESTS_PER_ROUND);
    all.floor.push(...floor);
    all.page.push(...page);
    all.index.push(...index);
    ratios.page.push(p95(page) / p95(floor));
    ratios.index.push(p95(index) / p95(floor));
  }
  const floor = p95(all.floor);
  const page = p95(all.page);
  const index = p95(all.index);
  const runs = CLIENTS * REQUESTS_PER_ROUND * ROUNDS;
  const pageRatio = median(ratios.page);
  const indexRatio = median(ratios.index);
  console.log(`【${label}】底线：SELECT 1 路由（${CLIENTS} 并发）p95 ${floor.toFixed(1)} ms`);
  console.log(`【${label}】公开页面：p95 ${page.toFixed(1)} ms；各轮 p95 ÷ 底线：${ratios.page.map((r) => r.toFixed(2)).join("、")}（中位 ${pageRatio.toFixed(2)}）`);
  console.log(`【${label}】公开目录（${PUBLISHED} 份）：p95 ${index.toFixed(1)} ms；各轮 p95 ÷ 底线：${ratios.index.map((r) => r.toFixed(2)).join("、")}（中位 ${indexRatio.toFixed(2)}）`);
  const gate = options.gated ? {} : { gate: false };
  return [
    { name: `${label}：底线 SELECT 1（${CLIENTS} 并发，p95）`, runs, medianMs: median(all.floor), maxMs: floor, budgetMs: 100, ok: floor < 100, gate: false },
    { name: `${label}：公开页面 ÷ 底线（p95）`, runs, medianMs: pageRatio, maxMs: Math.max(...ratios.page), budgetMs: 2, ok: pageRatio <= 2, unit: "×", ...gate },
    { name: `${label}：公开页面（${CLIENTS} 并发，p95）`, runs, medianMs: median(all.page), maxMs: page, budgetMs: 100, ok: page < 100, gate: false },
    { name: `${label}：公开目录 ${PUBLISHED} 份 ÷ 底线（p95）`, runs, medianMs: indexRatio, maxMs: Math.max(...ratios.index), budgetMs: 2, ok: indexRatio <= 2, unit: "×", ...gate },
    { name: `${label}：公开目录 ${PUBLISHED} 份（p95）`, runs, medianMs: median(all.index), maxMs: index, budgetMs: 200, ok: index < 200, gate: false },
  ];
}
