import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { chromium } from "@playwright/test";
import { createDatabase } from "../../prisma/client";
import { ensureHundredRowReport, ensureUnit, ensureUser } from "../../prisma/factories";
import { authSecret } from "../auth/secret";
import { measureKeystrokes, median } from "./keystroke";
import { formatBench, measureRules, type BenchResult } from "./bench-rules";
import { benchPublicSite, percentile, seedPublications } from "./bench-public";
import { freshDatabase } from "./prepare-db";
import { testDatabaseUrl } from "./test-env";

/**
 * `npm run bench`: the budgets the issues set, measured on this machine.
 * - rules (in process): seed < 5 ms, 500 coded rows < 50 ms, one 100-row table < 16 ms (medians)
 * - saving one table (validation, derivation, rules, write) with 20 concurrent clients: p95 < 100 ms
 * - the reviewer dashboard over 5,000 units, real HTTP against a production build: p95 < 300 ms
 * - a keystroke in a 100-row table to its derived 合计, in chromium: median < 16 ms (e2e only
 *   checks that the table works; timings belong here)
 * Runs against its own scratch database `<name>_bench`. Exits 1 when a budget is missed.
 */
const CLIENTS = 20;
const SAVES_PER_CLIENT = 25;
/** Unmeasured first saves per client: the budget is for a warm server, not JIT compilation. */
const WARM_UP_SAVES = 3;

async function benchSaves(url: string): Promise<BenchResult> {
  process.env.DATABASE_URL = url;
  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("../db");
  const { saveReportTable } = await import("../operations/tables/save-table");

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

const UNITS = 5000;
const DEPARTMENTS = 50;
const DASHBOARD_REQUESTS = 60;
const BENCH_PORT = Number(process.env.BENCH_PORT || 3190);

/** 5,000 units under 50 departments, each with a 2024 report in some status, seeded in SQL. */
async function seedUnits(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Unit" (id, code, name, kind, "isDepartment", path, "updatedAt")
      SELECT 'bd' || d, 'BD' || d, '性能部门' || d, 'ADMINISTRATIVE', true, '/bd' || d || '/', now() FROM generate_series(1, ${DEPARTMENTS}) d`);
    await client.query(`INSERT INTO "Unit" (id, code, name, kind, "isDepartment", "parentId", path, "updatedAt")
      SELECT 'bu' || n, 'BU' || n, '性能单位' || n, 'INSTITUTION', false, 'bd' || (n % ${DEPARTMENTS} + 1), '/bd' || (n % ${DEPARTMENTS} + 1) || '/bu' || n || '/', now()
      FROM generate_series(1, ${UNITS}) n`);
    await client.query(`INSERT INTO "Report" (id, "unitId", year, "templateId", status, version, "submittedAt", "approvedAt", "updatedAt")
      SELECT 'br' || n, 'bu' || n, 2024, 'shandong-2024',
        (ARRAY['DRAFT','SUBMITTED','RETURNED','APPROVED','PUBLISHED'])[n % 5 + 1]::"ReportStatus", 1,
        CASE WHEN n % 5 IN (1, 3, 4) THEN now() - (n % 40) * interval '1 day' END,
        CASE WHEN n % 5 IN (3, 4) THEN now() - (n % 30) * interval '1 day' END, now()
      FROM generate_series(1, ${UNITS}) n WHERE n % 10 <> 0`);
    const { rows } = await client.query<{ id: string }>(`INSERT INTO "User" (id, login, "displayName", "passwordHash", role, "updatedAt")
      VALUES ('bench-reviewer', 'bench-reviewer', '性能审核员', 'x', 'REVIEWER', now()) RETURNING id`);
    await client.query(`INSERT INTO "ReviewerScope" (id, "userId", "unitId", "includeSubtree") SELECT 'bs' || d, 'bench-reviewer', 'bd' || d, true FROM generate_series(1, ${DEPARTMENTS}) d`);
    await client.query("ANALYZE");
    return rows[0].id;
  } finally {
    await client.end();
  }
}

async function benchServer(url: string): Promise<BenchResult[]> {
  const reviewerId = await seedUnits(url);
  await seedPublications(url);
  // The production server needs a real signing key; this process mints cookies with the same one.
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
  const env = { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  console.log("  构建应用（.next-bench）…");
  const build = spawnSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("构建失败");
  const server = await startServer(env, BENCH_PORT);
  try {
    const base = server.base;
    const token = await encode({ token: { sub: reviewerId, uid: reviewerId, role: "REVIEWER", epoch: 0, name: "性能审核员", signedInAt: Math.floor(Date.now() / 1000) }, secret: authSecret() });
    const headers = { cookie: `next-auth.session-token=${token}` };
    const paths = ["/review?year=2024", "/review?year=2024&status=SUBMITTED", "/review?year=2024&status=OVERDUE", "/review?year=2024&dept=bd7", "/review?year=2024&page=40"];
    for (const path of paths) {
      const res = await fetch(base + path, { headers });
      const html = await res.text();
      if (res.status !== 200 || !html.includes("审核工作台")) throw new Error(`审核工作台请求失败：${path} → HTTP ${res.status}`);
    }
    const times: number[] = [];
    for (let i = 0; i < DASHBOARD_REQUESTS; i++) {
      const started = performance.now();
      const res = await fetch(base + paths[i % paths.length], { headers });
      await res.text();
      times.push(performance.now() - started);
    }
    times.sort((x, y) => x - y);
    const p95 = percentile(times, 95);
    console.log(`审核工作台（${UNITS} 个单位，HTTP，${DASHBOARD_REQUESTS} 次）：p50 ${percentile(times, 50).toFixed(1)} ms，p95 ${p95.toFixed(1)} ms`);
    const dashboard = { name: `审核工作台 ${UNITS} 单位（p95）`, runs: times.length, medianMs: p95, maxMs: times.at(-1)!, budgetMs: 300, ok: p95 < 300 };
    // The public site as deployed behind a compressing proxy (COMPRESS=0, docs/operations.md) is
    // what is budgeted; compressing in the app itself is measured beside it for reference.
    const inApp = await benchPublicSite(base, { gated: false, label: "应用内压缩" });
    const behindProxy = await startServer({ ...env, COMPRESS: "0" }, BENCH_PORT + 1);
    let proxied: BenchResult[];
    try {
      proxied = await benchPublicSite(behindProxy.base, { gated: true, label: "代理压缩" });
    } finally {
      behindProxy.stop();
    }
    return [dashboard, ...proxied, ...inApp, await benchKeystroke(url, base)];
  } finally {
    server.stop();
  }
}

/** `next start` of the bench build on a port, answering once /login does. */
async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<{ base: string; stop: () => void }> {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/login`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  return { base, stop };
}

/** In Debian's chromium: a keystroke in a 100-row table, to its derived 合计, median < 16 ms. */
async function benchKeystroke(url: string, base: string): Promise<BenchResult> {
  const { db, pool } = createDatabase(url, 2);
  const unit = await ensureUnit(db, { code: "BENCHKEY", name: "按键性能单位" });
  const staff = await ensureUser(db, { login: "bench-key", displayName: "按键测试", password: "Bench2024x", role: "UNIT_STAFF", unitCode: unit.code });
  const report = await ensureHundredRowReport(db, 2096, unit.id);
  await db.$disconnect();
  await pool.end();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    const token = await encode({ token: { sub: staff.id, uid: staff.id, role: "UNIT_STAFF", epoch: 0, name: staff.displayName, signedInAt: Math.floor(Date.now() / 1000) }, secret: authSecret() });
    await context.addCookies([{ name: "next-auth.session-token", value: token, domain: "127.0.0.1", path: "/" }]);
    const page = await context.newPage();
    await page.goto(`${base}/reports/${report.id}`);
    // A click before hydration is lost (components/hydration-marker.tsx).
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await page.getByRole("tab", { name: /03 支出/ }).click();
    await page.locator('input[data-cell="t03:2010310:basic"]').waitFor();
    const times = await measureKeystrokes(page, "t03:2010310:basic", 40);
    const m = median(times);
    console.log(`100 行表格按键到合计更新（浏览器内）：中位数 ${m.toFixed(1)} ms，最慢 ${Math.max(...times).toFixed(1)} ms`);
    return { name: "按键更新 100 行表格（浏览器）", runs: times.length, medianMs: m, maxMs: Math.max(...times), budgetMs: 16, ok: m < 16 };
  } finally {
    await browser.close();
  }
}

/** The seed's PDF (< 5 s) and Excel file (< 1 s), rendered in process: the median of a few runs after one warm-up. */
async function measureRenders(): Promise<BenchResult[]> {
  const { renderDisclosurePdf } = await import("../disclosure/pdf");
  const { renderDisclosureXlsx } = await import("../disclosure/xlsx");
  const { seedDisclosure } = await import("../disclosure/seed-model");
  const { SEED_PUBLICATION_META } = await import("../disclosure/publication-meta");
  const { model } = seedDisclosure();
  const time = async (name: string, budgetMs: number, runs: number, work: () => Promise<unknown>): Promise<BenchResult> => {
    await work();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const m = median(times);
    return { name, runs, medianMs: m, maxMs: times.at(-1)!, budgetMs, ok: m < budgetMs };
  };
  return [
    await time("种子报表 PDF 生成", 5000, 3, () => renderDisclosurePdf(model, SEED_PUBLICATION_META)),
    await time("种子报表 Excel 生成", 1000, 5, () => renderDisclosureXlsx(model, SEED_PUBLICATION_META)),
  ];
}

/** `npm run bench -- saves` runs only the rules and the concurrent saves (quicker to iterate on). */
async function main() {
  const only = process.argv[2];
  console.log("▶ 规则与推导");
  const results = measureRules();
  console.log("▶ 公开文件生成");
  results.push(...(await measureRenders()));
  console.log("▶ 准备性能测试数据库");
  const url = testDatabaseUrl("bench");
  await freshDatabase(url);
  console.log("▶ 并发保存");
  results.push(await benchSaves(url));
  if (only !== "saves") {
    console.log("▶ 审核工作台与浏览器按键");
    results.push(...(await benchServer(url)));
  }
  console.log("");
  for (const line of formatBench(results)) console.log(line);
  process.exit(results.every((r) => r.ok || r.gate === false) ? 0 : 1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
