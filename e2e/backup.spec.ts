import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDatabase } from "../prisma/client";
import { dropDatabase } from "../lib/cli/embedded-pg";
import { databaseName, withDatabase } from "../lib/database-url";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit } from "./support/factories";

/** `npm run db:backup` / `npm run db:restore` as an operator runs them, against `url`. */
function db(url: string, ...args: string[]) {
  const r = spawnSync("npx", ["tsx", "lib/cli/db.ts", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test("a backup of the running system restores into a fresh database with every report intact", async () => {
  test.setTimeout(180_000);
  const source = process.env.DATABASE_URL!;
  const target = withDatabase(source, `${databaseName(source)}_restore`);
  const dir = mkdtempSync(path.join(tmpdir(), "juesuan-backup-"));
  const file = path.join(dir, "test.backup.gz");

  // A report of its own with a table in it; the rest of the suite writes other reports meanwhile.
  const { unit } = await makeDepartmentWithUnit("备份部门");
  const mine = await testDb.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
  const cells = [["2010301", "fiscal", "123456789"], ["2010301", "basic", "-5"]];
  await testDb.reportTable.create({ data: { reportId: mine.id, tableKey: "t02", data: { cells }, usedCodes: ["2010301"] } });
  const before = await testDb.report.findMany({ select: { id: true } });
  const published = await testDb.publication.findMany({ select: { id: true, pdf: true, openData: true } });

  const backup = db(source, "backup", file);
  expect(backup.out).toMatch(/已备份 \d+ 张表/);
  expect(backup.status).toBe(0);

  await dropDatabase(target);
  const restore = db(target, "restore", file);
  expect(restore.out).toContain("行数与校验值一致");
  expect(restore.status).toBe(0);

  const { db: restored, pool } = createDatabase(target, 2);
  try {
    // Every report that existed before the backup, and the test's own table exactly.
    const ids = new Set((await restored.report.findMany({ select: { id: true } })).map((r) => r.id));
    for (const r of before) expect(ids.has(r.id), r.id).toBe(true);
    const table = await restored.reportTable.findUniqueOrThrow({ where: { reportId_tableKey: { reportId: mine.id, tableKey: "t02" } } });
    expect(table.data).toEqual({ cells });
    expect(table.usedCodes).toEqual(["2010301"]);
    // Published versions never change: their files come back byte for byte.
    for (const p of published) {
      const back = await restored.publication.findUniqueOrThrow({ where: { id: p.id }, select: { pdf: true, openData: true } });
      expect(Buffer.from(back.pdf).equals(Buffer.from(p.pdf)), p.id).toBe(true);
      expect(back.openData).toBe(p.openData);
    }
    const units = await restored.unit.count();

    // A database that holds data is refused, and a cut file changes nothing, even with --replace.
    const again = db(target, "restore", file);
    expect(again.status).toBe(2);
    expect(again.out).toContain("目标数据库已有数据");
    const cut = path.join(dir, "cut.backup.gz");
    const whole = readFileSync(file);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const broken = db(target, "restore", cut, "--replace");
    expect(broken.status).toBe(2);
    expect(broken.out).toContain("备份文件已损坏或不完整");
    expect(await restored.unit.count()).toBe(units);
    expect(await restored.reportTable.count({ where: { reportId: mine.id } })).toBe(1);
  } finally {
    await restored.$disconnect();
    await pool.end();
    await dropDatabase(target);
  }
});
