import type { PrismaClient, Region, UnitKind, Role } from "../generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { tableRecord } from "../lib/reports/table-data";
import { emptyInputs } from "../lib/tables/inputs";
import { childPath } from "../lib/units/tree";

/**
 * Data factories shared by the seed and the tests: each returns the row, creating it
 * when missing, so the seed is idempotent and tests can make exactly what they need.
 */
export async function ensureUnit(
  db: PrismaClient,
  u: { code: string; name: string; kind?: UnitKind; isDepartment?: boolean; region?: Region; parentCode?: string | null },
) {
  const existing = await db.unit.findUnique({ where: { code: u.code } });
  if (existing) return existing;
  const parent = u.parentCode ? await db.unit.findUniqueOrThrow({ where: { code: u.parentCode } }) : null;
  const created = await db.unit.create({
    data: { code: u.code, name: u.name, kind: u.kind ?? "ADMINISTRATIVE", isDepartment: u.isDepartment ?? false, region: u.region ?? parent?.region ?? "SHANDONG", parentId: parent?.id ?? null, path: "" },
  });
  return db.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path ?? null, created.id) } });
}

export async function ensureUser(
  db: PrismaClient,
  u: { login: string; displayName: string; password: string; role: Role; unitCode?: string; scopeUnitCodes?: string[] },
) {
  const existing = await db.user.findUnique({ where: { login: u.login } });
  if (existing) return existing;
  const unit = u.unitCode ? await db.unit.findUniqueOrThrow({ where: { code: u.unitCode } }) : null;
  const user = await db.user.create({
    data: { login: u.login, displayName: u.displayName, role: u.role, unitId: unit?.id ?? null, passwordHash: await hashPassword(u.password) },
  });
  for (const code of u.scopeUnitCodes ?? []) {
    const scoped = await db.unit.findUniqueOrThrow({ where: { code } });
    await db.reviewerScope.create({ data: { userId: user.id, unitId: scoped.id, includeSubtree: scoped.isDepartment } });
  }
  return user;
}

/**
 * A catalog year with 100 项 under 201 and a report whose 公开03 uses all of them: the
 * editor's keystroke budget is measured on it (`npm run bench`, lib/cli/bench.ts), and
 * e2e/large-table.spec.ts checks that it loads whole.
 */
export async function ensureHundredRowReport(db: PrismaClient, year: number, unitId: string) {
  const sections = ["20101", "20102", "20103", "20104", "20105"];
  const items = sections.flatMap((s) => Array.from({ length: 20 }, (_, i) => `${s}${String(i + 1).padStart(2, "0")}`));
  await db.catalogYear.upsert({ where: { year }, update: {}, create: { year } });
  await db.subjectCode.createMany({ data: [{ year, kind: "FUNCTION", code: "201", name: "一般公共服务支出", level: "CLASS" }], skipDuplicates: true });
  await db.subjectCode.createMany({ data: sections.map((code, i) => ({ year, kind: "FUNCTION" as const, code, name: `款${i + 1}`, level: "SECTION" as const, parentCode: "201" })), skipDuplicates: true });
  await db.subjectCode.createMany({ data: items.map((code) => ({ year, kind: "FUNCTION" as const, code, name: `项${code}`, level: "ITEM" as const, parentCode: code.slice(0, 5) })), skipDuplicates: true });
  const inputs = emptyInputs();
  items.forEach((code, i) => (inputs.expenditure[code] = { basic: BigInt(100_000 + i), project: BigInt(i * 3) }));
  return db.report.create({ data: { unitId, year, templateId: "shandong-2024", tables: { create: [{ tableKey: "t03", ...tableRecord(inputs, "t03") }] } } });
}
