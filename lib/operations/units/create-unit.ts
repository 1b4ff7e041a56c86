import "server-only";
import { audit } from "@/lib/audit";
import type { UnitKind } from "@/generated/prisma/enums";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { childPath } from "@/lib/units/tree";
import { lockParentDepartment } from "./unit-lock";

export interface UnitFields {
  code: string;
  name: string;
  kind: UnitKind;
  isDepartment: boolean;
  parentId: string | null;
}

/** A new unit under a department (or at the top); its path is known only once it has an id. */
export function createUnit(admin: CurrentUser, data: UnitFields): Promise<{ id: string }> {
  return inTransaction(async (tx) => {
    const parent = await lockParentDepartment(tx, data.parentId);
    const created = await tx.unit.create({ data: { ...data, path: "" } });
    await tx.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path ?? null, created.id) } });
    await audit(tx, { actorId: admin.id, action: "unit.create", detail: { unitId: created.id, code: data.code, name: data.name } });
    return { id: created.id };
  });
}
