import type { Role } from "@/generated/prisma/enums";

/** One role → permission table; the server checks it on every read and write, and tests read it too. */
export const PERMISSIONS = [
  "report:read",
  "report:create",
  "report:edit",
  "report:submit",
  "report:withdraw",
  "report:review",
  "report:comment",
  "report:return",
  "report:approve",
  "report:publish",
  /** Record the unit's 保密审查 and 主要负责人审签 before publication. */
  "report:confirm",
  /** The review level a reviewing role acts at (docs/decisions/014-department-consolidation.md). */
  "review:department",
  "review:finance",
  "catalog:read",
  "catalog:manage",
  "unit:manage",
  "user:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  UNIT_STAFF: ["report:read", "report:create", "report:edit", "report:submit", "report:withdraw", "report:confirm", "catalog:read"],
  REVIEWER: ["report:read", "report:review", "report:comment", "report:return", "report:approve", "report:publish", "review:finance", "catalog:read"],
  // The first level of two: a department's member units. Approves nothing the 财政局 reviews, publishes nothing.
  DEPARTMENT_REVIEWER: ["report:read", "report:review", "report:comment", "report:return", "report:approve", "review:department", "catalog:read"],
  // Admins keep the catalogs, units and users; they neither see nor edit reports.
  ADMIN: ["catalog:read", "catalog:manage", "unit:manage", "user:manage"],
};

export const ROLE_LABELS: Record<Role, string> = {
  UNIT_STAFF: "单位填报人员",
  REVIEWER: "财政审核人员",
  ADMIN: "系统管理员",
  DEPARTMENT_REVIEWER: "部门审核人员",
};

/**
 * Who reviews a report: a member unit of a department report is reviewed by the department
 * (部门审核), every other report — a department's 部门决算, a unit outside any — by the 财政局.
 */
export type ReviewLevel = "department" | "finance";

export const REVIEW_LEVEL_LABELS: Record<ReviewLevel, string> = { department: "部门审核", finance: "财政审核" };

export function reviewsAt(role: Role, level: ReviewLevel): boolean {
  return can(role, level === "department" ? "review:department" : "review:finance");
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin/units";
    case "REVIEWER":
    case "DEPARTMENT_REVIEWER":
      return "/review";
    case "UNIT_STAFF":
      return "/reports";
  }
}
