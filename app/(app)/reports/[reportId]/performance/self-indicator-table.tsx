"use client";
import { IndicatorTable } from "./editable-rows";
/** The 自评表's 绩效指标: one row per indicator, scored while it is typed, with the totals below. */
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { SelfEvaluationResult } from "@/lib/performance/evaluation";
import { formatScore, formatScoreFixed } from "@/lib/performance/format";
import { COMMON_LEVEL2, SELF_EVALUATION_LEVEL1, isBlank } from "@/lib/performance/scoring";
import type { SelfEvaluationForm } from "@/lib/validation/performance/self-evaluation";
import { BLANK_TARGET, FieldError, IndicatorCells, RemoveCell, cellInput, type FormPart } from "./indicator-fields";

type Indicator = SelfEvaluationForm["indicators"][number];

export function blankSelfIndicator(level1: Indicator["level1"]): Indicator {
  return { level1, level2: "", level3: "", target: BLANK_TARGET, actual: "", weight: "", deviationReason: "" };
}

export function SelfIndicatorTable({ form, indicators, result, error }: { form: FormPart; indicators: readonly Indicator[]; result: SelfEvaluationResult; error: (path: string) => string | undefined }) {
  const rows = useFieldArray({ control: form.control, name: "detail.indicators" });
  const weightOk = result.weightTotal.equals(100);
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold">绩效指标</h3>
      <datalist id="level2-options">
        {COMMON_LEVEL2.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <IndicatorTable testId="indicator-table" headers={["#", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]}>
        {rows.fields.map((field, i) => {
          const label = `第${i + 1}项指标`;
          const path = `detail.indicators.${i}`;
          const scored = result.indicators[i];
          const needsReason = scored?.deviationRequired === true && isBlank(indicators[i]?.deviationReason);
          return (
            <tr key={field.id} className="border-t border-slate-100 align-top" data-testid={`indicator-row-${i + 1}`}>
              <td className="py-1 pr-1 text-slate-500">{i + 1}</td>
              <td className="py-1 pr-1">
                <Select aria-label={`${label} 一级指标`} className={cn(cellInput, "w-32!")} {...form.register(`${path}.level1`)}>
                  {SELF_EVALUATION_LEVEL1.map((l) => (
                    <option key={l} value={l}>{l}</option>
                  ))}
                </Select>
              </td>
              <IndicatorCells form={form} path={path} label={label} error={error} variant="self" />
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
                  aria-invalid={needsReason || !!error(`${path}.deviationReason`)}
                  data-needs-reason={needsReason ? "true" : undefined}
                  {...form.register(`${path}.deviationReason`)}
                />
                <FieldError message={error(`${path}.deviationReason`)} />
              </td>
              <RemoveCell label={`删除${label}`} disabled={rows.fields.length === 1} onRemove={() => rows.remove(i)} />
            </tr>
          );
        })}
      </IndicatorTable>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <Button variant="secondary" size="sm" onClick={() => rows.append(blankSelfIndicator(indicators.at(-1)?.level1 ?? "成本指标"))}>
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
      <FieldError message={error("detail.indicators")} />
    </div>
  );
}
