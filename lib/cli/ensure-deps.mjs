// Plain Node (no dependencies yet): installs the locked dependencies when they are
// missing or older than package-lock.json, so `npm run setup` and `npm test` work on a
// fresh clone and stay fast afterwards.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const marker = "node_modules/.package-lock.json";
const stale = !existsSync("node_modules/.bin/tsx") || !existsSync(marker) || statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  console.log("▶ 安装依赖（npm ci）");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
