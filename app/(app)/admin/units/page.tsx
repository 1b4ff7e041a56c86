import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { loadUnits } from "@/lib/data/admin";
import { requirePagePermission } from "@/lib/session";
import { buildTree, flatten } from "@/lib/units/tree";
import { REGION_LABELS, UNIT_KIND_LABELS } from "@/lib/validation/units";
import { UnitActiveToggle, UnitFormDialog, type UnitRow } from "./unit-form";

export const metadata: Metadata = { title: "单位管理" };

export default async function UnitsPage() {
  const units = await loadUnits(await requirePagePermission("unit:manage"));
  const rows = flatten(buildTree(units));
  const departments: UnitRow[] = units.filter((u) => u.isDepartment).map(toRow);

  return (
    <>
      <PageHeader
        title="单位管理"
        description={`共 ${units.length} 个单位（部门及其下属单位构成树状结构）`}
        actions={<UnitFormDialog departments={departments} />}
      />
      <DataTable headers={["单位名称", "编码", "性质", "地区", "状态", "操作"]}>
        {rows.map(({ unit, depth }) => (
          <tr key={unit.id} className="border-t border-slate-100" data-testid={`unit-${unit.code}`}>
            <td className="px-4 py-2" style={{ paddingLeft: `${1 + depth * 1.5}rem` }}>
              {depth > 0 && <span className="mr-1 text-slate-300">└</span>}
              <span className={unit.active ? "" : "text-slate-400 line-through"}>{unit.name}</span>
              {unit.isDepartment && <span className="ml-2"><Badge tone="blue">部门</Badge></span>}
            </td>
            <td className="px-4 py-2 font-mono text-slate-600">{unit.code}</td>
            <td className="px-4 py-2">{UNIT_KIND_LABELS[unit.kind]}</td>
            <td className="px-4 py-2">{REGION_LABELS[unit.region]}</td>
            <td className="px-4 py-2">{unit.active ? <Badge tone="green">启用</Badge> : <Badge>停用</Badge>}</td>
            <td className="space-x-2 px-4 py-2">
              <UnitFormDialog departments={departments.filter((d) => !d.path.startsWith(unit.path))} unit={toRow(unit)} />
              <UnitActiveToggle id={unit.id} name={unit.name} active={unit.active} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function toRow(u: UnitRow): UnitRow {
  return { id: u.id, code: u.code, name: u.name, kind: u.kind, isDepartment: u.isDepartment, region: u.region, parentId: u.parentId, path: u.path };
}
