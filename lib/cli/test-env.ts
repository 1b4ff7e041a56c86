import { databaseLocation, databaseName, isLocalHost, withDatabase } from "../database-url";

/** A scratch database beside the app's: `<name>_test` for tests, `<name>_bench` for benchmarks. */
export function testDatabaseUrl(suffix = "test"): string {
  const base = databaseLocation().url;
  const url = withDatabase(base, `${databaseName(base)}_${suffix}`);
  // Tests drop and recreate this database: never point them at a shared server.
  if (!isLocalHost(url) && process.env.JUESUAN_ALLOW_REMOTE_TEST_DB !== "1") {
    throw new Error(`拒绝在非本机数据库上运行测试（${new URL(url).hostname}）。如确有需要，请设置 JUESUAN_ALLOW_REMOTE_TEST_DB=1。`);
  }
  return url;
}
