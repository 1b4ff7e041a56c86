"use server";
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { requirePermission } from "@/lib/session";
import { childPath, isInSubtree } from "@/lib/units/tree";
import { isUniqueViolation, parseInput } from "@/lib/validation/parse";
import { unitSchema, unitUpdateSchema } from "@/lib/validation/units";
import { z } from "zod";

async function parentPath(parentId: string | null): Promise<string | null> {
  if (!parentId) return null;
  const parent = await db.unit.findUnique({ where: { id: parentId } });
  if (!parent) throw new AppError("INVALID", "所选上级部门不存在", { parentId: "所选上级部门不存在" });
  if (!parent.isDepartment) throw new AppError("INVALID", `“${parent.name}”不是部门，不能作为上级`, { parentId: "上级必须是部门" });
  return parent.path;
}

const duplicateCode = (code: string) => new AppError("INVALID", `单位编码“${code}”已被使用`, { code: "单位编码已被使用" });

export async function createUnit(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const admin = await requirePermission("unit:manage");
    const data = parseInput(unitSchema, input);
    const pPath = await parentPath(data.parentId);
    const unit = await db.$transaction(async (tx) => {
      const created = await tx.unit.create({ data: { ...data, path: "" } });
      const withPath = await tx.unit.update({ where: { id: created.id }, data: { path: childPath(pPath, created.id) } });
      await audit(tx, { actorId: admin.id, action: "unit.create", detail: { unitId: created.id, code: data.code, name: data.name } });
      return withPath;
    });
    revalidatePath("/admin/units");
    return { ok: true, data: { id: unit.id } };
  } catch (e) {
    if (isUniqueViolation(e)) return toActionError(duplicateCode(String((input as { code?: unknown })?.code ?? "")));
    return toActionError(e);
  }
}

export async function updateUnit(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission("unit:manage");
    const { id, ...data } = parseInput(unitUpdateSchema, input);
    await db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id } });
      if (!unit) throw new AppError("NOT_FOUND", "单位不存在");
      const parent = data.parentId ? await tx.unit.findUnique({ where: { id: data.parentId } }) : null;
      if (data.parentId) {
        if (!parent) throw new AppError("INVALID", "所选上级部门不存在", { parentId: "所选上级部门不存在" });
        if (!parent.isDepartment) throw new AppError("INVALID", `“${parent.name}”不是部门，不能作为上级`, { parentId: "上级必须是部门" });
        if (isInSubtree(unit.path, parent.path)) throw new AppError("INVALID", "不能把单位移到它自己或它的下级单位之下", { parentId: "不能移到自身或下级之下" });
      }
      if (unit.isDepartment && !data.isDepartment) {
        const children = await tx.unit.count({ where: { parentId: id } });
        if (children > 0) throw new AppError("INVALID", `“${unit.name}”下还有 ${children} 个单位，不能取消部门属性`, { isDepartment: "仍有下级单位" });
      }
      const newPath = childPath(parent?.path ?? null, id);
      await tx.unit.update({ where: { id }, data });
      if (newPath !== unit.path) {
        // Moving a department moves its whole subtree: rewrite every descendant's path prefix.
        await tx.$executeRaw`UPDATE "Unit" SET path = ${newPath} || substr(path, ${unit.path.length + 1}) WHERE path LIKE ${unit.path + "%"}`;
      }
      await audit(tx, { actorId: admin.id, action: "unit.update", detail: { unitId: id, before: { code: unit.code, name: unit.name, parentId: unit.parentId }, after: data } });
    });
    revalidatePath("/admin/units");
    return { ok: true };
  } catch (e) {
    if (isUniqueViolation(e)) return toActionError(duplicateCode(String((input as { code?: unknown })?.code ?? "")));
    return toActionError(e);
  }
}

const activeSchema = z.object({ id: z.string().min(1), active: z.boolean() });

export async function setUnitActive(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission("unit:manage");
    const { id, active } = parseInput(activeSchema, input);
    await db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id } });
      if (!unit) throw new AppError("NOT_FOUND", "单位不存在");
      if (!active) {
        const activeChildren = await tx.unit.count({ where: { parentId: id, active: true } });
        if (activeChildren > 0) throw new AppError("INVALID", `“${unit.name}”下还有 ${activeChildren} 个启用中的单位，请先停用或移走它们`);
      }
      await tx.unit.update({ where: { id }, data: { active } });
      await audit(tx, { actorId: admin.id, action: active ? "unit.activate" : "unit.deactivate", detail: { unitId: id } });
    });
    revalidatePath("/admin/units");
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}
