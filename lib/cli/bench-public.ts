/**
 * The public site's budgets (issue: publication), each beside a floor measured in the same run:
 * - a disclosure page under 20 concurrent clients: p95 < 100 ms and ≤ 2× the p95 of /api/health
 *   (one SELECT 1) under the same load;
 * - the public index over 5,000 published disclosures: p95 < 200 ms;
 * - rendering the seed's PDF < 5 s and its Excel file < 1 s (in process).
 */
import pg from "pg";
import type { BenchResult } from "./bench-rules";

const CLIENTS = 20;
const REQUESTS_PER_CLIENT = 15;
const PUBLISHED = 5000;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p95 of `CLIENTS` clients each fetching `paths` in turn, after one warm-up round. */
async function loadP95(base: string, paths: readonly string[]): Promise<number> {
  const fetchOne = async (path: string) => {
    const started = performance.now();
    const res = await fetch(base + path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`公开页面请求失败：${path} → HTTP ${res.status}`);
    return performance.now() - started;
  };
  for (const path of paths) await fetchOne(path);
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) times.push(await fetchOne(paths[(c + i) % paths.length]));
    }),
  );
  times.sort((a, b) => a - b);
  return percentile(times, 95);
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

export async function benchPublicSite(base: string): Promise<BenchResult[]> {
  const floor = await loadP95(base, ["/api/health"]);
  const pages = ["/disclosures/101001/2024", "/disclosures/101001/2024/v1", "/disclosures/BU1/2024", "/disclosures/BU2/2024/v1"];
  const page = await loadP95(base, pages);
  const index = await loadP95(base, ["/disclosures", "/disclosures?year=2024&page=30", "/disclosures?q=%E6%80%A7%E8%83%BD%E5%8D%95%E4%BD%8D12", "/disclosures?department=BD7"]);
  const ratio = page / floor;
  console.log(`公开页面（${CLIENTS} 并发）：p95 ${page.toFixed(1)} ms；同负载下 SELECT 1 路由 p95 ${floor.toFixed(1)} ms（比值 ${ratio.toFixed(2)}）`);
  console.log(`公开目录（${PUBLISHED} 份，${CLIENTS} 并发）：p95 ${index.toFixed(1)} ms（${(index / floor).toFixed(2)} × 底线）`);
  return [
    { name: `公开页面（${CLIENTS} 并发，p95）`, runs: CLIENTS * REQUESTS_PER_CLIENT, medianMs: page, maxMs: page, budgetMs: 100, ok: page < 100 },
    { name: "公开页面 ÷ SELECT 1 路由（p95 之比 ≤ 2）", runs: 1, medianMs: ratio, maxMs: ratio, budgetMs: 2, ok: ratio <= 2 },
    { name: `公开目录 ${PUBLISHED} 份（p95）`, runs: CLIENTS * REQUESTS_PER_CLIENT, medianMs: index, maxMs: index, budgetMs: 200, ok: index < 200 },
  ];
}
