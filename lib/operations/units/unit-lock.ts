import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";

/**
 * Unit writes lock the rows they read, so that two admins moving units at once cannot build a
 * cycle or orphan a subtree from paths each read before the other's move.
 */
export async function lockUnit(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Unit" WHERE id = ${id} FOR UPDATE`;
  const unit = await tx.unit.findUnique({ where: { id } });
  if (!unit) throw new AppError("NOT_FOUND", "单位不存在");
  return unit;
}

/** The department a unit is placed under, locked; null for a top-level unit. */
export async function lockParentDepartment(tx: Tx, parentId: string | null) {
  if (!parentId) return null;
  await tx.$queryRaw`SELECT 1 FROM "Unit" WHERE id = ${parentId} FOR UPDATE`;
  const parent = await tx.unit.findUnique({ where: { id: parentId } });
  if (!parent) throw new AppError("INVALID", "所选上级部门不存在", { parentId: "所选上级部门不存在" });
  if (!parent.isDepartment) throw new AppError("INVALID", `“${parent.name}”不是部门，不能作为上级`, { parentId: "上级必须是部门" });
  return parent;
}
