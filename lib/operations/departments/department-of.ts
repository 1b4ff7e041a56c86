import "server-only";
import type { Tx } from "@/lib/operations/report-lock";

/** The 主管部门 a unit reports under: the nearest department on its path (itself, if it is one). */
export async function departmentOf(tx: Pick<Tx, "unit">, unit: { path: string }): Promise<{ id: string; code: string; name: string; path: string } | null> {
  const ids = unit.path.split("/").filter(Boolean);
  const departments = await tx.unit.findMany({ where: { id: { in: ids }, isDepartment: true }, select: { id: true, code: true, name: true, path: true } });
  const nearest = ids.reverse().find((id) => departments.some((d) => d.id === id));
  return departments.find((d) => d.id === nearest) ?? null;
}

/**
 * The units a department report may list: active units (not departments) whose nearest department
 * is this one; a sub-department's units belong to the sub-department's own 部门决算. In code order.
 */
export async function memberCandidates(tx: Pick<Tx, "unit">, department: { id: string; path: string }) {
  const under = await tx.unit.findMany({
    where: { path: { startsWith: department.path }, active: true, id: { not: department.id } },
    select: { id: true, code: true, name: true, path: true, isDepartment: true },
    orderBy: { code: "asc" },
  });
  const subDepartments = under.filter((u) => u.isDepartment);
  return under.filter((u) => !u.isDepartment && !subDepartments.some((d) => u.path.startsWith(d.path)));
}
