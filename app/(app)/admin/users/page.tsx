import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { ROLE_LABELS } from "@/lib/authz";
import { loadUsersAndUnits } from "@/lib/data/admin";
import { requirePagePermission } from "@/lib/session";
import { buildTree, flatten } from "@/lib/units/tree";
import { PasswordResetDialog, UserActiveToggle, UserFormDialog, type UnitOption, type UserRow } from "./user-form";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersPage() {
  const me = await requirePagePermission("user:manage");
  const [users, units] = await loadUsersAndUnits(me);
  const unitOptions: UnitOption[] = flatten(buildTree(units)).map(({ unit, depth }) => ({
    id: unit.id,
    label: `${"　".repeat(depth)}${unit.name}`,
    isDepartment: unit.isDepartment,
    active: unit.active,
  }));

  return (
    <>
      <PageHeader title="用户管理" description={`共 ${users.length} 个账号`} actions={<UserFormDialog units={unitOptions} />} />
      <DataTable headers={["登录账号", "姓名", "角色", "所属单位 / 负责范围", "状态", "操作"]}>
        {users.map((u) => {
          const row: UserRow = {
            id: u.id,
            login: u.login,
            displayName: u.displayName,
            role: u.role,
            unitId: u.unitId,
            scopeUnitIds: u.scopes.map((s) => s.unitId),
          };
          const locked = u.lockedUntil && u.lockedUntil > new Date();
          return (
            <tr key={u.id} className="border-t border-slate-100" data-testid={`user-${u.login}`}>
              <td className="px-4 py-2 font-mono">{u.login}</td>
              <td className="px-4 py-2">{u.displayName}</td>
              <td className="px-4 py-2">{ROLE_LABELS[u.role]}</td>
              <td className="px-4 py-2 text-slate-600">
                {u.role === "UNIT_STAFF" && u.unit?.name}
                {(u.role === "REVIEWER" || u.role === "DEPARTMENT_REVIEWER") && u.scopes.map((s) => s.unit.name + (s.includeSubtree ? "（含下属）" : "")).join("、")}
                {u.role === "ADMIN" && "—"}
              </td>
              <td className="px-4 py-2 space-x-1">
                {u.active ? <Badge tone="green">启用</Badge> : <Badge>停用</Badge>}
                {locked && <Badge tone="red">已锁定</Badge>}
              </td>
              <td className="space-x-1 px-4 py-2 whitespace-nowrap">
                <UserFormDialog units={unitOptions} user={row} />
                <PasswordResetDialog id={u.id} login={u.login} />
                {u.id !== me.id && <UserActiveToggle id={u.id} login={u.login} active={u.active} />}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
