import "dotenv/config";
import { databaseLocation } from "../database-url";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { BackupError, backupDatabase, restoreDatabase } from "./backup";
import { describe, ensureDatabase, ensureEmbeddedServer, stopEmbeddedServer } from "./embedded-pg";
import { migrateDeploy } from "./migrate";

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

/**
 * `npm run db -- up|down|migrate|status|url`, `npm run db:backup [-- file]`,
 * `npm run db:restore -- file [--replace]` (lib/cli/backup.ts; docs/operations.md).
 */
async function main(cmd = "up", args: string[] = []) {
  const loc = databaseLocation();
  switch (cmd) {
    case "up":
      await ensureEmbeddedServer(loc);
      await ensureDatabase(loc.url);
      return;
    case "migrate":
      await ensureEmbeddedServer(loc);
      await ensureDatabase(loc.url);
      await migrateDeploy(loc.url);
      return;
    case "down":
      await stopEmbeddedServer(loc);
      return;
    case "status":
      console.log(describe(loc));
      return;
    case "url":
      console.log(loc.url);
      return;
    case "backup": {
      await ensureEmbeddedServer(loc);
      const file = args[0] ?? path.join("backups", `juesuan-${stamp()}.backup.gz`);
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      const tables = await backupDatabase(loc.url, file);
      console.log(`已备份 ${tables.length} 张表、${tables.reduce((n, t) => n + t.rows, 0)} 行到 ${file}`);
      return;
    }
    case "restore": {
      const file = args.find((a) => !a.startsWith("--"));
      if (!file) throw new BackupError("请给出备份文件：npm run db:restore -- <文件> [--replace]");
      await ensureEmbeddedServer(loc);
      await ensureDatabase(loc.url);
      await migrateDeploy(loc.url);
      const { header, tables } = await restoreDatabase(loc.url, file, { replace: args.includes("--replace") });
      console.log(`已恢复 ${header.createdAt} 的备份：${tables.length} 张表、${tables.reduce((n, t) => n + t.rows, 0)} 行，行数与校验值一致`);
      return;
    }
    default:
      console.error(`未知命令：${cmd}（可用：up、down、migrate、status、url、backup、restore）`);
      process.exit(2);
  }
}

main(process.argv[2], process.argv.slice(3)).catch((e) => {
  console.error(e instanceof BackupError ? `✗ ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(e instanceof BackupError ? 2 : 1);
});
