import { randomBytes } from "node:crypto";
import type { Role } from "../../generated/prisma/client";
import { ensureUnit, ensureUser } from "../../prisma/factories";
import { testDb } from "./db";

/** A short unique suffix so tests never depend on each other's leftovers. */
export const uniq = () => randomBytes(3).toString("hex");

export async function makeDepartmentWithUnit(name = "测试部门") {
  const s = uniq();
  const dept = await ensureUnit(testDb, { code: `D${s}`, name: `${name}${s}`, isDepartment: true });
  const unit = await ensureUnit(testDb, { code: `U${s}`, name: `${name}${s}本级`, parentCode: dept.code });
  return { dept, unit };
}

export async function makeUser(role: Role, opts: { unitCode?: string; scopeUnitCodes?: string[]; password?: string } = {}) {
  const login = `t_${role.toLowerCase()}_${uniq()}`;
  const password = opts.password ?? "Passw0rd1";
  const user = await ensureUser(testDb, { login, displayName: `测试${login}`, password, role, unitCode: opts.unitCode, scopeUnitCodes: opts.scopeUnitCodes });
  return { user, login, password };
}

/** An empty catalog year, emptied first so the spec can be re-run against the same database. */
export async function freshCatalogYear(year: number) {
  await testDb.reportTable.deleteMany({ where: { report: { year } } });
  await testDb.report.deleteMany({ where: { year } });
  for (const length of [7, 5, 3]) {
    await testDb.$executeRaw`DELETE FROM "SubjectCode" WHERE year = ${year} AND length(code) = ${length}`;
  }
  await testDb.catalogYear.deleteMany({ where: { year } });
  await testDb.catalogYear.create({ data: { year } });
}
