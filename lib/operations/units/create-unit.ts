import "server-only";
import type { Region, UnitKind } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { childPath } from "@/lib/units/tree";
import { lockParentDepartment } from "./unit-lock";

export interface UnitFields {
  code: string;
  name: string;
  kind: UnitKind;
  isDepartment: boolean;
  region: Region;
  parentId: string | null;
}

/** A unit reports in its department's region: one department, one template. */
export function checkSameRegion(parent: { name: string; region: Region } | null, region: Region): void {
  if (parent && parent.region !== region) {
    throw new AppError("INVALID", `所在地区应与上级部门“${parent.name}”一致`, { region: "应与上级部门一致" });
  }
}

/** The unit code is unique; a clash (also a concurrent one) is named on its field. */
export const duplicateUnitCode = (code: string) => new AppError("INVALID", `单位编码“${code}”已被使用`, { code: "单位编码已被使用" });

/** A new unit under a department (or at the top); its path is known only once it has an id. */
export function createUnit(admin: CurrentUser, data: UnitFields): Promise<{ id: string }> {
  return inTransaction(async (tx) => {
    const parent = await lockParentDepartment(tx, data.parentId);
    checkSameRegion(parent, data.region);
    const created = await tx.unit.create({ data: { ...data, path: "" } });
    await tx.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path ?? null, created.id) } });
    await audit(tx, { actorId: admin.id, action: "unit.create", detail: { unitId: created.id, code: data.code, name: data.name } });
    return { id: created.id };
  });
}
