"use client";
/** The facts editor's sections 一–十二 and the settings (十三 is performance-fields.tsx). */
import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { useFormContext } from "react-hook-form";
import { Input, Select } from "@/components/ui/input";
import { FACT_FIELDS, SETTINGS_FIELDS } from "@/lib/validation/facts/definition";
import type { BudgetFund, EditorPath, EditorValues } from "./editor-values";
import { DefinedFields, errorAt, Group, GroupError, TextField, useBind, useError, Wide } from "./form-controls";

export function UnitKindField() {
  const bind = useBind();
  return (
    <Field id="f-unitKind" label="单位类型（决定是否说明机关运行经费）">
      <Select id="f-unitKind" {...bind("form.unitKind")}>
        <option value="administrative">行政单位</option>
        <option value="civilServiceManaged">参照公务员法管理的事业单位</option>
        <option value="institution">事业单位（不参照公务员法管理）</option>
      </Select>
    </Field>
  );
}

export function LastYearFields({ year, action }: { year: number; action?: ReactNode }) {
  return (
    <Group title={`上年决算数（${year - 1}年度）`} hint="用于与上年比较的各项数字；不填则文字中不作比较，并在右侧列为待补充。" actions={action}>
      <DefinedFields path="form.lastYear" leaves={FACT_FIELDS.lastYear} />
    </Group>
  );
}

export interface BudgetRow {
  readonly code: string;
  readonly name: string;
  /** 支出决算 as the table prints it (万元); null for a 项 the table does not list. */
  readonly actual: string | null;
}

const FUND_TITLES: Record<BudgetFund, string> = {
  gp: "公开05表 一般公共预算财政拨款支出",
  gf: "公开07表 政府性基金预算财政拨款支出",
  soe: "公开08表 国有资本经营预算财政拨款支出",
};

function BudgetTable({ fund, rows }: { fund: BudgetFund; rows: readonly BudgetRow[] }) {
  const { formState } = useFormContext<EditorValues>();
  const bind = useBind();
  return (
    <Wide>
      <h4 className="mb-1 text-sm font-medium text-slate-700">{FUND_TITLES[fund]}</h4>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">该表没有项级科目，无需填写。</p>
      ) : (
        <table className="w-full text-sm" data-testid={`budgets-${fund}`}>
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1 pr-2 font-normal">科目</th>
              <th className="py-1 pr-2 text-right font-normal">支出决算（万元）</th>
              <th className="w-44 py-1 font-normal">年初预算（元）</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = `form.budgets.${fund}.c${r.code}` as const;
              const error = errorAt(formState.errors, name);
              return (
                <tr key={r.code} className="border-t border-slate-100 align-top">
                  <td className="py-1 pr-2">
                    <span className="font-mono text-slate-500">{r.code}</span> {r.name}
                    {r.actual === null && <span className="text-slate-500">（本表未列出）</span>}
                  </td>
                  <td className="py-1 pr-2 text-right tabular-nums">{r.actual ?? "—"}</td>
                  <td className="py-1">
                    <Input inputMode="decimal" autoComplete="off" aria-label={`${r.code} ${r.name} 年初预算（元）`} aria-invalid={error ? true : undefined} {...bind(name)} />
                    {error && (
                      <p role="alert" className="mt-0.5 text-xs text-seal">
                        {error}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Wide>
  );
}

export function BudgetFields({ rows }: { rows: Readonly<Record<BudgetFund, readonly BudgetRow[]>> }) {
  return (
    <Group title="年初预算" hint="每个项级科目的年初预算数，用于五(三)、七、八的“完成年初预算的…%”；没有预算请填0。">
      <BudgetTable fund="gp" rows={rows.gp} />
      <Wide>
        <TextField
          name="form.budgets.gpTotal"
          label="一般公共预算财政拨款支出年初预算合计"
          kind="amount"
          hint="含有预算但本年没有支出的项；不填则按上表各项之和"
        />
      </Wide>
      <BudgetTable fund="gf" rows={rows.gf} />
      <BudgetTable fund="soe" rows={rows.soe} />
    </Group>
  );
}

export function OperatingCostFields() {
  return (
    <Group title="机关运行经费预算" hint="行政单位和参公事业单位填写；机关运行经费支出取公开06表公用经费。">
      <TextField name="form.operatingCostBudget" label="机关运行经费年初预算" kind="amount" />
    </Group>
  );
}

export function ThreePublicFields() {
  return (
    <Group title="“三公”经费相关数量" hint="公开09表之外需要说明的团组、车辆和接待数量；没有请填0。">
      <DefinedFields
        path="form.threePublic"
        leaves={FACT_FIELDS.threePublic}
        hints={{ foreignAffairsBatches: "含在国内接待中", receptionPurpose: "例如：上级部门检查指导工作、外地市学习交流" }}
        wide={["receptionPurpose"]}
      />
    </Group>
  );
}

export function ProcurementFields() {
  return (
    <Group title="政府采购" hint="没有请填0。">
      <DefinedFields path="form.procurement" leaves={FACT_FIELDS.procurement} hints={{ small: "包含在授予中小企业合同金额中" }} />
    </Group>
  );
}

export function AssetFields() {
  const bind = useBind();
  const asOfError = useError("form.assets.asOf");
  return (
    <Group title="国有资产占用">
      <Field id="f-asOf" label="截至日期" error={asOfError}>
        <Input id="f-asOf" type="date" aria-invalid={asOfError ? true : undefined} {...bind("form.assets.asOf")} />
      </Field>
      <TextField name="form.assets.equipmentOver1m" label={FACT_FIELDS.assets.equipmentOver1m.label} kind="count" hint="台（套），不含车辆" />
      <DefinedFields path="form.assets.vehicles" leaves={FACT_FIELDS.assets.vehicles} />
      <Wide>
        <GroupError name="form.assets.vehicles" />
        <TextField name="form.assets.otherVehiclesNote" label={FACT_FIELDS.assets.otherVehiclesNote.label} hint="例如：驻北京办事处和驻济南办事处各有3辆其他用车" />
      </Wide>
    </Group>
  );
}

export function SettingsFields() {
  const bind = useBind();
  return (
    <Group title="生成设置" hint="文字的写法；一般保持默认。">
      <TextField name="settings.flatThresholdPercent" label={SETTINGS_FIELDS.flatThresholdPercent.label} kind="score" hint="完成率在100%上下此幅度内写“基本持平”，不要求说明原因" />
      <Field id="f-lastYearZero" label={SETTINGS_FIELDS.lastYearZero.label}>
        <Select id="f-lastYearZero" {...bind("settings.lastYearZero")}>
          <option value="growth100">写“增长100%”</option>
          <option value="omitPercent">不写增长百分比</option>
        </Select>
      </Field>
      <Field id="f-arithmetic" label={SETTINGS_FIELDS.arithmetic.label}>
        <Select id="f-arithmetic" {...bind("settings.arithmetic")}>
          <option value="printed">按公开的万元数计算（读者可用计算器复核）</option>
          <option value="exact">按元角分精确计算</option>
        </Select>
      </Field>
    </Group>
  );
}
