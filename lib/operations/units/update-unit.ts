import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { childPath, isInSubtree } from "@/lib/units/tree";
import { checkSameRegion, type UnitFields } from "./create-unit";
import { lockParentDepartment, lockUnit } from "./unit-lock";

/** Edits a unit; a new parent moves its whole subtree with it. */
export function updateUnit(admin: CurrentUser, { id, ...data }: UnitFields & { id: string }): Promise<void> {
  return inTransaction(async (tx) => {
    const unit = await lockUnit(tx, id);
    const parent = await lockParentDepartment(tx, data.parentId);
    if (parent && isInSubtree(unit.path, parent.path)) throw new AppError("INVALID", "不能把单位移到它自己或它的下级单位之下", { parentId: "不能移到自身或下级之下" });
    if (unit.isDepartment && !data.isDepartment) {
      const children = await tx.unit.count({ where: { parentId: id } });
      if (children > 0) throw new AppError("INVALID", `“${unit.name}”下还有 ${children} 个单位，不能取消部门属性`, { isDepartment: "仍有下级单位" });
    }
    checkSameRegion(parent, data.region);
    const newPath = childPath(parent?.path ?? null, id);
    await tx.unit.update({ where: { id }, data });
    // A department's units move region with it (their existing reports keep their template).
    if (data.region !== unit.region) await tx.unit.updateMany({ where: { path: { startsWith: unit.path } }, data: { region: data.region } });
    if (newPath !== unit.path) {
      // Moving a department moves its whole subtree: rewrite every descendant's path prefix.
      await tx.$executeRaw`UPDATE "Unit" SET path = ${newPath} || substr(path, ${unit.path.length + 1}) WHERE path LIKE ${unit.path + "%"}`;
    }
    await audit(tx, { actorId: admin.id, action: "unit.update", detail: { unitId: id, before: { code: unit.code, name: unit.name, parentId: unit.parentId, region: unit.region }, after: { ...data } } });
  });
}
