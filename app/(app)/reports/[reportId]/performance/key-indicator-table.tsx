"use client";
import { IndicatorTable } from "./editable-rows";
/**
 * The 重点绩效评价报告's 评价指标与得分: the 预算执行率 row first, then the indicators, scored while
 * they are typed, with subtotals, total, grade and the 综合评价结论 sentence below.
 */
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { formatScore } from "@/lib/performance/format";
import { KEY_EVALUATION_LEVEL1, conclusionSentence, type KeyEvaluationResult } from "@/lib/performance/key-evaluation";
import type { KeyEvaluationForm } from "@/lib/validation/performance/key-evaluation";
import { BLANK_TARGET, FieldError, IndicatorCells, RemoveCell, cellInput, type FormPart } from "./indicator-fields";

type Indicator = KeyEvaluationForm["indicators"][number];
type Level1 = (typeof KEY_EVALUATION_LEVEL1)[number];

export function blankKeyIndicator(level1: Level1): Indicator {
  return { level1, level2: "", level3: "", level4: "", target: BLANK_TARGET, actual: "", weight: "" };
}

const EXECUTION_LEVELS = { level2: "二级指标", level3: "三级指标", level4: "四级指标" } as const;

function Level1Select({ form, path, label }: { form: FormPart; path: string; label: string }) {
  return (
    <td className="py-1 pr-1">
      <Select aria-label={`${label} 一级指标`} className={cn(cellInput, "w-20!")} {...form.register(path)}>
        {KEY_EVALUATION_LEVEL1.map((l) => (
          <option key={l} value={l}>{l}</option>
        ))}
      </Select>
    </td>
  );
}

function ScoreCell({ n, score }: { n: number; score: string }) {
  return (
    <td className="py-1 pr-1 tabular-nums">
      <output data-testid={`key-score-${n}`} className="inline-block min-w-10 rounded bg-slate-50 px-2 py-1">{score}</output>
    </td>
  );
}

export function KeyIndicatorTable({ form, indicators, result, error }: { form: FormPart; indicators: readonly Indicator[]; result: KeyEvaluationResult; error: (path: string) => string | undefined }) {
  const rows = useFieldArray({ control: form.control, name: "indicators" });
  const weightOk = result.weightTotal.equals(100);
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">评价指标与得分（得分、小计、总分和等级由系统计算）</legend>
      <IndicatorTable testId="key-indicator-table" headers={["序号", "一级指标", "二级指标", "三级指标", "四级指标", "目标值", "完成值", "分值", "得分"]}>
        <tr className="align-top">
          <td className="py-1 pr-1 text-slate-500">1</td>
          <Level1Select form={form} path="executionRow.level1" label="预算执行率" />
          {Object.entries(EXECUTION_LEVELS).map(([k, heading]) => (
            <td key={k} className="py-1 pr-1">
              <Input aria-label={`预算执行率 ${heading}`} className={cn(cellInput, "w-32!")} aria-invalid={!!error(`executionRow.${k}`)} {...form.register(`executionRow.${k}`)} />
              <FieldError message={error(`executionRow.${k}`)} />
            </td>
          ))}
          <td className="py-1 pr-1 text-slate-600">100%</td>
          <td className="py-1 pr-1 tabular-nums text-slate-600">{result.rows[0].actualText}</td>
          <td className="py-1 pr-1">
            <Input aria-label="预算执行率 分值" inputMode="decimal" className={cn(cellInput, "w-16!")} aria-invalid={!!error("executionRow.weight")} {...form.register("executionRow.weight")} />
            <FieldError message={error("executionRow.weight")} />
          </td>
          <ScoreCell n={1} score={formatScore(result.rows[0].score)} />
          <td></td>
        </tr>
        {rows.fields.map((field, i) => {
          const n = i + 2;
          const label = `第${n}项指标`;
          const row = result.rows[n - 1];
          return (
            <tr key={field.id} className="border-t border-slate-100 align-top">
              <td className="py-1 pr-1 text-slate-500">{n}</td>
              <Level1Select form={form} path={`indicators.${i}.level1`} label={label} />
              <IndicatorCells form={form} path={`indicators.${i}`} label={label} error={error} variant="key" />
              <ScoreCell n={n} score={row ? formatScore(row.score) : "—"} />
              <RemoveCell label={`删除${label}`} disabled={rows.fields.length === 1} onRemove={() => rows.remove(i)} />
            </tr>
          );
        })}
      </IndicatorTable>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <Button variant="secondary" size="sm" onClick={() => rows.append(blankKeyIndicator(indicators.at(-1)?.level1 ?? "产出"))}>
          添加评价指标
        </Button>
        <div className="text-sm" data-testid="key-totals">
          <p className={cn(weightOk ? "text-slate-600" : "font-medium text-seal")}>
            分值合计：{formatScore(result.weightTotal)}
            {weightOk ? "" : "（应为100）"}
          </p>
          <p>{result.subtotals.map((s) => `${s.label}${formatScore(s.score)}分`).join("，")}</p>
          <p>
            总分：<output data-testid="key-total">{formatScore(result.total)}</output>　等级：<output data-testid="key-grade">{result.grade}</output>
          </p>
        </div>
      </div>
      <FieldError message={error("indicators")} />
      <p className="mt-2 rounded bg-slate-50 p-2 text-sm text-slate-700" data-testid="key-conclusion-live">
        四、（一）综合评价结论：{conclusionSentence(result)}
      </p>
    </fieldset>
  );
}
