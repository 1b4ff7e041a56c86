import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { DEMO_ACCOUNTS, seed } from "../../prisma/seed";
import { ROLE_LABELS } from "../authz";
import { databaseLocation } from "../database-url";
import { describe, ensureDatabase, ensureEmbeddedServer } from "./embedded-pg";
import { migrateDeploy } from "./migrate";

/**
 * `npm run setup` (after `npm ci`): database up, migrations, demo data, production build,
 * then serve on http://localhost:3000. Safe to re-run: every step is idempotent.
 */
const PORT = process.env.PORT || "3000";
// Loopback unless told otherwise: a fresh install is not meant to be reachable from the network.
const HOST = process.env.HOST || "127.0.0.1";

function run(title: string, cmd: string, args: string[]) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`${title}失败`);
}

/**
 * The production server refuses to start without a signing key: on the first run, make a random
 * one and keep it in `.env` (not committed), so sessions survive a restart.
 */
function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const secret = randomBytes(32).toString("base64url");
  const before = existsSync(".env") ? readFileSync(".env", "utf8") : "";
  appendFileSync(".env", `${before === "" || before.endsWith("\n") ? "" : "\n"}NEXTAUTH_SECRET=${secret}\n`);
  process.env.NEXTAUTH_SECRET = secret;
  console.log("▶ 已生成会话签名密钥，保存在 .env（NEXTAUTH_SECRET）");
}

async function main() {
  ensureSecret();
  const loc = databaseLocation();
  console.log("▶ 启动数据库");
  await ensureEmbeddedServer(loc);
  await ensureDatabase(loc.url);
  console.log(describe(loc));
  console.log("\n▶ 数据库迁移");
  await migrateDeploy(loc.url);
  console.log("\n▶ 写入示例数据");
  await seed(loc.url);
  run("构建应用", "npx", ["next", "build"]);

  console.log("\n示例账号（密码区分大小写）：");
  for (const a of DEMO_ACCOUNTS) console.log(`  ${ROLE_LABELS[a.role].padEnd(8, "　")}  账号 ${a.login.padEnd(10)} 密码 ${a.password}   ${a.displayName}`);
  console.log(`\n▶ 启动服务：http://${HOST === "127.0.0.1" ? "localhost" : HOST}:${PORT}（Ctrl+C 停止；数据库在后台继续运行，npm run db -- down 可停止）\n`);

  const server = spawn("npx", ["next", "start", "-p", PORT, "-H", HOST], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${PORT}` } });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(`\n✗ ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
