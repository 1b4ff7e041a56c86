/**
 * What the bench, the load test and the fault test share: a production build in `.next-bench`
 * against a scratch database, `next start` on a port, and staff who each have a report to save.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createDatabase } from "../../prisma/client";
import { ensureUnit, ensureUser } from "../../prisma/factories";
import { callAction, serverActions, type ActionRef } from "./bench-http";
import { sessionCookieHeader } from "./session-cookie";

export const BENCH_DIST = ".next-bench";

export function benchEnv(url: string): NodeJS.ProcessEnv {
  // The production server needs a real signing key; this process mints cookies with the same one.
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
  return { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
}

export function buildApp(env: NodeJS.ProcessEnv): void {
  console.log(`  构建应用（${BENCH_DIST}）…`);
  const build = spawnSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("构建失败");
}

export interface RunningServer {
  readonly base: string;
  readonly pid: number;
  stop(): void;
}

/** `next start` of the bench build on a port, answering once /login does. */
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 150 && !up; i++) {
    up = await fetch(`${base}/login`).then((r) => r.ok).catch(() => false);
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  if (!up) {
    stop();
    throw new Error(`应用未能在 ${base} 启动`);
  }
  return { base, pid: child.pid!, stop };
}

/** The table save as the browser calls it, from the bench build's action manifest. */
export function saveTableAction(): ActionRef {
  const action = serverActions(BENCH_DIST).get("lib/actions/reports.ts#saveTable");
  if (!action) throw new Error("构建中找不到 saveTable 服务端操作");
  return action;
}

export interface StaffClient {
  readonly login: string;
  readonly reportId: string;
  readonly cookie: string;
}

/** `count` units under one department, each with a staff member signed in and a 2024 report. */
export async function seedStaff(url: string, prefix: string, count: number): Promise<StaffClient[]> {
  const { db, pool } = createDatabase(url, 4);
  try {
    await ensureUnit(db, { code: prefix, name: `${prefix} 测试部门`, isDepartment: true });
    const clients: StaffClient[] = [];
    for (let i = 0; i < count; i++) {
      const unit = await ensureUnit(db, { code: `${prefix}${i}`, name: `${prefix} 测试单位${i}`, parentCode: prefix });
      const staff = await ensureUser(db, { login: `${prefix.toLowerCase()}${i}`, displayName: `测试${i}`, password: "Bench2024x", role: "UNIT_STAFF", unitCode: unit.code });
      const report = await db.report.upsert({ where: { unitId_year: { unitId: unit.id, year: 2024 } }, update: {}, create: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
      clients.push({ login: staff.login, reportId: report.id, cookie: await sessionCookieHeader(staff) });
    }
    return clients;
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/** The 2024 功能分类 项 codes: the rows a saved 公开02 fills. */
export async function itemCodes(url: string): Promise<string[]> {
  const { db, pool } = createDatabase(url, 1);
  try {
    const rows = await db.subjectCode.findMany({ where: { year: 2024, kind: "FUNCTION", level: "ITEM" }, select: { code: true }, orderBy: { code: "asc" } });
    return rows.map((r) => r.code);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

export interface SaveOutcome {
  readonly ms: number;
  readonly status: number;
  /** The table's version after the save, or null when it was refused. */
  readonly version: number | null;
  readonly code?: string;
  readonly message?: string;
}

/** One 公开02 save through the server action, as the entry screen sends it. */
export async function saveOverHttp(base: string, action: ActionRef, client: StaffClient, baseVersion: number, cells: readonly { row: string; column: string; value: string }[], timeoutMs?: number): Promise<SaveOutcome> {
  const { result, ms, status } = await callAction<{ ok: boolean; data?: { version: number }; code?: string; message?: string }>(
    base,
    action,
    [{ reportId: client.reportId, table: "t02", baseVersion, cells }],
    { cookie: client.cookie },
    `/reports/${client.reportId}`,
    timeoutMs,
  );
  return { ms, status, version: result?.ok ? result.data!.version : null, code: result?.ok ? undefined : result?.code, message: result?.ok ? undefined : result?.message };
}
