import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";

export interface UserFields {
  login: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  scopeUnitIds: string[];
}

/** Only staff belong to a unit; a reviewer's units are scopes, an admin has neither. */
export const ownUnitOf = (data: UserFields) => (data.role === "UNIT_STAFF" ? data.unitId : null);

/** The chosen unit and scopes must exist (and the unit be active), checked in the write's transaction. */
export async function checkUserUnits(tx: Tx, data: UserFields) {
  if (data.unitId) {
    const unit = await tx.unit.findUnique({ where: { id: data.unitId } });
    if (!unit || !unit.active) throw new AppError("INVALID", "所选单位不存在或已停用", { unitId: "所选单位不存在或已停用" });
  }
  if (data.scopeUnitIds.length) {
    const found = await tx.unit.findMany({ where: { id: { in: data.scopeUnitIds } }, select: { name: true, isDepartment: true } });
    if (found.length !== new Set(data.scopeUnitIds).size) throw new AppError("INVALID", "所选负责单位中有不存在的单位", { scopeUnitIds: "有不存在的单位" });
    const notDepartment = data.role === "DEPARTMENT_REVIEWER" ? found.find((u) => !u.isDepartment) : undefined;
    if (notDepartment) throw new AppError("INVALID", `部门审核人员只能负责部门：“${notDepartment.name}”不是部门`, { scopeUnitIds: "只能选择部门" });
  }
}

/** Replaces a reviewer's scopes; choosing a department covers its whole subtree, a unit covers that unit. */
export async function writeReviewerScopes(tx: Tx, userId: string, data: UserFields) {
  await tx.reviewerScope.deleteMany({ where: { userId } });
  if (data.role !== "REVIEWER" && data.role !== "DEPARTMENT_REVIEWER") return;
  const units = await tx.unit.findMany({ where: { id: { in: data.scopeUnitIds } }, select: { id: true, isDepartment: true } });
  await tx.reviewerScope.createMany({ data: units.map((u) => ({ userId, unitId: u.id, includeSubtree: u.isDepartment })) });
}

export const duplicateLogin = (login: string) => new AppError("INVALID", `登录账号“${login}”已存在`, { login: "登录账号已存在" });
