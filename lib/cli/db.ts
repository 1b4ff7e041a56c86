import "dotenv/config";
import { databaseLocation } from "../database-url";
import { describe, ensureDatabase, ensureEmbeddedServer, stopEmbeddedServer } from "./embedded-pg";
import { migrateDeploy } from "./migrate";

/** `npm run db -- up|down|migrate|status|url` */
async function main(cmd = "up") {
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
    default:
      console.error(`未知命令：${cmd}（可用：up、down、migrate、status、url）`);
      process.exit(2);
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
