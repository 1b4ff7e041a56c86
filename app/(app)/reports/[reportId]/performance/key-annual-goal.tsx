"use client";
/** 二（二）年度绩效目标 of a 重点绩效评价报告: the project's category, money, basis, goal and its indicators as approved. */
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { EditableRows, TextField } from "./editable-rows";
import type { FormPart } from "./indicator-fields";

const GOAL_COLUMNS = { level1: "一级指标", level2: "二级指标", content: "指标内容", value: "指标值", note: "备注" } as const;

export function KeyAnnualGoal({ form, year, error }: { form: FormPart; year: number; error: (path: string) => string | undefined }) {
  const rows = useFieldArray({ control: form.control, name: "annualGoal.indicators" });
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-sm font-semibold">{`二、（二）${year}年度绩效目标`}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} path="annualGoal.projectCategory" label="项目类别" error={error} />
        <TextField form={form} path="annualGoal.implementer" label="项目实施单位" error={error} />
        <TextField form={form} path="annualGoal.fundsTotal" label="项目资金申请：资金总额（万元）" error={error} />
        <TextField form={form} path="annualGoal.fiscalFunds" label="项目资金申请：财政拨款（万元）" error={error} />
      </div>
      <TextareaField id="key-basis" label="项目立项依据" error={error("annualGoal.basis")} rows={2} {...form.register("annualGoal.basis")} />
      <TextareaField id="key-goal" label="项目绩效年度目标" error={error("annualGoal.goal")} rows={2} {...form.register("annualGoal.goal")} />
      <div>
        <p className="mb-1 text-sm font-medium text-slate-700">年度绩效指标（按批复的目标原样填写，不参与计分）</p>
        <EditableRows form={form} rows={rows} path="annualGoal.indicators" rowLabel="年度绩效指标" columns={GOAL_COLUMNS} error={error} />
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => rows.append({ level1: "", level2: "", content: "", value: "", note: "" })}>
          添加年度绩效指标
        </Button>
      </div>
      <TextareaField id="key-other" label="其他需要说明的问题" error={error("annualGoal.otherNotes")} rows={2} {...form.register("annualGoal.otherNotes")} />
    </fieldset>
  );
}
