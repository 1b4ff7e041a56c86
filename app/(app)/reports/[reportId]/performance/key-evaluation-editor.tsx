"use client";
import { useState } from "react";
import { useFieldArray, useForm, type FieldPathByValue } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { saveKeyEvaluation } from "@/lib/actions/performance";
import { cn } from "@/lib/cn";
import { evaluateProject } from "@/lib/performance/evaluation";
import { formatScore } from "@/lib/performance/format";
import { KEY_EVALUATION_LEVEL1, conclusionSentence, evaluateKeyEvaluation } from "@/lib/performance/key-evaluation";
import { KEY_TEXT_KEYS, keyTextSlots, type KeyTextKey } from "@/lib/performance/key-evaluation-outline";
import type { StoredKeyEvaluation, StoredProject } from "@/lib/performance/document";
import { draftKeyEvaluation, type KeyEvaluationForm } from "@/lib/validation/performance/key-evaluation";
import { checkKeyEvaluationInput } from "@/lib/validation/performance/project-entry";
import { draftSelfEvaluation } from "@/lib/validation/performance/self-evaluation";
import { errorMap, refusalText } from "@/lib/performance/field-issues";
import { FieldError, IssueList, TargetInputs, cellInput, targetEditorFrom, targetForm, type TargetEditor } from "./indicator-fields";

type Level1 = (typeof KEY_EVALUATION_LEVEL1)[number];

interface IndicatorEditor {
  level1: Level1;
  level2: string;
  level3: string;
  level4: string;
  target: TargetEditor;
  actual: string;
  weight: string;
}

interface Values {
  budget: string;
  executed: string;
  fundingSource: string;
  executionRow: { level1: Level1; level2: string; level3: string; level4: string; weight: string };
  indicators: IndicatorEditor[];
  annualGoal: {
    projectCategory: string;
    implementer: string;
    fundsTotal: string;
    fiscalFunds: string;
    basis: string;
    goal: string;
    indicators: { level1: string; level2: string; content: string; value: string; note: string }[];
    otherNotes: string;
  };
  evaluators: { name: string; position: string; responsibility: string }[];
  /** In KEY_TEXT_KEYS order: the keys contain dots, which form field names would read as nesting. */
  sectionTexts: string[];
}

function blankIndicator(level1: Level1): IndicatorEditor {
  return { level1, level2: "", level3: "", level4: "", target: targetEditorFrom(undefined), actual: "", weight: "" };
}

function initialValues(project: StoredProject, stored: StoredKeyEvaluation | null): Values {
  const f = stored?.form;
  if (f) {
    return {
      budget: f.budget,
      executed: f.executed,
      fundingSource: f.fundingSource,
      executionRow: { ...f.executionRow },
      indicators: f.indicators.map((i) => ({ level1: i.level1, level2: i.level2, level3: i.level3, level4: i.level4, target: targetEditorFrom(i.target), actual: i.actual, weight: i.weight })),
      annualGoal: {
        ...f.annualGoal,
        indicators: f.annualGoal.indicators.map((i) => ({ ...i, note: i.note ?? "" })),
        otherNotes: f.annualGoal.otherNotes ?? "",
      },
      evaluators: f.evaluators.map((e) => ({ ...e })),
      sectionTexts: KEY_TEXT_KEYS.map((k) => f.sections[k] ?? ""),
    };
  }
  // A new report starts from what the project already states about its money.
  const execution = project.detail ? evaluateProject(draftSelfEvaluation(project.detail)).execution.total : null;
  const budget = execution ? execution.full.toFixed() : "";
  return {
    budget,
    executed: execution ? execution.executed.toFixed() : (project.executed ?? ""),
    fundingSource: "",
    executionRow: { level1: "过程", level2: "资金管理", level3: "预算执行率", level4: "预算资金执行率", weight: "10" },
    indicators: [blankIndicator("产出")],
    annualGoal: { projectCategory: "", implementer: "", fundsTotal: budget, fiscalFunds: budget, basis: "", goal: "", indicators: [], otherNotes: "" },
    evaluators: [],
    sectionTexts: KEY_TEXT_KEYS.map(() => ""),
  };
}

function formOf(v: Values, project: StoredProject, year: number): KeyEvaluationForm {
  const sections: KeyEvaluationForm["sections"] = {};
  KEY_TEXT_KEYS.forEach((key: KeyTextKey, n) => {
    const text = v.sectionTexts[n] ?? "";
    if (text.trim() !== "") sections[key] = text;
  });
  return {
    projectName: project.name,
    year: String(year),
    supervisor: project.supervisor,
    budget: v.budget,
    executed: v.executed,
    fundingSource: v.fundingSource,
    executionRow: v.executionRow,
    indicators: v.indicators.map((i) => ({ level1: i.level1, level2: i.level2, level3: i.level3, level4: i.level4, target: targetForm(i.target), actual: i.actual, weight: i.weight })),
    annualGoal: v.annualGoal,
    evaluators: v.evaluators,
    sections,
  };
}

export function KeyEvaluationEditor(props: {
  reportId: string;
  baseVersion: number;
  year: number;
  project: StoredProject;
  stored: StoredKeyEvaluation | null;
  onSaved: (version: number) => void;
  onCancel: () => void;
}) {
  const { project, year } = props;
  const form = useForm<Values>({ defaultValues: initialValues(project, props.stored) });
  const indicators = useFieldArray({ control: form.control, name: "indicators" });
  const goalIndicators = useFieldArray({ control: form.control, name: "annualGoal.indicators" });
  const evaluators = useFieldArray({ control: form.control, name: "evaluators" });
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  const values = form.watch();
  const keyForm = formOf(values, project, year);
  const checked = attempted ? checkKeyEvaluationInput(keyForm, project, year) : null;
  const errors = { ...(refusal?.fields ?? {}), ...(checked && !checked.ok ? errorMap(checked.issues) : {}) };
  const err = (path: string) => errors[path];
  const result = evaluateKeyEvaluation(draftKeyEvaluation(keyForm));
  const slots = keyTextSlots(year);

  async function submit() {
    setAttempted(true);
    setRefusal(null);
    const check = checkKeyEvaluationInput(keyForm, project, year);
    if (!check.ok) {
      setRefusal({ message: refusalText(check.issues), fields: {} });
      return;
    }
    setBusy(true);
    const res = await saveKeyEvaluation({ reportId: props.reportId, baseVersion: props.baseVersion, projectId: project.id, form: keyForm });
    setBusy(false);
    if (!res.ok) {
      setRefusal({ message: res.message, fields: res.fieldErrors ?? {} });
      return;
    }
    props.onSaved(res.data.version);
  }

  const text = (path: FieldPathByValue<Values, string>, label: string) => (
    <div>
      <Field id={`key-${path}`} label={label} error={err(path)}>
        <Input id={`key-${path}`} aria-invalid={!!err(path)} {...form.register(path)} />
      </Field>
    </div>
  );

  return (
    <section aria-labelledby="key-editor-title" className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm" data-testid="key-evaluation-editor">
      <h2 id="key-editor-title" className="mb-1 text-lg font-semibold">重点绩效评价报告：{project.name}</h2>
      <p className="mb-4 text-sm text-slate-500">主管部门：{project.supervisor}；评价年度：{year}。项目名称和主管部门随项目列表。</p>
      <form
        noValidate
        className="space-y-8"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {refusal && (
          <div data-testid="key-editor-error">
            <Alert tone="error">{refusal.message}</Alert>
          </div>
        )}

        <fieldset className="grid gap-4 md:grid-cols-3">
          <legend className="mb-2 text-sm font-semibold">项目预算安排和支出（万元）</legend>
          {text("budget", "项目预算资金")}
          {text("executed", "本年度支出")}
          {text("fundingSource", "资金来源")}
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="mb-2 text-sm font-semibold">{`二、（二）${year}年度绩效目标`}</legend>
          <div className="grid gap-4 md:grid-cols-2">
            {text("annualGoal.projectCategory", "项目类别")}
            {text("annualGoal.implementer", "项目实施单位")}
            {text("annualGoal.fundsTotal", "项目资金申请：资金总额（万元）")}
            {text("annualGoal.fiscalFunds", "项目资金申请：财政拨款（万元）")}
          </div>
          <Field id="key-basis" label="项目立项依据" error={err("annualGoal.basis")}>
            <Textarea id="key-basis" rows={2} {...form.register("annualGoal.basis")} />
          </Field>
          <Field id="key-goal" label="项目绩效年度目标" error={err("annualGoal.goal")}>
            <Textarea id="key-goal" rows={2} {...form.register("annualGoal.goal")} />
          </Field>
          <div>
            <p className="mb-1 text-sm font-medium text-slate-700">年度绩效指标（按批复的目标原样填写，不参与计分）</p>
            <table className="w-full text-sm">
              <thead className="text-left text-slate-600">
                <tr>
                  <th className="pr-1">一级指标</th>
                  <th className="pr-1">二级指标</th>
                  <th className="pr-1">指标内容</th>
                  <th className="pr-1">指标值</th>
                  <th className="pr-1">备注</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {goalIndicators.fields.map((field, i) => (
                  <tr key={field.id} className="align-top">
                    {(["level1", "level2", "content", "value", "note"] as const).map((k) => {
                      const path = `annualGoal.indicators.${i}.${k}`;
                      return (
                        <td key={k} className="py-1 pr-1">
                          <Input aria-label={`年度绩效指标第${i + 1}行 ${{ level1: "一级指标", level2: "二级指标", content: "指标内容", value: "指标值", note: "备注" }[k]}`} className={cellInput} aria-invalid={!!err(path)} {...form.register(`annualGoal.indicators.${i}.${k}`)} />
                          <FieldError message={err(path)} />
                        </td>
                      );
                    })}
                    <td className="whitespace-nowrap py-1">
                      <Button variant="ghost" size="sm" onClick={() => goalIndicators.remove(i)}>删除</Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Button variant="secondary" size="sm" className="mt-2" onClick={() => goalIndicators.append({ level1: "", level2: "", content: "", value: "", note: "" })}>
              添加年度绩效指标
            </Button>
          </div>
          <Field id="key-other" label="其他需要说明的问题" error={err("annualGoal.otherNotes")}>
            <Textarea id="key-other" rows={2} {...form.register("annualGoal.otherNotes")} />
          </Field>
        </fieldset>

        <fieldset>
          <legend className="mb-2 text-sm font-semibold">评价指标与得分（得分、小计、总分和等级由系统计算）</legend>
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="key-indicator-table">
              <thead className="text-left text-slate-600">
                <tr>
                  <th className="py-1 pr-1">序号</th>
                  <th className="pr-1">一级指标</th>
                  <th className="pr-1">二级指标</th>
                  <th className="pr-1">三级指标</th>
                  <th className="pr-1">四级指标</th>
                  <th className="pr-1">目标值</th>
                  <th className="pr-1">完成值</th>
                  <th className="pr-1">分值</th>
                  <th className="pr-1">得分</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                <tr className="align-top">
                  <td className="py-1 pr-1 text-slate-500">1</td>
                  <td className="py-1 pr-1">
                    <Select aria-label="预算执行率 一级指标" className={cn(cellInput, "w-20!")} {...form.register("executionRow.level1")}>
                      {KEY_EVALUATION_LEVEL1.map((l) => (
                        <option key={l} value={l}>{l}</option>
                      ))}
                    </Select>
                  </td>
                  {(["level2", "level3", "level4"] as const).map((k) => (
                    <td key={k} className="py-1 pr-1">
                      <Input aria-label={`预算执行率 ${{ level2: "二级指标", level3: "三级指标", level4: "四级指标" }[k]}`} className={cn(cellInput, "w-32!")} aria-invalid={!!err(`executionRow.${k}`)} {...form.register(`executionRow.${k}`)} />
                      <FieldError message={err(`executionRow.${k}`)} />
                    </td>
                  ))}
                  <td className="py-1 pr-1 text-slate-600">100%</td>
                  <td className="py-1 pr-1 tabular-nums text-slate-600">{result.rows[0].actualText}</td>
                  <td className="py-1 pr-1">
                    <Input aria-label="预算执行率 分值" inputMode="decimal" className={cn(cellInput, "w-16!")} aria-invalid={!!err("executionRow.weight")} {...form.register("executionRow.weight")} />
                    <FieldError message={err("executionRow.weight")} />
                  </td>
                  <td className="py-1 pr-1 tabular-nums">
                    <output data-testid="key-score-1" className="inline-block min-w-10 rounded bg-slate-50 px-2 py-1">{formatScore(result.rows[0].score)}</output>
                  </td>
                  <td></td>
                </tr>
                {indicators.fields.map((field, i) => {
                  const n = i + 2;
                  const label = `第${n}项指标`;
                  const p = `indicators.${i}`;
                  const current = values.indicators[i];
                  const row = result.rows[n - 1];
                  const unit = current?.target.kind === "quantitative" ? current.target.unit : "";
                  return (
                    <tr key={field.id} className="border-t border-slate-100 align-top">
                      <td className="py-1 pr-1 text-slate-500">{n}</td>
                      <td className="py-1 pr-1">
                        <Select aria-label={`${label} 一级指标`} className={cn(cellInput, "w-20!")} {...form.register(`indicators.${i}.level1`)}>
                          {KEY_EVALUATION_LEVEL1.map((l) => (
                            <option key={l} value={l}>{l}</option>
                          ))}
                        </Select>
                      </td>
                      {(["level2", "level3", "level4"] as const).map((k) => (
                        <td key={k} className="py-1 pr-1">
                          <Input aria-label={`${label} ${{ level2: "二级指标", level3: "三级指标", level4: "四级指标" }[k]}`} className={cn(cellInput, "w-32!")} aria-invalid={!!err(`${p}.${k}`)} {...form.register(`indicators.${i}.${k}`)} />
                          <FieldError message={err(`${p}.${k}`)} />
                        </td>
                      ))}
                      <td className="py-1 pr-1">
                        <TargetInputs
                          label={label}
                          kind={current?.target.kind ?? "quantitative"}
                          fields={{
                            kind: form.register(`indicators.${i}.target.kind`),
                            operator: form.register(`indicators.${i}.target.operator`),
                            value: form.register(`indicators.${i}.target.value`),
                            unit: form.register(`indicators.${i}.target.unit`),
                            expected: form.register(`indicators.${i}.target.expected`),
                          }}
                          errors={{ operator: err(`${p}.target.operator`), value: err(`${p}.target.value`), unit: err(`${p}.target.unit`), expected: err(`${p}.target.expected`) ?? err(`${p}.target`) }}
                        />
                      </td>
                      <td className="py-1 pr-1">
                        <div className="flex items-center gap-1">
                          <Input aria-label={`${label} 完成值`} className={cn(cellInput, "w-24!")} aria-invalid={!!err(`${p}.actual`)} {...form.register(`indicators.${i}.actual`)} />
                          {unit && <span className="text-xs text-slate-500">{unit}</span>}
                        </div>
                        <FieldError message={err(`${p}.actual`) ?? err(`${p}.actualUnit`)} />
                      </td>
                      <td className="py-1 pr-1">
                        <Input aria-label={`${label} 分值`} inputMode="decimal" className={cn(cellInput, "w-16!")} aria-invalid={!!err(`${p}.weight`)} {...form.register(`indicators.${i}.weight`)} />
                        <FieldError message={err(`${p}.weight`)} />
                      </td>
                      <td className="py-1 pr-1 tabular-nums">
                        <output data-testid={`key-score-${n}`} className="inline-block min-w-10 rounded bg-slate-50 px-2 py-1">{row ? formatScore(row.score) : "—"}</output>
                      </td>
                      <td className="whitespace-nowrap py-1">
                        <Button variant="ghost" size="sm" aria-label={`删除${label}`} disabled={indicators.fields.length === 1} onClick={() => indicators.remove(i)}>
                          删除
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
            <Button variant="secondary" size="sm" onClick={() => indicators.append(blankIndicator(values.indicators.at(-1)?.level1 ?? "产出"))}>
              添加评价指标
            </Button>
            <div className="text-sm" data-testid="key-totals">
              <p className={cn(result.weightTotal.equals(100) ? "text-slate-600" : "font-medium text-seal")}>
                分值合计：{formatScore(result.weightTotal)}
                {result.weightTotal.equals(100) ? "" : "（应为100）"}
              </p>
              <p>
                {result.subtotals.map((s) => `${s.label}${formatScore(s.score)}分`).join("，")}
              </p>
              <p>
                总分：<output data-testid="key-total">{formatScore(result.total)}</output>　等级：<output data-testid="key-grade">{result.grade}</output>
              </p>
            </div>
          </div>
          <FieldError message={err("indicators")} />
          <p className="mt-2 rounded bg-slate-50 p-2 text-sm text-slate-700" data-testid="key-conclusion-live">
            四、（一）综合评价结论：{conclusionSentence(result)}
          </p>
        </fieldset>

        <fieldset>
          <legend className="mb-2 text-sm font-semibold">评价人员组成</legend>
          <table className="w-full text-sm">
            <thead className="text-left text-slate-600">
              <tr>
                <th className="pr-1">姓名</th>
                <th className="pr-1">单位及职务</th>
                <th className="pr-1">负责评价内容</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              {evaluators.fields.map((field, i) => (
                <tr key={field.id} className="align-top">
                  {(["name", "position", "responsibility"] as const).map((k) => (
                    <td key={k} className="py-1 pr-1">
                      <Input aria-label={`评价人员第${i + 1}行 ${{ name: "姓名", position: "单位及职务", responsibility: "负责评价内容" }[k]}`} className={cellInput} aria-invalid={!!err(`evaluators.${i}.${k}`)} {...form.register(`evaluators.${i}.${k}`)} />
                      <FieldError message={err(`evaluators.${i}.${k}`)} />
                    </td>
                  ))}
                  <td className="whitespace-nowrap py-1">
                    <Button variant="ghost" size="sm" onClick={() => evaluators.remove(i)}>删除</Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => evaluators.append({ name: "", position: "", responsibility: "" })}>
            添加评价人员
          </Button>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="mb-2 text-sm font-semibold">报告正文</legend>
          {slots.map((slot) => {
            const n = KEY_TEXT_KEYS.indexOf(slot.key);
            return (
              <Field key={slot.key} id={`key-section-${n}`} label={slot.heading} error={err(`sections.${slot.key}`)} hint={slot.hasTable ? "此节另有表格，正文可不填" : undefined}>
                <Textarea id={`key-section-${n}`} rows={3} {...form.register(`sectionTexts.${n}`)} />
              </Field>
            );
          })}
        </fieldset>

        <IssueList title="请先处理以下问题" issues={checked && !checked.ok ? checked.issues.map((i) => i.message) : []} testId="key-editor-issues" />

        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={props.onCancel}>取消</Button>
          <Button type="submit" disabled={busy}>保存重点绩效评价报告</Button>
        </div>
      </form>
    </section>
  );
}
