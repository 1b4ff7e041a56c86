import { memberReportData, MEMBER_KEYS, type MemberKey } from "../../prisma/seed-department";
import { ensureUnit } from "../../prisma/factories";
import { testDb } from "./db";
import { makeUser, uniq } from "./factories";

export { GRANT, HANDED_UP, memberInputs } from "../../prisma/seed-department";

/**
 * A department with its 本级 and two member units, each with a 2024 draft that passes every
 * rule (prisma/seed-department.ts), one staff member each, the department's staff, its reviewer
 * and a 财政局 reviewer.
 */
export async function makeDepartmentWithMembers() {
  const s = uniq();
  const dept = await ensureUnit(testDb, { code: `DD${s}`, name: `测试教育局${s}`, isDepartment: true });
  const units = {
    base: await ensureUnit(testDb, { code: `DD${s}001`, name: `测试教育局${s}本级`, parentCode: dept.code }),
    school: await ensureUnit(testDb, { code: `DD${s}002`, name: `测试第一中学${s}`, kind: "INSTITUTION", parentCode: dept.code }),
    exam: await ensureUnit(testDb, { code: `DD${s}003`, name: `测试招生考试院${s}`, kind: "CIVIL_SERVANT_INSTITUTION", parentCode: dept.code }),
  };
  const reports = {} as Record<MemberKey, { id: string }>;
  const staff = {} as Record<MemberKey, { login: string }>;
  for (const key of MEMBER_KEYS) {
    reports[key] = await testDb.report.create({ data: memberReportData(key, units[key]) });
    staff[key] = await makeUser("UNIT_STAFF", { unitCode: units[key].code });
  }
  return {
    dept,
    units,
    reports,
    staff,
    deptStaff: await makeUser("UNIT_STAFF", { unitCode: dept.code }),
    deptReviewer: await makeUser("DEPARTMENT_REVIEWER", { scopeUnitCodes: [dept.code] }),
    financeReviewer: await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] }),
  };
}
