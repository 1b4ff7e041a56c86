import "dotenv/config";
import pg from "pg";
import { createDatabase } from "../../prisma/client";
import { ensureUser } from "../../prisma/factories";
import { databaseLocation } from "../database-url";
import { concurrently, send, type HttpResult } from "./bench-http";
import { benchEnv, buildApp, itemCodes, saveOverHttp, saveTableAction, seedStaff, startServer, type SaveOutcome, type StaffClient } from "./bench-server";
import { ensureEmbeddedServer, stopEmbeddedServer } from "./embedded-pg";
import { freshDatabase } from "./prepare-db";
import { sessionCookieHeader } from "./session-cookie";
import { median, p95 } from "./stats";
import { testDatabaseUrl } from "./test-env";

/**
 * `npm run load`: 50 staff saving 公开02 of their own reports through the server action and 10
 * reviewers reading their dashboards, each about once a second, for 60 s, against a production
 * build on loopback.
 * Pass: no 5xx; save p95 ≤ 3× a floor (/api/health, one SELECT 1) measured by one more client
 * during the same run; dashboard p95 ≤ 10× that floor, a guard against regressions (the issue's
 * 2× is printed and not met, docs/decisions/012; its old 300 ms beside it); and no lost or
 * mixed-up write — afterwards each report's stored 公开02 is exactly the last save acknowledged
 * for it, at the version acknowledged, with one audit entry per save.
 *
 * `npm run load -- --fault`: the same, with the embedded PostgreSQL stopped 20 s in and started
 * again 15 s later. Pass: every request during the outage is answered within 10 s with an error
 * (a clear message, not a hang), the app server stays up, a save succeeds again within 10 s of the
 * database's return, and no report holds a partial save: each stored 公开02 is one whole save —
 * the last acknowledged one, or one sent after it whose answer was lost in the outage.
 */
const STAFF = 50;
const REVIEWERS = 10;
const DURATION_MS = Number(process.env.LOAD_SECONDS || 60) * 1000;
const FAULT_AT_MS = 20_000;
const OUTAGE_MS = 15_000;
const ANSWER_WITHIN_MS = 10_000;
const DASHBOARD_BUDGET_MS = 300;
/**
 * The dashboard's gate here, as a ratio like every other (an absolute time failed on a day this
 * shared machine ran 3× slower, the code unchanged): 5.5–6.7× was measured on 2026-12-08, 6.1× on
 * 2026-12-04, so 10× leaves headroom and still catches a page that doubles its cost.
 */
const DASHBOARD_GUARD_RATIO = 10;
const PORT = Number(process.env.LOAD_PORT || 3193);
/**
 * Each simulated person's pause between two requests, jittered ±50% (LOAD_THINK_MS; 0 runs the
 * server saturated). 1 s is already far busier than people at work: a save a second per person.
 */
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1000);
const think = () => (THINK_MS > 0 ? new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random()))) : Promise.resolve());

/** What an error answer must never show: database text, driver errors, stack frames. */
const LEAK = /prisma|ECONNREFUSED|Can't reach database|invocation|\bat [\w.<>]+ \(|node_modules/i;

type Cells = { row: string; column: string; value: string }[];

interface StaffState {
  readonly client: StaffClient;
  version: number;
  acked: Cells | null;
  ackedVersion: number;
  /** Saves sent after the last acknowledged one whose answer was an error: any may have committed. */
  unacknowledged: Cells[];
  saves: number;
}

const fenOf = (value: string) => BigInt(value.replace(".", ""));
const cellKey = (cells: readonly (readonly [string, string, string])[]) => cells.map((c) => c.join("|")).sort().join(";");
const asStored = (cells: Cells) => cellKey(cells.map((c) => [c.row, c.column, fenOf(c.value).toString()] as const));

async function storedVersion(url: string, reportId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM "ReportTable" WHERE "reportId" = $1 AND "tableKey" = 't02'`, [reportId]);
    return rows[0]?.version ?? 0;
  } finally {
    await client.end();
  }
}

async function main() {
  const fault = process.argv.includes("--fault");
  const location = databaseLocation();
  if (fault && !location.embedded) throw new Error("故障测试需要停止并重启数据库，只能对内置 PostgreSQL 运行（不要设置 DATABASE_URL）");
  console.log(`▶ 准备负载测试数据库${fault ? "（故障模式）" : ""}`);
  const url = testDatabaseUrl("load");
  // First: it fixes the signing key the cookies below are minted with.
  const env = benchEnv(url);
  await freshDatabase(url);
  const items = await itemCodes(url);
  const staff = await seedStaff(url, "LOAD", STAFF);
  const { db, pool } = createDatabase(url, 2);
  const reviewers: string[] = [];
  for (let i = 0; i < REVIEWERS; i++) {
    const user = await ensureUser(db, { login: `load-reviewer${i}`, displayName: `负载审核员${i}`, password: "Bench2024x", role: "REVIEWER", scopeUnitCodes: ["LOAD"] });
    reviewers.push(await sessionCookieHeader(user));
  }
  await db.$disconnect();
  await pool.end();

  buildApp(env);
  const server = await startServer(env, PORT);
  const action = saveTableAction();
  const states: StaffState[] = staff.map((client) => ({ client, version: 0, acked: null, ackedVersion: 0, unacknowledged: [], saves: 0 }));
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const saveTimes: number[] = [];
  const dashboardTimes: number[] = [];
  const floorTimes: number[] = [];
  const outage = { from: Infinity, to: Infinity, answeredSlowly: 0, answeredOk: 0, answeredError: 0, firstSaveAfter: Infinity };
  const failures: string[] = [];
  const inOutage = (at: number) => at >= outage.from && at < outage.to;
  /** The outage and the time the app is allowed to take to recover from it. */
  const nearOutage = (at: number) => at >= outage.from && at < outage.to + ANSWER_WITHIN_MS;
  let fiveXXOutside = 0;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const running = () => elapsed() < DURATION_MS;

  /** Whatever happened to one request, as the test sees it. */
  const observe = (sentAt: number, res: { ms: number; status: number } | null, ok: boolean) => {
    if (inOutage(sentAt)) {
      if (!res) outage.answeredSlowly++;
      else if (ok) outage.answeredOk++;
      else outage.answeredError++;
    }
    if (res) count(res.status);
    if (res && res.status >= 500 && !nearOutage(sentAt)) fiveXXOutside++;
  };

  const staffLoop = async (state: StaffState, c: number) => {
    for (let s = 0; running(); s++) {
      await think();
      const cells = items.map((row, i) => ({ row, column: "fiscal", value: `${(c + 1) * 10_000 + i * 13 + s}.${String(s % 100).padStart(2, "0")}` }));
      const sentAt = elapsed();
      let out: SaveOutcome | null = null;
      try {
        out = await saveOverHttp(server.base, action, state.client, state.version, cells, ANSWER_WITHIN_MS);
      } catch (e) {
        if (!nearOutage(sentAt)) failures.push(`保存请求出错（${state.client.login}）：${(e as Error).message}`);
      }
      observe(sentAt, out, out?.version != null);
      if (out && out.version === null && out.message && LEAK.test(out.message)) failures.push(`保存的错误信息透露了内部信息：${out.message}`);
      if (out?.version != null) {
        state.version = out.version;
        state.acked = cells;
        state.ackedVersion = out.version;
        state.unacknowledged = [];
        state.saves++;
        if (!inOutage(sentAt)) saveTimes.push(out.ms);
        if (sentAt >= outage.to) outage.firstSaveAfter = Math.min(outage.firstSaveAfter, elapsed() - outage.to);
      } else {
        if (out?.code === "CONFLICT" && fault && state.unacknowledged.length) {
          // An answer lost in the outage was a commit: the page would reload and show that version.
          state.version = await storedVersion(url, state.client.reportId);
          continue;
        }
        state.unacknowledged.push(cells);
        if (out?.code === "CONFLICT") failures.push(`${state.client.login} 的保存被判为冲突：只有它写这张表，冲突说明有写入丢失或串号`);
        else if (!nearOutage(sentAt)) failures.push(`${state.client.login} 的保存失败：HTTP ${out?.status} ${out?.code ?? ""}`);
        if (fault) await new Promise((r) => setTimeout(r, 200));
      }
    }
  };

  const getLoop = async (path: string, cookie: string | undefined, times: number[], pause = think) => {
    while (running()) {
      await pause();
      const sentAt = elapsed();
      let res: HttpResult | null = null;
      try {
        res = await send(server.base, { path, headers: cookie ? { cookie } : {}, timeoutMs: ANSWER_WITHIN_MS, keepBody: fault });
      } catch (e) {
        if (!nearOutage(sentAt)) failures.push(`请求出错 ${path}：${(e as Error).message}`);
      }
      observe(sentAt, res, res?.status === 200);
      if (res && res.status !== 200 && LEAK.test(res.body)) failures.push(`${path} 的错误页透露了内部信息：${res.body.match(LEAK)![0]}`);
      if (res && !inOutage(sentAt)) {
        if (res.status === 200) times.push(res.ms);
        else if (!nearOutage(sentAt)) failures.push(`${path} → HTTP ${res.status}`);
      }
      if (fault && res && res.status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
  };

  const faultLoop = async () => {
    if (!fault) return;
    await new Promise((r) => setTimeout(r, FAULT_AT_MS));
    console.log(`  ${(elapsed() / 1000).toFixed(1)} s：停止数据库`);
    outage.from = elapsed();
    await stopEmbeddedServer(location);
    await new Promise((r) => setTimeout(r, OUTAGE_MS / 2));
    // The 系统状态 page still answers, and says the database is unreachable without naming it.
    const status = await send(server.base, { path: "/status", timeoutMs: ANSWER_WITHIN_MS, keepBody: true }).catch(() => null);
    if (status?.status !== 200 || !status.body.includes("暂时无法连接")) failures.push(`停库期间系统状态页没有说明数据库不可用：HTTP ${status?.status ?? "无答复"}`);
    else if (LEAK.test(status.body)) failures.push(`停库期间系统状态页透露了内部信息：${status.body.match(LEAK)![0]}`);
    else console.log("  停库期间系统状态页：数据库暂时无法连接");
    await new Promise((r) => setTimeout(r, OUTAGE_MS / 2));
    await ensureEmbeddedServer(location);
    outage.to = elapsed();
    console.log(`  ${(outage.to / 1000).toFixed(1)} s：数据库已重新启动`);
  };

  console.log(`▶ 负载：${STAFF} 名填报人员保存、${REVIEWERS} 名审核人员查看工作台，每人约每 ${THINK_MS / 1000} 秒一次，${DURATION_MS / 1000} 秒`);
  await Promise.all([
    ...states.map((s, c) => staffLoop(s, c)),
    ...reviewers.map((cookie, i) => getLoop(i % 2 ? "/review?year=2024" : "/review?year=2024&status=DRAFT", cookie, dashboardTimes)),
    // The floor: one more client asking /api/health all the time, in the same load.
    getLoop("/api/health", undefined, floorTimes, () => new Promise((r) => setTimeout(r, 20))),
    faultLoop(),
  ]);
  const alive = (() => {
    try {
      process.kill(server.pid, 0);
      return true;
    } catch {
      return false;
    }
  })();
  // The floor on its own, after the load, at the same concurrency as the whole run: for reference.
  const quiet = p95(await concurrently(STAFF + REVIEWERS, 2, async () => (await send(server.base, { path: "/api/health" })).ms));
  server.stop();

  // Every report against what was acknowledged.
  const check = new pg.Client({ connectionString: url });
  await check.connect();
  let intact = 0;
  try {
    const { rows } = await check.query<{ reportId: string; data: { cells: [string, string, string][] } | null; version: number | null; audits: string }>(`
      SELECT r.id AS "reportId", t.data, t.version,
        (SELECT count(*) FROM "AuditLog" a WHERE a."reportId" = r.id AND a.action = 'report.saveTable') AS audits
      FROM "Report" r LEFT JOIN "ReportTable" t ON t."reportId" = r.id AND t."tableKey" = 't02'
      WHERE r.id = ANY($1)`, [states.map((s) => s.client.reportId)]);
    const byId = new Map(rows.map((r) => [r.reportId, r]));
    for (const s of states) {
      const row = byId.get(s.client.reportId)!;
      const stored = row.data ? cellKey(row.data.cells) : null;
      const version = row.version ?? 0;
      const acked = s.acked ? asStored(s.acked) : null;
      const allowed = [acked, ...s.unacknowledged.map(asStored)];
      const whole = fault ? allowed.includes(stored) : stored === acked;
      const versionOk = fault ? version >= s.ackedVersion && version <= s.ackedVersion + s.unacknowledged.length : version === s.ackedVersion;
      if (!whole) failures.push(`${s.client.login}：保存的公开02与${fault ? "任何一次完整的保存" : "最后确认的保存"}都不一致`);
      if (!versionOk) failures.push(`${s.client.login}：表版本 ${version}，最后确认的版本 ${s.ackedVersion}`);
      if (Number(row.audits) !== version) failures.push(`${s.client.login}：${row.audits} 条保存审计记录，表版本 ${version}`);
      if (whole && versionOk && Number(row.audits) === version) intact++;
    }
  } finally {
    await check.end();
  }

  const floor = p95(floorTimes);
  const save = p95(saveTimes);
  const dashboard = p95(dashboardTimes);
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.log("");
  console.log(`请求 ${total} 次（${(total / (DURATION_MS / 1000)).toFixed(0)} 次/秒）；状态：${[...statuses].sort().map(([s, n]) => `${s}×${n}`).join("、")}`);
  console.log(`保存 ${saveTimes.length} 次：中位 ${median(saveTimes).toFixed(1)} ms，p95 ${save.toFixed(1)} ms`);
  console.log(`审核工作台 ${dashboardTimes.length} 次：中位 ${median(dashboardTimes).toFixed(1)} ms，p95 ${dashboard.toFixed(1)} ms`);
  console.log(`底线（/api/health，与负载同时）${floorTimes.length} 次：p95 ${floor.toFixed(1)} ms；负载后单独测得 p95 ${quiet.toFixed(1)} ms`);
  console.log(`保存 p95 ÷ 底线 ${(save / floor).toFixed(2)}（预算 3）；工作台 p95 ÷ 底线 ${(dashboard / floor).toFixed(2)}（预算 2，未达，见决策 012；按防退化上限 ${DASHBOARD_GUARD_RATIO} 倍判定；p95 ${dashboard <= DASHBOARD_BUDGET_MS ? "在" : "超过"} ${DASHBOARD_BUDGET_MS} ms，仅供参考）`);
  console.log(`报表逐一核对：${intact} / ${states.length} 份与确认的保存一致`);
  if (fault) {
    console.log(`停库期间：${outage.answeredError} 次得到错误答复，${outage.answeredOk} 次成功，${outage.answeredSlowly} 次超过 ${ANSWER_WITHIN_MS / 1000} 秒或断开`);
    console.log(`数据库恢复后第一次保存成功用时 ${Number.isFinite(outage.firstSaveAfter) ? `${(outage.firstSaveAfter / 1000).toFixed(1)} 秒` : "（没有成功）"}`);
    if (outage.answeredSlowly) failures.push(`停库期间 ${outage.answeredSlowly} 次请求 ${ANSWER_WITHIN_MS / 1000} 秒内没有答复`);
    if (!(outage.firstSaveAfter <= ANSWER_WITHIN_MS)) failures.push("数据库恢复后 10 秒内没有保存成功");
  }
  if (!alive) failures.push("应用服务器进程退出了");
  if (fiveXXOutside) failures.push(`停库之外 ${fiveXXOutside} 次 5xx 答复`);
  if (!fault && save > 3 * floor) failures.push(`保存 p95 ${save.toFixed(1)} ms 超过底线的 3 倍`);
  // An App Router page costs far more than the SELECT 1 floor (docs/decisions/012): its 2× is
  // printed, not gated; what is gated is the regression guard.
  if (!fault && dashboard > DASHBOARD_GUARD_RATIO * floor) failures.push(`审核工作台 p95 ${dashboard.toFixed(1)} ms 超过底线的 ${DASHBOARD_GUARD_RATIO} 倍`);
  if (failures.length) {
    console.log(`\n✗ 未通过（${failures.length} 项）：`);
    for (const f of [...new Set(failures)].slice(0, 30)) console.log(`  - ${f}`);
    process.exit(1);
  }
  console.log(`\n✓ ${fault ? "故障测试" : "负载测试"}通过`);
  process.exit(0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
