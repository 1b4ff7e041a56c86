"use client";
/** The 自评表's 项目预算执行情况: amounts per funding source, the execution weight, rate and score. */
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { SelfEvaluationResult } from "@/lib/performance/evaluation";
import { FUNDING_SOURCES } from "@/lib/performance/execution";
import { formatAmount, formatPercent, formatScore } from "@/lib/performance/format";
import { FieldError, cellInput, type FormPart } from "./indicator-fields";

const FUNDING_FIELDS = [
  { key: "initial", label: "年初预算数" },
  { key: "full", label: "全年预算数（A）" },
  { key: "executed", label: "全年执行数（B）" },
] as const;

export function ExecutionTable({ form, result, error, issues }: { form: FormPart; result: SelfEvaluationResult; error: (path: string) => string | undefined; issues: readonly { path: string; message: string }[] }) {
  const { execution } = result;
  return (
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
              <td className="pr-2 tabular-nums">{formatAmount(execution.total.initial)}</td>
              <td className="pr-2 tabular-nums">{formatAmount(execution.total.full)}</td>
              <td className="pr-2 tabular-nums">{formatAmount(execution.total.executed)}</td>
              <td className="pr-2">
                <Input aria-label="预算执行分值" inputMode="decimal" className={cn(cellInput, "w-16!")} aria-invalid={!!error("detail.execution.weight")} {...form.register("detail.execution.weight")} />
              </td>
              <td className="pr-2 tabular-nums"><output data-testid="execution-rate">{execution.rate === null ? "—" : formatPercent(execution.rate)}</output></td>
              <td className="tabular-nums"><output data-testid="execution-score">{execution.score === null ? "—" : formatScore(execution.score)}</output></td>
            </tr>
            {FUNDING_SOURCES.map((s, row) => (
              <tr key={s.key}>
                <td className="py-1 pr-2">{row === 0 ? `其中：${s.label}` : s.label}</td>
                {FUNDING_FIELDS.map((f) => {
                  const path = `detail.execution.funding.${s.key}.${f.key}`;
                  return (
                    <td key={f.key} className="pr-2">
                      <Input aria-label={`${s.label} ${f.label}`} inputMode="decimal" className={cn(cellInput, "w-28!")} aria-invalid={!!error(path)} title={error(path)} {...form.register(path)} />
                    </td>
                  );
                })}
                <td className="pr-2 text-slate-400">—</td>
                <td className="pr-2 tabular-nums">{execution.sources[row].rate === null ? "—" : formatPercent(execution.sources[row].rate!)}</td>
                <td className="text-slate-400">—</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {[...new Map(issues.filter((issue) => issue.path.startsWith("detail.execution")).map((issue) => [issue.path, issue.message])).entries()].map(([path, message]) => (
        <FieldError key={path} message={message} />
      ))}
    </div>
  );
}
