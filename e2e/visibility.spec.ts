import { expect, test } from "@playwright/test";
import { unitsWhereFor, VISIBLE_UNIT_SQL, visibilityParams } from "../lib/data/visibility";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

/**
 * The report pages read through SQL and the rest of the app through Prisma (decision 005): both
 * must let each user see exactly the same units, or a report would open on one page and be
 * missing on the next — or worse, open where it should not.
 */
test("who may see a unit: the hot paths' SQL and the Prisma where agree for every user and unit", async () => {
  // Beside the seed's users, scopes of each shape: a department without its subtree, a department
  // with it plus a unit of another, no scope at all, and staff of a unit.
  const a = await makeDepartmentWithUnit("可见性");
  const b = await makeDepartmentWithUnit("可见性");
  const narrow = await makeUser("REVIEWER", { scopeUnitCodes: [a.dept.code] });
  await testDb.reviewerScope.updateMany({ where: { userId: narrow.user.id }, data: { includeSubtree: false } });
  const wide = await makeUser("DEPARTMENT_REVIEWER", { scopeUnitCodes: [a.dept.code, b.unit.code] });
  await makeUser("REVIEWER");
  await makeUser("UNIT_STAFF", { unitCode: b.unit.code });

  // One snapshot, so that other specs writing meanwhile cannot make the two answers differ.
  const seen = await testDb.$transaction(
    async (tx) => {
      const users = await tx.user.findMany({ select: { id: true, role: true, unitId: true, scopes: { select: { unitId: true, includeSubtree: true, unit: { select: { path: true } } } } } });
      const units = await tx.unit.count();
      const byUser = new Map<string, string[]>();
      for (const user of users) {
        const scopes = user.scopes.map((s) => ({ unitId: s.unitId, includeSubtree: s.includeSubtree, path: s.unit.path }));
        const prisma = ids(await tx.unit.findMany({ where: unitsWhereFor(user, scopes), select: { id: true } }));
        const sql = ids(await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT u.id FROM "Unit" u WHERE ${VISIBLE_UNIT_SQL}`, ...visibilityParams(user)));
        expect(sql, `${user.role} ${user.id}`).toEqual(prisma);
        byUser.set(user.id, sql);
      }
      console.log(`可见性：${users.length} 个用户 × ${units} 个单位，两种写法一致`);
      return byUser;
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );

  // And they agree on the right answer, not merely with each other.
  expect(seen.get(narrow.user.id)).toEqual([a.dept.id]);
  expect(seen.get(wide.user.id)).toEqual([a.dept.id, a.unit.id, b.unit.id].sort());
});
