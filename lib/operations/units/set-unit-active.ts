import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { lockUnit } from "./unit-lock";

/** Enables or disables a unit; a department with enabled units under it stays enabled. */
export function setUnitActive(admin: CurrentUser, { id, active }: { id: string; active: boolean }): Promise<void> {
  return inTransaction(async (tx) => {
    const unit = await lockUnit(tx, id);
    if (!active) {
      const activeChildren = await tx.unit.count({ where: { parentId: id, active: true } });
      if (activeChildren > 0) throw new AppError("INVALID", `“${unit.name}”下还有 ${activeChildren} 个启用中的单位，请先停用或移走它们`);
    }
    await tx.unit.update({ where: { id }, data: { active } });
    await audit(tx, { actorId: admin.id, action: active ? "unit.activate" : "unit.deactivate", detail: { unitId: id } });
  });
}
