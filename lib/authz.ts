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
  "catalog:read",
  "catalog:manage",
  "unit:manage",
  "user:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  UNIT_STAFF: ["report:read", "report:create", "report:edit", "report:submit", "report:withdraw", "report:confirm", "catalog:read"],
  REVIEWER: ["report:read", "report:review", "report:comment", "report:return", "report:approve", "report:publish", "catalog:read"],
  // Admins keep the catalogs, units and users; they neither see nor edit reports.
  ADMIN: ["catalog:read", "catalog:manage", "unit:manage", "user:manage"],
};

export const ROLE_LABELS: Record<Role, string> = {
  UNIT_STAFF: "单位填报人员",
  REVIEWER: "财政审核人员",
  ADMIN: "系统管理员",
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin/units";
    case "REVIEWER":
      return "/review";
    case "UNIT_STAFF":
      return "/reports";
  }
}
