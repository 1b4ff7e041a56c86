"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Resolver } from "react-hook-form";
import { ActiveToggle } from "@/components/confirm-action-button";
import { editOrAddTrigger, FormDialog } from "@/components/form-dialog";
import { useRecordDialog } from "@/components/use-action-dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { LabelSelectField } from "@/components/ui/select-field";
import { createUnit, setUnitActive, updateUnit } from "@/lib/actions/units";
import { REGION_LABELS, UNIT_KIND_LABELS, unitSchema, type UnitInput } from "@/lib/validation/units";

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: keyof typeof UNIT_KIND_LABELS;
  isDepartment: boolean;
  region: keyof typeof REGION_LABELS;
  parentId: string | null;
  path: string;
}

export function UnitFormDialog({ departments, unit }: { departments: UnitRow[]; unit?: UnitRow }) {
  const form = useForm<UnitInput>({
    resolver: zodResolver(unitSchema) as unknown as Resolver<UnitInput>,
    defaultValues: unit
      ? { code: unit.code, name: unit.name, kind: unit.kind, isDepartment: unit.isDepartment, region: unit.region, parentId: unit.parentId ?? "" }
      : { code: "", name: "", kind: "ADMINISTRATIVE", isDepartment: false, region: "SHANDONG", parentId: "" },
  });
  const { errors } = form.formState;
  const dialog = useRecordDialog(form, unit, { create: createUnit, update: updateUnit });

  return (
    <FormDialog {...dialog} title={unit ? `编辑单位：${unit.name}` : "新增单位"} trigger={editOrAddTrigger(!!unit, "新增单位")}>
      <Field id="unit-code" label="单位编码" error={errors.code?.message}>
        <Input id="unit-code" aria-invalid={!!errors.code} {...form.register("code")} />
      </Field>
      <Field id="unit-name" label="单位名称" error={errors.name?.message}>
        <Input id="unit-name" aria-invalid={!!errors.name} {...form.register("name")} />
      </Field>
      <LabelSelectField id="unit-kind" label="单位性质" error={errors.kind?.message} labels={UNIT_KIND_LABELS} {...form.register("kind")} />
      <LabelSelectField
        id="unit-region"
        label="所在地区"
        hint="决定新建决算使用的公开表模板；应与上级部门一致"
        error={errors.region?.message}
        labels={REGION_LABELS}
        {...form.register("region")}
      />
      <Field id="unit-parent" label="所属部门" error={errors.parentId?.message} hint="不选表示顶级部门">
        <Select id="unit-parent" {...form.register("parentId")}>
          <option value="">（无，顶级）</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>{d.name}（{d.code}）</option>
          ))}
        </Select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("isDepartment")} /> 这是一个部门（主管部门，可下设单位）
      </label>
    </FormDialog>
  );
}

export function UnitActiveToggle({ id, name, active }: { id: string; name: string; active: boolean }) {
  return (
    <ActiveToggle
      active={active}
      confirmDeactivate={`确定停用“${name}”吗？停用后其用户将无法登录填报。`}
      action={(next) => setUnitActive({ id, active: next })}
    />
  );
}
