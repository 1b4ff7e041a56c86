import "dotenv/config";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { freshDatabase } from "./prepare-db";
import { testDatabaseUrl } from "./test-env";

/**
 * `npm test`: a fresh test database (migrated with the committed migrations and seeded),
 * the unit tests, a production build, then the Playwright suite against it in Debian's chromium.
 * Extra arguments go to Playwright (e.g. `npm test -- e2e/auth.spec.ts`).
 */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function step(title: string, cmd: string, args: string[], env: Record<string, string>) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`  （${title}用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  if (r.status !== 0) {
    console.error(`✗ ${title}失败`);
    process.exit(r.status ?? 1);
  }
}

/** TEST_PORT, or a port the system says is free, so a stray server cannot break the run. */
function freePort(): Promise<number> {
  if (process.env.TEST_PORT) return Promise.resolve(Number(process.env.TEST_PORT));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  const url = testDatabaseUrl();
  // A production server needs a real signing key; the tests mint cookies with the same one.
  const secret = process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url");
  const env = { DATABASE_URL: url, NEXT_DIST_DIR: ".next-test", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", CHROMIUM_PATH: CHROMIUM, NEXTAUTH_SECRET: secret };

  console.log("▶ 准备测试数据库");
  await freshDatabase(url);

  step("单元测试", "npx", ["vitest", "run"], { ...env, NODE_ENV: "test" });

  if (!existsSync(CHROMIUM)) {
    console.error(`✗ 找不到 Chromium（${CHROMIUM}）。请先安装：apt-get install -y chromium fonts-noto-cjk（.ci/run 会自动安装）。`);
    process.exit(1);
  }
  step("构建应用", "npx", ["next", "build"], env);
  step("端到端测试", "npx", ["playwright", "test", ...process.argv.slice(2)], { ...env, TEST_PORT: String(await freePort()) });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
