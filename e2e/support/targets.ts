import type { Role } from "../../generated/prisma/client";
import { can, homePath, type Permission } from "../../lib/authz";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../../lib/narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../../lib/performance/seed/stored-record";

/**
 * Every page, route handler and server action of the build, with what it needs: the table the
 * authorization matrix (e2e/authz-matrix.spec.ts) and the hostile-input corpus (e2e/hostile.spec.ts)
 * both read. Keys are as the build's manifests name them.
 */
export type Who = "anonymous" | "staff" | "otherStaff" | "deptStaff" | "reviewer" | "otherReviewer" | "deptReviewer" | "otherDeptReviewer" | "admin";
export const WHO: readonly Who[] = ["anonymous", "staff", "otherStaff", "deptStaff", "reviewer", "otherReviewer", "deptReviewer", "otherDeptReviewer", "admin"];
export const ROLE: Record<Who, Role | null> = {
  anonymous: null,
  staff: "UNIT_STAFF",
  otherStaff: "UNIT_STAFF",
  deptStaff: "UNIT_STAFF",
  reviewer: "REVIEWER",
  otherReviewer: "REVIEWER",
  deptReviewer: "DEPARTMENT_REVIEWER",
  otherDeptReviewer: "DEPARTMENT_REVIEWER",
  admin: "ADMIN",
};
/**
 * Who is inside the matrix's unit report (its unit's staff, the reviewers of its department) and
 * inside its department's 部门决算 (the department's own staff instead of the unit's).
 */
export const INSIDE: ReadonlySet<Who> = new Set(["staff", "reviewer", "deptReviewer"]);
export const INSIDE_DEPARTMENT: ReadonlySet<Who> = new Set(["deptStaff", "reviewer", "deptReviewer"]);

/**
 * What a target needs: nothing (public), a signed-in user, a permission, or a permission on the
 * matrix's report (its unit's staff, a reviewer whose jurisdiction covers it).
 */
export type Rule = { public: true } | { signedIn: true } | { permission: Permission; onReport?: boolean | "department" };

export function allowed(rule: Rule, who: Who): boolean {
  if ("public" in rule) return true;
  const role = ROLE[who];
  if (!role) return false;
  if ("signedIn" in rule) return true;
  return can(role, rule.permission) && (!rule.onReport || (rule.onReport === "department" ? INSIDE_DEPARTMENT : INSIDE).has(who));
}

export interface Ids {
  readonly reportId: string;
  /** The 部门决算 of the report's department (submitted, so nothing the matrix sends can change it). */
  readonly departmentReportId?: string;
}

/** Pages and route handlers: the rule and the address to ask (route parameters filled in). */
export const ROUTES: Record<string, { rule: Rule; path: (ids: Ids) => string; redirect?: (role: Role | null) => string | null } | "skip"> = {
  // The home page sends everyone on: signed-in users to their own home, others to sign in.
  "/page": { rule: { public: true }, path: () => "/", redirect: (role) => (role ? homePath(role) : "/login") },
  // Signed in already: sent to their home instead of the form.
  "/(auth)/login/page": { rule: { public: true }, path: () => "/login", redirect: (role) => (role ? homePath(role) : null) },
  "/_not-found/page": "skip",
  "/_global-error/page": "skip",
  "/(app)/admin/catalogs/page": { rule: { permission: "catalog:manage" }, path: () => "/admin/catalogs" },
  "/(app)/admin/units/page": { rule: { permission: "unit:manage" }, path: () => "/admin/units" },
  "/(app)/admin/users/page": { rule: { permission: "user:manage" }, path: () => "/admin/users" },
  "/(app)/notifications/page": { rule: { permission: "report:read" }, path: () => "/notifications" },
  "/(app)/reports/page": { rule: { permission: "report:create" }, path: () => "/reports" },
  "/(app)/review/page": { rule: { permission: "report:review" }, path: () => "/review" },
  "/(app)/reports/[reportId]/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}` },
  "/(app)/reports/[reportId]/tables/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/tables` },
  "/(app)/reports/[reportId]/overview/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/overview` },
  "/(app)/reports/[reportId]/narrative/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/narrative` },
  "/(app)/reports/[reportId]/performance/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/performance` },
  "/(app)/reports/[reportId]/preview/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/preview` },
  "/(app)/reports/[reportId]/history/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/history` },
  "/(app)/reports/[reportId]/flows/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/flows` },
  "/(app)/reports/[reportId]/department/page": { rule: { permission: "report:read", onReport: "department" }, path: (i) => `/reports/${i.departmentReportId ?? i.reportId}/department` },
  "/(app)/reports/[reportId]/import/page": { rule: { permission: "report:read", onReport: true }, path: (i) => `/reports/${i.reportId}/import` },
  "/api/reports/[reportId]/workbook/route": { rule: { permission: "report:edit", onReport: true }, path: (i) => `/api/reports/${i.reportId}/workbook` },
  "/api/reports/[reportId]/route": { rule: { permission: "report:read", onReport: true }, path: (i) => `/api/reports/${i.reportId}` },
  "/api/catalogs/export/route": { rule: { permission: "catalog:read" }, path: () => "/api/catalogs/export?year=2024&kind=FUNCTION" },
  "/api/health/route": { rule: { public: true }, path: () => "/api/health" },
  "/status/page": { rule: { public: true }, path: () => "/status" },
  "/api/auth/[...nextauth]/route": { rule: { public: true }, path: () => "/api/auth/providers" },
  "/disclosures/route": { rule: { public: true }, path: () => "/disclosures" },
  "/disclosures/[unitCode]/[year]/route": { rule: { public: true }, path: () => "/disclosures/101001/2024" },
  "/disclosures/[unitCode]/[year]/[version]/route": { rule: { public: true }, path: () => "/disclosures/101001/2024/v1" },
  "/disclosures/[unitCode]/[year]/[version]/files/[file]/route": { rule: { public: true }, path: () => "/disclosures/101001/2024/v1/files/t01.csv" },
  "/open-data/route": { rule: { public: true }, path: () => "/open-data" },
  "/open-data/[year]/route": { rule: { public: true }, path: () => "/open-data/2024" },
};

export const STALE = 999_999;
const { id: _projectId, ...seedProject } = ZAOZHUANG_2024_PERFORMANCE_RECORD.projects[0];

/** Server actions: the rule and arguments that reach the scope check (and change nothing when allowed). */
export const ACTIONS: Record<string, { rule: Rule; args: (ids: Ids) => unknown[] }> = {
  "lib/actions/catalog.ts#createCatalogYear": { rule: { permission: "catalog:manage" }, args: () => [{}] },
  "lib/actions/catalog.ts#saveSubject": { rule: { permission: "catalog:manage" }, args: () => [{}] },
  "lib/actions/catalog.ts#deleteSubject": { rule: { permission: "catalog:manage" }, args: () => [{}] },
  "lib/actions/catalog.ts#previewCatalogImport": { rule: { permission: "catalog:manage" }, args: () => [{}] },
  "lib/actions/catalog.ts#importCatalog": { rule: { permission: "catalog:manage" }, args: () => [{}] },
  // A code the 2024 catalog has: refused after the scope check, so nothing is stored.
  "lib/actions/catalog.ts#requestSubjectCode": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, code: "2010301", name: "行政运行" }] },
  "lib/actions/catalog.ts#settleSubjectRequest": { rule: { permission: "catalog:manage" }, args: () => [{ id: "none", decision: "reject", reason: "矩阵测试" }] },
  "lib/actions/units.ts#createUnit": { rule: { permission: "unit:manage" }, args: () => [{}] },
  "lib/actions/units.ts#updateUnit": { rule: { permission: "unit:manage" }, args: () => [{}] },
  "lib/actions/units.ts#setUnitActive": { rule: { permission: "unit:manage" }, args: () => [{}] },
  "lib/actions/users.ts#createUser": { rule: { permission: "user:manage" }, args: () => [{}] },
  "lib/actions/users.ts#updateUser": { rule: { permission: "user:manage" }, args: () => [{}] },
  "lib/actions/users.ts#setUserActive": { rule: { permission: "user:manage" }, args: () => [{}] },
  "lib/actions/users.ts#resetPassword": { rule: { permission: "user:manage" }, args: () => [{}] },
  "lib/actions/reports.ts#createReport": { rule: { permission: "report:create" }, args: () => [{ year: "1999" }] },
  "lib/actions/reports.ts#saveTable": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, table: "t02", baseVersion: STALE, cells: [] }] },
  "lib/actions/reports.ts#saveTables": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, tables: [{ table: "t02", baseVersion: STALE, cells: [] }] }] },
  "lib/actions/imports.ts#importPublishedDisclosure": { rule: { permission: "report:edit", onReport: true }, args: (i) => [i.reportId, {}] },
  "lib/actions/imports.ts#readLastYearDisclosure": { rule: { permission: "report:edit", onReport: true }, args: (i) => [i.reportId, {}] },
  "lib/actions/imports.ts#importWorkbook": { rule: { permission: "report:edit", onReport: true }, args: (i) => [i.reportId, {}] },
  "lib/actions/reports.ts#checkReport": { rule: { permission: "report:read", onReport: true }, args: (i) => [i.reportId] },
  "lib/actions/workflow.ts#markNotificationsRead": { rule: { permission: "report:read" }, args: () => [["none"]] },
  // The matrix asks for 上报; which step each role may take is the transition table's (lib/workflow), tested in workflow.spec.
  "lib/actions/workflow.ts#transitionReport": { rule: { permission: "report:submit", onReport: true }, args: (i) => [{ reportId: i.reportId, action: "submit", expectedVersion: STALE }] },
  "lib/actions/workflow.ts#confirmPublication": { rule: { permission: "report:confirm", onReport: true }, args: (i) => [{ reportId: i.reportId, kind: "signOff", expectedVersion: STALE }] },
  "lib/actions/workflow.ts#addComment": { rule: { permission: "report:comment", onReport: true }, args: (i) => [{ reportId: i.reportId, body: "矩阵测试意见" }] },
  "lib/actions/workflow.ts#saveExplanation": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, key: "R1|矩阵", text: "" }] },
  "lib/actions/narrative.ts#saveOverview": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, overview: ZAOZHUANG_2024_NARRATIVE_RECORD.overview }] },
  "lib/actions/narrative.ts#saveNarrativeFacts": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, form: {}, settings: {} }] },
  // A counterpart outside the department: refused after the scope check, so nothing is stored.
  "lib/actions/departments.ts#saveInternalFlows": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, flows: [{ line: "TO_SUPERIOR", counterpartUnitId: "outside", code: "2010301", amount: "1" }] }] },
  "lib/actions/departments.ts#setDepartmentMembers": { rule: { permission: "report:edit", onReport: "department" }, args: (i) => [{ reportId: i.departmentReportId ?? i.reportId, members: [] }] },
  "lib/actions/departments.ts#consolidateDepartment": { rule: { permission: "report:edit", onReport: "department" }, args: (i) => [{ reportId: i.departmentReportId ?? i.reportId }] },
  "lib/actions/departments.ts#cellSources": { rule: { permission: "report:read", onReport: "department" }, args: (i) => [{ reportId: i.departmentReportId ?? i.reportId, table: "t03", cell: "合计:total" }] },
  "lib/actions/performance.ts#saveProject": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, project: seedProject }] },
  "lib/actions/performance.ts#deleteProject": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, projectId: "p1" }] },
  "lib/actions/performance.ts#moveProject": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, projectId: "p1", step: 1 }] },
  "lib/actions/performance.ts#saveKeyEvaluation": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, projectId: "p1", form: {} }] },
  "lib/actions/performance.ts#deleteKeyEvaluation": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, projectId: "p1" }] },
  "lib/actions/performance.ts#saveSummaryInfo": { rule: { permission: "report:edit", onReport: true }, args: (i) => [{ reportId: i.reportId, baseVersion: STALE, info: { summaryUnitName: "矩阵单位", summaryFiledOn: "2025-03-01" } }] },
};

