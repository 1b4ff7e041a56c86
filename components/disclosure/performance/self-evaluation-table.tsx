import type { ScoredIndicator } from "@/lib/performance/evaluation";
import { formatPercent, formatScore, formatScoreFixed } from "@/lib/performance/format";
import { formatActual, formatTarget } from "@/lib/performance/scoring";
import type { ProjectView } from "@/lib/performance/document-view";
import { amount, dash, groupSpans } from "./table-layout";

/** One 项目支出绩效自评表 as published. */
export function SelfEvaluationTable({ project, year }: { project: ProjectView; year: number }) {
  const result = project.result;
  const detail = project.project.detail;
  if (!result || !detail) return null;
  const { execution, indicators } = result;
  const spans = groupSpans(indicators, (i) => i.level1.trim());
  return (
    <section className="mb-10 break-inside-avoid" data-testid="self-evaluation" data-project={project.project.name} aria-label={`${project.project.name} 项目支出绩效自评表`}>
      <h3 className="mt-6 text-center text-lg font-semibold">项目支出绩效自评表</h3>
      <p className="text-center text-sm">（{year}年度）</p>
      <p className="mb-1 text-right text-sm">单位：万元</p>
      <table className="disclosure-table">
        <tbody>
          <tr>
            <th>项目名称</th>
            <td colSpan={4}>{project.project.name}</td>
            <th>主管部门</th>
            <td colSpan={3}>{project.project.supervisor}</td>
          </tr>
          <tr>
            <th rowSpan={5}>项目预算执行情况</th>
            <th colSpan={2}></th>
            <th>年初预算数</th>
            <th>全年预算数（A）</th>
            <th>全年执行数（B）</th>
            <th>分值</th>
            <th>执行率（B/A）</th>
            <th>得分</th>
          </tr>
          <tr>
            <td colSpan={2}>{execution.total.label}</td>
            <td className="num">{amount(execution.total.initial)}</td>
            <td className="num">{amount(execution.total.full)}</td>
            <td className="num">{amount(execution.total.executed)}</td>
            <td className="num">{formatScore(execution.weight)}</td>
            <td className="num">{execution.rate === null ? dash : formatPercent(execution.rate)}</td>
            <td className="num" data-testid="execution-score">{execution.score === null ? dash : formatScore(execution.score)}</td>
          </tr>
          {execution.sources.map((s, i) => (
            <tr key={s.key}>
              <td colSpan={2}>{i === 0 ? `其中：${s.label}` : s.label}</td>
              <td className="num">{amount(s.initial)}</td>
              <td className="num">{amount(s.full)}</td>
              <td className="num">{amount(s.executed)}</td>
              <td className="num">{dash}</td>
              <td className="num">{s.rate === null ? dash : formatPercent(s.rate)}</td>
              <td className="num">{dash}</td>
            </tr>
          ))}
          <tr>
            <th rowSpan={2}>年度总体目标</th>
            <th colSpan={4}>预期目标</th>
            <th colSpan={4}>目标实际完成情况</th>
          </tr>
          <tr>
            <td colSpan={4}>{detail.overallGoal?.expected ?? ""}</td>
            <td colSpan={4}>{detail.overallGoal?.achieved ?? ""}</td>
          </tr>
          <tr>
            <th rowSpan={indicators.length + 1}>绩效指标</th>
            <th>一级指标</th>
            <th>二级指标</th>
            <th>三级指标</th>
            <th>年度指标值（A）</th>
            <th>实际完成指标值（B）</th>
            <th>分值</th>
            <th>得分</th>
            <th>偏差原因分析及改进措施</th>
          </tr>
          {indicators.map((indicator, i) => (
            <IndicatorRow key={i} indicator={indicator} span={spans[i]} />
          ))}
          <tr>
            <td colSpan={6} className="text-center">总分</td>
            <td className="num" data-testid="self-total-weight">{formatScoreFixed(result.weightTotal)}</td>
            <td className="num" data-testid="self-total-score">{formatScoreFixed(result.total)}</td>
            <td></td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function IndicatorRow({ indicator, span }: { indicator: ScoredIndicator; span: number }) {
  const unit = indicator.target.kind === "quantitative" ? indicator.target.unit : "";
  return (
    <tr>
      {span > 0 && <td rowSpan={span}>{indicator.level1}</td>}
      <td>{indicator.level2}</td>
      <td>{indicator.level3}</td>
      <td className="text-center">{formatTarget(indicator.target)}</td>
      <td className="text-center">{formatActual(indicator.actual, unit)}</td>
      <td className="num">{formatScore(indicator.weight)}</td>
      <td className="num">{formatScore(indicator.score)}</td>
      <td>{indicator.met ? "" : (indicator.deviationReason ?? "")}</td>
    </tr>
  );
}
