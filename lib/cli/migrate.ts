import { spawnSync } from "node:child_process";
import path from "node:path";

/** Applies committed migrations (never `db push`) with the Prisma 6.19 CLI and its WASM engine. */
export async function migrateDeploy(url: string): Promise<void> {
  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const r = spawnSync(prismaBin, ["migrate", "deploy"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (r.status !== 0) throw new Error("数据库迁移失败（prisma migrate deploy）");
}
