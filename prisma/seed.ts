import "dotenv/config";
import { validateCatalogEntries, type CatalogKind } from "../lib/catalog/codes";
import { insertCatalogEntries } from "../lib/operations/catalog/insert-entries";
import { databaseLocation } from "../lib/database-url";
import { createDatabase } from "./client";
import { ensureUnit, ensureUser } from "./factories";
import { CATALOG_2024 } from "./seed-data/catalog-2024";
import { publishSeedReport } from "./seed-publication";
import { createSeedReport } from "./seed-report";
import { seedDemoDepartment } from "./seed-department";

/** Demo accounts printed by `npm run setup`. */
export const DEMO_ACCOUNTS = [
  { login: "admin", password: "Admin2024", displayName: "系统管理员", role: "ADMIN" as const },
  { login: "reviewer", password: "Review2024", displayName: "王审核（市财政局）", role: "REVIEWER" as const, scopeUnitCodes: ["101", "103", "104"] },
  { login: "staff", password: "Staff2024", displayName: "李填报（市政府办公室本级）", role: "UNIT_STAFF" as const, unitCode: "101001" },
  { login: "staff2", password: "Staff2024", displayName: "赵填报（市教育局本级）", role: "UNIT_STAFF" as const, unitCode: "103001" },
  { login: "staff3", password: "Staff2024", displayName: "孙填报（上海示范区政府办本级）", role: "UNIT_STAFF" as const, unitCode: "SH01001" },
  { login: "reviewer2", password: "Review2024", displayName: "周审核（上海示范区财政局）", role: "REVIEWER" as const, scopeUnitCodes: ["SH01"] },
  // The demo department 104: its 部门决算 (dept), its first review level (deptreviewer), its members' staff.
  { login: "dept", password: "Staff2024", displayName: "钱填报（示范局部门决算）", role: "UNIT_STAFF" as const, unitCode: "104" },
  { login: "deptreviewer", password: "Review2024", displayName: "吴审核（示范局部门审核）", role: "DEPARTMENT_REVIEWER" as const, scopeUnitCodes: ["104"] },
  { login: "staff4", password: "Staff2024", displayName: "郑填报（示范局本级）", role: "UNIT_STAFF" as const, unitCode: "104001" },
  { login: "staff5", password: "Staff2024", displayName: "冯填报（示范服务中心）", role: "UNIT_STAFF" as const, unitCode: "104002" },
  { login: "staff6", password: "Staff2024", displayName: "陈填报（示范考试中心）", role: "UNIT_STAFF" as const, unitCode: "104003" },
];

const UNITS = [
  { code: "101", name: "枣庄市人民政府办公室", isDepartment: true },
  { code: "101001", name: "枣庄市人民政府办公室本级", parentCode: "101" },
  { code: "101002", name: "枣庄市政府机关政务保障中心", kind: "INSTITUTION" as const, parentCode: "101" },
  { code: "102", name: "枣庄市财政局", isDepartment: true },
  { code: "102001", name: "枣庄市财政局本级", parentCode: "102" },
  { code: "103", name: "枣庄市教育局", isDepartment: true },
  { code: "103001", name: "枣庄市教育局本级", parentCode: "103" },
  { code: "103002", name: "枣庄市第一中学", kind: "INSTITUTION" as const, parentCode: "103" },
  { code: "103003", name: "枣庄市教育招生考试院", kind: "CIVIL_SERVANT_INSTITUTION" as const, parentCode: "103" },
  // A made-up department (示范局 is no real bureau) whose 部门决算 consolidates three units; a fourth is 并入本级.
  { code: "104", name: "枣庄市示范局", isDepartment: true },
  { code: "104001", name: "枣庄市示范局本级", parentCode: "104" },
  { code: "104002", name: "枣庄市示范局服务中心", kind: "INSTITUTION" as const, parentCode: "104" },
  { code: "104003", name: "枣庄市示范局考试中心", kind: "CIVIL_SERVANT_INSTITUTION" as const, parentCode: "104" },
  { code: "104004", name: "枣庄市示范局资料室", kind: "INSTITUTION" as const, parentCode: "104" },
  // A made-up 上海 department (示范区 is no real district), to try the shanghai-2024 template.
  { code: "SH01", name: "上海市示范区人民政府办公室", isDepartment: true, region: "SHANGHAI" as const },
  { code: "SH01001", name: "上海市示范区人民政府办公室本级", parentCode: "SH01" },
];

export async function seed(url = databaseLocation().url) {
  const { db, pool } = createDatabase(url);
  try {
    for (const u of UNITS) await ensureUnit(db, u);
    for (const a of DEMO_ACCOUNTS) await ensureUser(db, a);

    await db.catalogYear.upsert({ where: { year: 2024 }, update: {}, create: { year: 2024, note: "2024 年政府收支分类科目（示例数据）" } });
    for (const kind of ["FUNCTION", "ECONOMIC"] as CatalogKind[]) {
      const checked = validateCatalogEntries(kind, CATALOG_2024[kind]);
      if (!checked.ok) throw new Error(`种子科目数据有误：${checked.errors.join("；")}`);
      await insertCatalogEntries(db, 2024, kind, checked.entries);
    }

    // The seed unit's published 2024 disclosure, entered as 元 inputs (lib/tables/seed).
    const unit = await db.unit.findUniqueOrThrow({ where: { code: "101001" } });
    const existing = await db.report.findUnique({ where: { unitId_year: { unitId: unit.id, year: 2024 } } });
    if (!existing) {
      const report = await createSeedReport(db, unit.id);
      const [staff, reviewer] = await Promise.all([db.user.findUniqueOrThrow({ where: { login: "staff" } }), db.user.findUniqueOrThrow({ where: { login: "reviewer" } })]);
      await publishSeedReport(db, report.id, { staff, reviewer });
    }

    const deptReviewer = await db.user.findUniqueOrThrow({ where: { login: "deptreviewer" } });
    await seedDemoDepartment(db, { department: "104", members: { base: "104001", school: "104002", exam: "104003" }, merged: "104004" }, deptReviewer.id);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .then(() => console.log("示例数据已就绪。"))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
