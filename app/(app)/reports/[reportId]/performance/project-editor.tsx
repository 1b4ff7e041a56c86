"use client";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { saveProject } from "@/lib/actions/performance";
import { cn } from "@/lib/cn";
import { evaluateProject } from "@/lib/performance/evaluation";
import { FUNDING_SOURCES, type FundingSourceKey } from "@/lib/performance/execution";
import { formatAmount, formatPercent, formatScore, formatScoreFixed } from "@/lib/performance/format";
import { COMMON_LEVEL2, SELF_EVALUATION_LEVEL1, isBlank } from "@/lib/performance/scoring";
import type { StoredProject } from "@/lib/performance/document";
import { checkProjectInput } from "@/lib/validation/performance/project-entry";
import { draftSelfEvaluation, type SelfEvaluationForm } from "@/lib/validation/performance/self-evaluation";
import { errorMap, refusalText } from "@/lib/performance/field-issues";
import { FieldError, IssueList, TargetInputs, cellInput, targetEditorFrom, targetForm, type TargetEditor } from "./indicator-fields";

type Level1 = (typeof SELF_EVALUATION_LEVEL1)[number];

interface IndicatorEditor {
  level1: Level1;
  level2: string;
  level3: string;
  target: TargetEditor;
  actual: string;
  weight: string;
  deviationReason: string;
}

interface FundingEditor {
  initial: string;
  full: string;
  executed: string;
}

interface Values {
  name: string;
  supervisor: string;
  mode: "detail" | "reported";
  reportedScore: string;
  executed: string;
  detail: {
    funding: Record<FundingSourceKey, FundingEditor>;
    executionWeight: string;
    goalExpected: string;
    goalAchieved: string;
    indicators: IndicatorEditor[];
  };
}

const ZERO_FUNDING: FundingEditor = { initial: "0", full: "0", executed: "0" };

function blankIndicator(level1: Level1): IndicatorEditor {
  return { level1, level2: "", level3: "", target: targetEditorFrom(undefined), actual: "", weight: "", deviationReason: "" };
}

function initialValues(project: StoredProject | null, defaultSupervisor: string): Values {
  const d = project?.detail ?? null;
  return {
    name: project?.name ?? "",
    supervisor: project?.supervisor ?? defaultSupervisor,
    mode: project && d === null ? "reported" : "detail",
    reportedScore: project?.reportedScore ?? "",
    executed: project?.executed ?? "",
    detail: {
      funding: {
        currentYear: d ? { ...d.execution.funding.currentYear } : { initial: "", full: "", executed: "" },
        carryOver: d ? { ...d.execution.funding.carryOver } : { ...ZERO_FUNDING },
        other: d ? { ...d.execution.funding.other } : { ...ZERO_FUNDING },
      },
      executionWeight: d?.execution.weight ?? "10",
      goalExpected: d?.overallGoal?.expected ?? "",
      goalAchieved: d?.overallGoal?.achieved ?? "",
      indicators: d
        ? d.indicators.map((i) => ({
            level1: i.level1,
            level2: i.level2,
            level3: i.level3,
            target: targetEditorFrom(i.target),
            actual: i.actual,
            weight: i.weight,
            deviationReason: i.deviationReason ?? "",
          }))
        : [blankIndicator("成本指标")],
    },
  };
}

function detailForm(v: Values): SelfEvaluationForm {
  const d = v.detail;
  return {
    projectName: v.name,
    supervisor: v.supervisor,
    execution: { funding: d.funding, weight: d.executionWeight },
    overallGoal: isBlank(d.goalExpected) && isBlank(d.goalAchieved) ? null : { expected: d.goalExpected, achieved: d.goalAchieved },
    indicators: d.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      target: targetForm(i.target),
      actual: i.actual,
      weight: i.weight,
      deviationReason: i.deviationReason,
    })),
  };
}

/** What the server action receives: exactly the fields of the chosen kind, nothing computed. */
function payloadOf(v: Values, id: string | undefined) {
  const base = { ...(id ? { id } : {}), name: v.name, supervisor: v.supervisor };
  return v.mode === "detail" ? { ...base, detail: detailForm(v) } : { ...base, detail: null, reportedScore: v.reportedScore, executed: v.executed };
}

const FUNDING_FIELDS = [
  { key: "initial", label: "年初预算数" },
  { key: "full", label: "全年预算数（A）" },
  { key: "executed", label: "全年执行数（B）" },
] as const;

export function ProjectEditor(props: {
  reportId: string;
  baseVersion: number;
  project: StoredProject | null;
  defaultSupervisor: string;
  onSaved: (version: number, name: string) => void;
  onCancel: () => void;
}) {
  const form = useForm<Values>({ defaultValues: initialValues(props.project, props.defaultSupervisor) });
  const indicators = useFieldArray({ control: form.control, name: "detail.indicators" });
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  const values = form.watch();
  const payload = payloadOf(values, props.project?.id);
  const checked = attempted ? checkProjectInput(payload) : null;
  const errors = { ...(refusal?.fields ?? {}), ...(checked && !checked.ok ? errorMap(checked.issues) : {}) };
  const err = (path: string) => errors[path];
  const result = values.mode === "detail" ? evaluateProject(draftSelfEvaluation(detailForm(values))) : null;

  async function submit() {
    setAttempted(true);
    setRefusal(null);
    const check = checkProjectInput(payload);
    if (!check.ok) {
      setRefusal({ message: refusalText(check.issues), fields: {} });
      return;
    }
    setBusy(true);
    const res = await saveProject({ reportId: props.reportId, baseVersion: props.baseVersion, project: payload });
    setBusy(false);
    if (!res.ok) {
      setRefusal({ message: res.message, fields: res.fieldErrors ?? {} });
      return;
    }
    props.onSaved(res.data.version, values.name.trim());
  }

  const weightOk = result !== null && result.weightTotal.equals(100);
  const allIssues = checked && !checked.ok ? checked.issues.map((i) => i.message) : [];

  return (
    <section aria-labelledby="project-editor-title" className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm" data-testid="project-editor">
      <h2 id="project-editor-title" className="mb-4 text-lg font-semibold">{props.project ? `编辑项目：${props.project.name}` : "新增项目"}</h2>
      <form
        noValidate
        className="space-y-6"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {refusal && (
          <div data-testid="project-editor-error">
            <Alert tone="error">{refusal.message}</Alert>
          </div>
        )}

        <div className="grid gap-4 md:grid-cols-2">
          <Field id="project-name" label="项目名称" error={err("name")}>
            <Input id="project-name" aria-invalid={!!err("name")} {...form.register("name")} />
          </Field>
          <Field id="project-supervisor" label="主管部门" error={err("supervisor")}>
            <Input id="project-supervisor" aria-invalid={!!err("supervisor")} {...form.register("supervisor")} />
          </Field>
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">自评方式</legend>
          <label className="mr-6 inline-flex items-center gap-2 text-sm">
            <input type="radio" value="detail" {...form.register("mode")} />
            在本系统填写绩效自评表（得分由系统计算）
          </label>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="radio" value="reported" {...form.register("mode")} />
            只填报自评得分（自评表另行编制）
          </label>
        </fieldset>

        {values.mode === "reported" ? (
          <div className="grid gap-4 md:grid-cols-2">
            <Field id="project-reported-score" label="自评得分" error={err("reportedScore")} hint="0 到 100，最多两位小数">
              <Input id="project-reported-score" inputMode="decimal" aria-invalid={!!err("reportedScore")} {...form.register("reportedScore")} />
            </Field>
            <Field id="project-executed" label="全年执行数（万元）" error={err("executed")} hint="用于核对绩效自评是否覆盖公开05表项目支出">
              <Input id="project-executed" inputMode="decimal" aria-invalid={!!err("executed")} {...form.register("executed")} />
            </Field>
          </div>
        ) : (
          result && (
            <>
              <div>
                <h3 className="mb-2 text-sm font-semibold">项目预算执行情况（万元）</h3>
                <div className="overflow-x-auto">
                  <table className="w-full text-sm" data-testid="execution-table">
                    <thead className="text-left text-slate-600">
                      <tr>
                        <th className="py-1 pr-2"></th>
                        {FUNDING_FIELDS.map((f) => (
                          <th key={f.key} className="pr-2">{f.label}</th>
                        ))}
                        <th className="pr-2">分值</th>
                        <th className="pr-2">执行率（B/A）</th>
                        <th>得分</th>
                      </tr>
                    </thead>
                    <tbody>
                      <tr className="bg-slate-50">
                        <td className="py-1 pr-2 font-medium">年度资金总额</td>
                        <td className="pr-2 tabular-nums">{formatAmount(result.execution.total.initial)}</td>
                        <td className="pr-2 tabular-nums">{formatAmount(result.execution.total.full)}</td>
                        <td className="pr-2 tabular-nums">{formatAmount(result.execution.total.executed)}</td>
                        <td className="pr-2">
                          <Input aria-label="预算执行分值" inputMode="decimal" className={cn(cellInput, "w-16!")} aria-invalid={!!err("detail.execution.weight")} {...form.register("detail.executionWeight")} />
                        </td>
                        <td className="pr-2 tabular-nums"><output data-testid="execution-rate">{result.execution.rate === null ? "—" : formatPercent(result.execution.rate)}</output></td>
                        <td className="tabular-nums"><output data-testid="execution-score">{result.execution.score === null ? "—" : formatScore(result.execution.score)}</output></td>
                      </tr>
                      {FUNDING_SOURCES.map((s, row) => (
                        <tr key={s.key}>
                          <td className="py-1 pr-2">{row === 0 ? `其中：${s.label}` : s.label}</td>
                          {FUNDING_FIELDS.map((f) => {
                            const path = `detail.execution.funding.${s.key}.${f.key}`;
                            return (
                              <td key={f.key} className="pr-2">
                                <Input
                                  aria-label={`${s.label} ${f.label}`}
                                  inputMode="decimal"
                                  className={cn(cellInput, "w-28!")}
                                  aria-invalid={!!err(path)}
                                  title={err(path)}
                                  {...form.register(`detail.funding.${s.key}.${f.key}`)}
                                />
                              </td>
                            );
                          })}
                          <td className="pr-2 text-slate-400">—</td>
                          <td className="pr-2 tabular-nums">{result.execution.sources[row].rate === null ? "—" : formatPercent(result.execution.sources[row].rate!)}</td>
                          <td className="text-slate-400">—</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {Object.entries(errors)
                  .filter(([path]) => path.startsWith("detail.execution"))
                  .map(([path, message]) => (
                    <FieldError key={path} message={message} />
                  ))}
              </div>

              <div className="grid gap-4 md:grid-cols-2">
                <Field id="goal-expected" label="年度总体目标：预期目标" error={err("detail.overallGoal.expected")}>
                  <Textarea id="goal-expected" rows={3} {...form.register("detail.goalExpected")} />
                </Field>
                <Field id="goal-achieved" label="年度总体目标：目标实际完成情况" error={err("detail.overallGoal.achieved")}>
                  <Textarea id="goal-achieved" rows={3} {...form.register("detail.goalAchieved")} />
                </Field>
              </div>

              <div>
                <h3 className="mb-2 text-sm font-semibold">绩效指标</h3>
                <datalist id="level2-options">
                  {COMMON_LEVEL2.map((l) => (
                    <option key={l} value={l} />
                  ))}
                </datalist>
                <div className="overflow-x-auto">
                  <table className="min-w-full text-sm" data-testid="indicator-table">
                    <thead className="text-left text-slate-600">
                      <tr>
                        <th className="py-1 pr-1">#</th>
                        <th className="pr-1">一级指标</th>
                        <th className="pr-1">二级指标</th>
                        <th className="pr-1">三级指标</th>
                        <th className="pr-1">年度指标值</th>
                        <th className="pr-1">实际完成值</th>
                        <th className="pr-1">分值</th>
                        <th className="pr-1">得分</th>
                        <th className="pr-1">偏差原因分析及改进措施</th>
                        <th></th>
                      </tr>
                    </thead>
                    <tbody>
                      {indicators.fields.map((field, i) => {
                        const label = `第${i + 1}项指标`;
                        const p = `detail.indicators.${i}`;
                        const scored = result.indicators[i];
                        const current = values.detail.indicators[i];
                        const needsReason = scored?.deviationRequired === true && isBlank(current?.deviationReason);
                        const unit = current?.target.kind === "quantitative" ? current.target.unit : "";
                        return (
                          <tr key={field.id} className="border-t border-slate-100 align-top" data-testid={`indicator-row-${i + 1}`}>
                            <td className="py-1 pr-1 text-slate-500">{i + 1}</td>
                            <td className="py-1 pr-1">
                              <Select aria-label={`${label} 一级指标`} className={cn(cellInput, "w-32!")} {...form.register(`detail.indicators.${i}.level1`)}>
                                {SELF_EVALUATION_LEVEL1.map((l) => (
                                  <option key={l} value={l}>{l}</option>
                                ))}
                              </Select>
                            </td>
                            <td className="py-1 pr-1">
                              <Input aria-label={`${label} 二级指标`} list="level2-options" className={cn(cellInput, "w-32!")} aria-invalid={!!err(`${p}.level2`)} {...form.register(`detail.indicators.${i}.level2`)} />
                              <FieldError message={err(`${p}.level2`)} />
                            </td>
                            <td className="py-1 pr-1">
                              <Input aria-label={`${label} 三级指标`} className={cn(cellInput, "w-40!")} aria-invalid={!!err(`${p}.level3`)} {...form.register(`detail.indicators.${i}.level3`)} />
                              <FieldError message={err(`${p}.level3`)} />
                            </td>
                            <td className="py-1 pr-1">
                              <TargetInputs
                                label={label}
                                kind={current?.target.kind ?? "quantitative"}
                                fields={{
                                  kind: form.register(`detail.indicators.${i}.target.kind`),
                                  operator: form.register(`detail.indicators.${i}.target.operator`),
                                  value: form.register(`detail.indicators.${i}.target.value`),
                                  unit: form.register(`detail.indicators.${i}.target.unit`),
                                  expected: form.register(`detail.indicators.${i}.target.expected`),
                                }}
                                errors={{
                                  operator: err(`${p}.target.operator`),
                                  value: err(`${p}.target.value`),
                                  unit: err(`${p}.target.unit`),
                                  expected: err(`${p}.target.expected`) ?? err(`${p}.target`),
                                }}
                              />
                            </td>
                            <td className="py-1 pr-1">
                              <div className="flex items-center gap-1">
                                <Input aria-label={`${label} 实际完成值`} className={cn(cellInput, "w-24!")} aria-invalid={!!err(`${p}.actual`)} {...form.register(`detail.indicators.${i}.actual`)} />
                                {unit && <span className="text-xs text-slate-500">{unit}</span>}
                              </div>
                              <FieldError message={err(`${p}.actual`) ?? err(`${p}.actualUnit`)} />
                            </td>
                            <td className="py-1 pr-1">
                              <Input aria-label={`${label} 分值`} inputMode="decimal" className={cn(cellInput, "w-16!")} aria-invalid={!!err(`${p}.weight`)} {...form.register(`detail.indicators.${i}.weight`)} />
                              <FieldError message={err(`${p}.weight`)} />
                            </td>
                            <td className="py-1 pr-1 tabular-nums">
                              <output aria-label={`${label} 得分`} data-testid={`indicator-score-${i + 1}`} className={cn("inline-block min-w-10 rounded bg-slate-50 px-2 py-1", scored && !scored.met && scored.basis !== "incomplete" && "text-amber-800")}>
                                {scored ? formatScore(scored.score) : "—"}
                              </output>
                            </td>
                            <td className="py-1 pr-1">
                              <Textarea
                                aria-label={`${label} 偏差原因分析及改进措施`}
                                rows={1}
                                className={cn("w-48!", needsReason && "border-seal bg-red-50")}
                                placeholder={scored?.deviationRequired ? "未达到目标，请填写偏差原因" : ""}
                                aria-invalid={needsReason || !!err(`${p}.deviationReason`)}
                                data-needs-reason={needsReason ? "true" : undefined}
                                {...form.register(`detail.indicators.${i}.deviationReason`)}
                              />
                              <FieldError message={err(`${p}.deviationReason`)} />
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
                <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
                  <Button variant="secondary" size="sm" onClick={() => indicators.append(blankIndicator(values.detail.indicators.at(-1)?.level1 ?? "成本指标"))}>
                    添加指标
                  </Button>
                  <p className="text-sm">
                    <span className={cn(weightOk ? "text-slate-600" : "font-medium text-seal")} data-testid="weight-total">
                      分值合计（含预算执行）：{formatScore(result.weightTotal)}
                      {weightOk ? "" : "（应为100）"}
                    </span>
                    <span className="ml-4">
                      总分：<output data-testid="project-total">{formatScoreFixed(result.total)}</output>
                    </span>
                    <span className="ml-4">
                      等级：<output data-testid="project-grade-live">{result.grade}</output>
                    </span>
                  </p>
                </div>
                <FieldError message={err("detail.indicators")} />
              </div>
            </>
          )
        )}

        <IssueList title="请先处理以下问题" issues={allIssues} testId="project-editor-issues" />

        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={props.onCancel}>取消</Button>
          <Button type="submit" disabled={busy}>保存项目</Button>
        </div>
      </form>
    </section>
  );
}
