"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { ActiveToggle } from "@/components/confirm-action-button";
import { editOrAddTrigger, FormDialog } from "@/components/form-dialog";
import { useRecordDialog } from "@/components/use-action-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { LabelSelectField } from "@/components/ui/select-field";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/actions/users";
import { ROLE_LABELS } from "@/lib/authz";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema, type UserCreateInput } from "@/lib/validation/users";

export interface UnitOption { id: string; label: string; isDepartment: boolean; active: boolean }
export interface UserRow { id: string; login: string; displayName: string; role: keyof typeof ROLE_LABELS; unitId: string | null; scopeUnitIds: string[] }

type FormValues = Omit<UserCreateInput, "password"> & { password?: string };

export function UserFormDialog({ units, user }: { units: UnitOption[]; user?: UserRow }) {
  const form = useForm<FormValues>({
    resolver: zodResolver(user ? userUpdateSchema : userCreateSchema) as unknown as Resolver<FormValues>,
    defaultValues: user
      ? { login: user.login, displayName: user.displayName, role: user.role, unitId: user.unitId ?? "", scopeUnitIds: user.scopeUnitIds }
      : { login: "", displayName: "", role: "UNIT_STAFF", unitId: "", scopeUnitIds: [], password: "" },
  });
  const role = form.watch("role");
  const { errors } = form.formState;
  const dialog = useRecordDialog(form, user, { create: createUser, update: updateUser });

  return (
    <FormDialog {...dialog} title={user ? `编辑用户：${user.login}` : "新增用户"} trigger={editOrAddTrigger(!!user, "新增用户")}>
      <Field id="user-login" label="登录账号" error={errors.login?.message}>
        <Input id="user-login" autoComplete="off" aria-invalid={!!errors.login} {...form.register("login")} />
      </Field>
      <Field id="user-name" label="姓名" error={errors.displayName?.message}>
        <Input id="user-name" aria-invalid={!!errors.displayName} {...form.register("displayName")} />
      </Field>
      {!user && (
        <Field id="user-password" label="初始密码" error={errors.password?.message} hint="至少 8 位，须同时包含字母和数字">
          <Input id="user-password" type="password" autoComplete="new-password" aria-invalid={!!errors.password} {...form.register("password")} />
        </Field>
      )}
      <LabelSelectField id="user-role" label="角色" error={errors.role?.message} labels={ROLE_LABELS} {...form.register("role")} />
      {role === "UNIT_STAFF" && (
        <Field id="user-unit" label="所属单位" error={errors.unitId?.message}>
          <Select id="user-unit" {...form.register("unitId")}>
            <option value="">请选择</option>
            {units.filter((u) => u.active).map((u) => (
              <option key={u.id} value={u.id}>{u.label}</option>
            ))}
          </Select>
        </Field>
      )}
      {(role === "REVIEWER" || role === "DEPARTMENT_REVIEWER") && (
        <Field
          id="user-scopes"
          label={role === "REVIEWER" ? "负责的单位或部门（选部门即包含其全部下属单位）" : "负责的部门（审核其成员单位的决算，是两级审核的第一级）"}
          error={errors.scopeUnitIds?.message}
        >
          <select id="user-scopes" multiple size={8} className="block w-full rounded-md border border-slate-300 p-1 text-sm" {...form.register("scopeUnitIds")}>
            {units.filter((u) => role === "REVIEWER" || u.isDepartment).map((u) => (
              <option key={u.id} value={u.id}>{u.label}{u.isDepartment ? "（部门）" : ""}</option>
            ))}
          </select>
        </Field>
      )}
    </FormDialog>
  );
}

export function PasswordResetDialog({ id, login }: { id: string; login: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<{ id: string; password: string }>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { id, password: "" } });
  async function onSubmit(values: { id: string; password: string }) {
    const res = await resetPassword(values);
    if (!res.ok) return setError(res.message);
    setDone(true);
    form.reset({ id, password: "" });
  }
  return (
    <FormDialog
      open={open}
      onOpenChange={(o) => { setOpen(o); setError(null); setDone(false); }}
      title={`重置密码：${login}`}
      description="重置后该账号的登录会话全部失效，锁定状态同时解除。"
      trigger={<Button variant="ghost" size="sm">重置密码</Button>}
      onSubmit={form.handleSubmit(onSubmit)}
      error={error}
      submitLabel="确认重置"
      busy={form.formState.isSubmitting}
      cancelLabel={null}
    >
      {done && <Alert tone="success">密码已重置</Alert>}
      <Field id={`reset-${id}`} label="新密码" error={form.formState.errors.password?.message}>
        <Input id={`reset-${id}`} type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
    </FormDialog>
  );
}

export function UserActiveToggle({ id, login, active }: { id: string; login: string; active: boolean }) {
  return (
    <ActiveToggle active={active} confirmDeactivate={`确定停用账号“${login}”吗？`} action={(next) => setUserActive({ id, active: next })} />
  );
}
