import { describe, expect, it } from "vitest";
import { can, homePath, PERMISSIONS, ROLE_PERMISSIONS } from "./authz";

describe("role → permission table", () => {
  it("lets only staff create, edit and submit reports", () => {
    for (const p of ["report:create", "report:edit", "report:submit", "report:withdraw"] as const) {
      expect(can("UNIT_STAFF", p)).toBe(true);
      expect(can("REVIEWER", p)).toBe(false);
      expect(can("ADMIN", p)).toBe(false);
    }
  });

  it("lets only reviewers return, approve and publish", () => {
    for (const p of ["report:return", "report:approve", "report:publish", "report:review"] as const) {
      expect(can("REVIEWER", p)).toBe(true);
      expect(can("UNIT_STAFF", p)).toBe(false);
      expect(can("ADMIN", p)).toBe(false);
    }
  });

  it("lets only admins manage catalogs, units and users, and keeps them out of reports", () => {
    for (const p of ["catalog:manage", "unit:manage", "user:manage"] as const) {
      expect(can("ADMIN", p)).toBe(true);
      expect(can("UNIT_STAFF", p)).toBe(false);
      expect(can("REVIEWER", p)).toBe(false);
    }
    expect(ROLE_PERMISSIONS.ADMIN.some((p) => p.startsWith("report:"))).toBe(false);
  });

  it("grants only known permissions", () => {
    for (const perms of Object.values(ROLE_PERMISSIONS)) for (const p of perms) expect(PERMISSIONS).toContain(p);
  });

  it("sends each role to its own home", () => {
    expect(homePath("ADMIN")).toBe("/admin/units");
    expect(homePath("REVIEWER")).toBe("/review");
    expect(homePath("UNIT_STAFF")).toBe("/reports");
  });
});
