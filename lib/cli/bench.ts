import "dotenv/config";
import { formatBench, measureRules, type BenchResult } from "./bench-rules";
import { freshDatabase } from "./prepare-db";
import { testDatabaseUrl } from "./test-env";

/**
 * `npm run bench`: the budgets the issues set, measured on this machine.
 * - rules (in process): seed < 5 ms, 500 coded rows < 50 ms, one 100-row table < 16 ms (medians)
 * - saving one table (validation, derivation, rules, write) with 20 concurrent clients: p95 < 100 ms
 * Runs against its own scratch database `<name>_bench`. Exits 1 when a budget is missed.
 */
const CLIENTS = 20;
const SAVES_PER_CLIENT = 25;
/** Unmeasured first saves per client: the budget is for a warm server, not JIT compilation. */
const WARM_UP_SAVES = 3;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function benchSaves(url: string): Promise<BenchResult> {
  process.env.DATABASE_URL = url;
  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("../db");
  const { saveReportTable } = await import("../reports/save-table");
  const { ensureUnit, ensureUser } = await import("../../prisma/factories");

  const items = (await db.subjectCode.findMany({ where: { year: 2024, kind: "FUNCTION", level: "ITEM" }, select: { code: true }, orderBy: { code: "asc" } })).map((s) => s.code);
  await ensureUnit(db, { code: "BENCH", name: "性能测试部门", isDepartment: true });
  const clients = [];
  for (let i = 0; i < CLIENTS; i++) {
    const unit = await ensureUnit(db, { code: `BENCH${i}`, name: `性能测试单位${i}`, parentCode: "BENCH" });
    const staff = await ensureUser(db, { login: `bench${i}`, displayName: `测试${i}`, password: "Bench2024x", role: "UNIT_STAFF", unitCode: unit.code });
    const report = await db.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
    clients.push({ user: { id: staff.id, login: staff.login, displayName: staff.displayName, role: staff.role, unitId: unit.id }, reportId: report.id });
  }

  const times: number[] = [];
  await Promise.all(
    clients.map(async (client, c) => {
      let version = 0;
      for (let s = 0; s < WARM_UP_SAVES + SAVES_PER_CLIENT; s++) {
        const cells = items.map((row, i) => ({ row, column: "fiscal", value: `${(c + 1) * 1000 + i * 7 + s}.25` }));
        const started = performance.now();
        const result = await saveReportTable(client.user, { reportId: client.reportId, table: "t02", baseVersion: version, cells });
        if (s >= WARM_UP_SAVES) times.push(performance.now() - started);
        version = result.version;
      }
    }),
  );
  await db.$disconnect();
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(`保存一张表（${items.length} 行，${CLIENTS} 个并发客户端 × ${SAVES_PER_CLIENT} 次）：p50 ${percentile(times, 50).toFixed(1)} ms，p95 ${p95.toFixed(1)} ms，最慢 ${times.at(-1)!.toFixed(1)} ms`);
  return { name: `保存一张表（${CLIENTS} 并发，p95）`, runs: times.length, medianMs: p95, maxMs: times.at(-1)!, budgetMs: 100, ok: p95 < 100 };
}

async function main() {
  console.log("▶ 规则与推导");
  const results = measureRules();
  console.log("▶ 准备性能测试数据库");
  const url = testDatabaseUrl("bench");
  await freshDatabase(url);
  console.log("▶ 并发保存");
  results.push(await benchSaves(url));
  console.log("");
  for (const line of formatBench(results)) console.log(line);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
