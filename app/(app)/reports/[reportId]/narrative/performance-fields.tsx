"use client";
/**
 * Section 十三's facts. The figures are the 绩效 data's and are shown read-only; staff write the
 * budget level, the overall assessment, each 自评表 project's 绩效目标完成情况 and — only while
 * some project lacks its 全年执行数 — the money covered.
 */
import { formatScaled, formatWan, TABLE_NUMBER_STYLE } from "@/lib/money";
import type { PerformanceFigures } from "@/lib/performance/figures";
import { useFormContext } from "react-hook-form";
import type { EditorValues } from "./editor-values";
import { Group, TextField, Wide } from "./form-controls";

function Figures({ figures }: { figures: PerformanceFigures }) {
  const grades = figures.gradeCounts.map((g) => `${g.grade} ${g.count} 个`).join("，");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="performance-figures">
      <dt className="text-slate-500">自评项目数</dt>
      <dd>{figures.projects} 个</dd>
      <dt className="text-slate-500">自评等级</dt>
      <dd>{grades || "—"}</dd>
      <dt className="text-slate-500">涉及预算资金</dt>
      <dd>{figures.coveredFen === null ? "部分项目未填写全年执行数，请在下方填写" : `${formatWan(figures.coveredFen)} 万元`}</dd>
      {figures.keyEvaluations.map((k) => (
        <div key={k.project} className="contents">
          <dt className="text-slate-500">重点评价</dt>
          <dd>
            {k.project}：{formatWan(k.moneyFen)} 万元，{formatScaled(k.scoreHundredths, 2, TABLE_NUMBER_STYLE)} 分，{k.grade}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PerformanceFields({ figures }: { figures: PerformanceFigures | null }) {
  const { watch } = useFormContext<EditorValues>();
  const summaries = watch("form.performance.summaries");
  return (
    <Group title="预算绩效" hint="十三、预算绩效情况说明：项目数、等级、金额和得分取自“绩效”页，这里只填写绩效数据中没有的内容。">
      <Wide>{figures === null ? <p className="text-sm text-amber-700">尚未填写绩效自评，十三部分暂不能生成；请先在“绩效”页填写。</p> : <Figures figures={figures} />}</Wide>
      <TextField name="form.performance.level" label="预算级次（如市级）" />
      {(figures === null || figures.coveredFen === null) && (
        <TextField name="form.performance.coveredMoney" label="绩效自评涉及预算资金" kind="amount" hint="仅在绩效数据中有项目未填写全年执行数时填写" />
      )}
      <Wide>
        <TextField name="form.performance.assessment" label="自评总体情况" area hint="“从自评情况看，……”，可不填" />
      </Wide>
      {summaries.map((s, i) => (
        <Wide key={s.project || i}>
          <TextField name={`form.performance.summaries.${i}.summary`} label={`${s.project || `第 ${i + 1} 个项目`}：绩效目标完成情况`} area />
        </Wide>
      ))}
    </Group>
  );
}
