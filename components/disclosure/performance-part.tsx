import type { ReactNode } from "react";
import type { ScoredIndicator } from "@/lib/performance/evaluation";
import { formatAmount, formatPercent, formatScore, formatScoreFixed } from "@/lib/performance/format";
import {
  KEY_EVALUATION_OUTLINE,
  conclusionSentence,
  outlineTitle,
  type AnnualGoal,
  type KeyOutlineSection,
  type KeyOutlineSubsection,
  type KeyScoredRow,
  type KeyTextKey,
} from "@/lib/performance/key-evaluation";
import { formatActual, formatTarget } from "@/lib/performance/scoring";
import type { PerformanceDocument } from "@/lib/performance/document";
import { evaluateDocument, type KeyEvaluationView, type ProjectView } from "@/lib/performance/document-view";
import { formatChineseDate } from "@/lib/validation/date";

/**
 * 第五部分 附件 as published: the 项目支出绩效自评结果汇总表, each 项目支出绩效自评表 entered in
 * the system, and each 重点绩效评价报告. It only renders: the page loads the document
 * (lib/data/performance.ts) for the signed-in user and passes it in.
 */
export function PerformancePart({ document, year, unitName }: { document: PerformanceDocument; year: number; unitName: string }) {
  const view = evaluateDocument(document);
  const detailed = view.projects.filter((p) => p.result !== null);
  return (
    <section aria-labelledby="part-performance" data-testid="performance-part" className="font-serif leading-8">
      <h2 id="part-performance" className="mb-2 text-center text-2xl font-semibold">第五部分 附件</h2>
      {view.projects.length === 0 && view.keyEvaluations.length === 0 ? (
        <p className="text-center text-slate-500">（尚未填写项目支出绩效自评）</p>
      ) : (
        <>
          <SummaryTable projects={view.projects} unitName={document.summaryUnitName ?? unitName} filedOn={document.summaryFiledOn} />
          {detailed.map((p) => (
            <SelfEvaluationTable key={p.project.id} project={p} year={year} />
          ))}
          {view.keyEvaluations.map((k, i) => (
            <KeyEvaluationReport key={k.stored.projectId} view={k} index={i + 1} />
          ))}
        </>
      )}
    </section>
  );
}

function SummaryTable({ projects, unitName, filedOn }: { projects: readonly ProjectView[]; unitName: string; filedOn: string | undefined }) {
  return (
    <section className="mb-10 break-inside-avoid" data-testid="performance-summary" aria-labelledby="performance-summary-title">
      <h3 id="performance-summary-title" className="mt-6 text-center text-lg font-semibold">项目支出绩效自评结果汇总表</h3>
      <p className="mt-2 text-sm">部门(单位)名称：{unitName}</p>
      <p className="mb-1 text-sm">填报日期：{filedOn ? formatChineseDate(filedOn) : ""}</p>
      <table className="disclosure-table">
        <thead>
          <tr>
            <th className="w-16">序号</th>
            <th>项目名称</th>
            <th className="w-28">得分</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.project.id} data-project={p.project.name}>
              <td className="text-center">{p.index}</td>
              <td>{p.project.name}</td>
              <td className="num" data-testid="summary-score">{p.score === null ? "—" : formatScore(p.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const dash = "—";
const amount = formatAmount;

/** Consecutive rows with the same 一级指标 share one cell, as the printed tables do. */
function groupSpans<T>(rows: readonly T[], key: (row: T) => string): number[] {
  return rows.map((row, i) => {
    if (i > 0 && key(rows[i - 1]) === key(row)) return 0;
    let n = 1;
    while (i + n < rows.length && key(rows[i + n]) === key(row)) n++;
    return n;
  });
}

function SelfEvaluationTable({ project, year }: { project: ProjectView; year: number }) {
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

function Prose({ text }: { text: string | undefined }) {
  const lines = (text ?? "").split("\n").filter((line) => line.trim() !== "");
  return (
    <>
      {lines.map((line, i) => (
        <p key={i} className="indent-8">{line}</p>
      ))}
    </>
  );
}

function KeyEvaluationReport({ view, index }: { view: KeyEvaluationView; index: number }) {
  const { input, result } = view;
  const outline = KEY_EVALUATION_OUTLINE as readonly KeyOutlineSection[];
  return (
    <article className="mb-10 mt-10 break-before-page" data-testid="key-evaluation" data-project={input.projectName} aria-labelledby={`key-evaluation-${index}`}>
      <h3 id={`key-evaluation-${index}`} className="mb-6 text-center text-xl font-semibold">{input.projectName} 项目支出绩效评价报告</h3>
      {outline.map((section) => (
        <section key={section.key} className="mb-4">
          <h4 className="font-semibold">{section.number}、{section.title}</h4>
          {section.subsections.length === 0 ? (
            <Prose text={input.sections[section.key as KeyTextKey]} />
          ) : (
            section.subsections.map((sub) => (
              <div key={sub.key} className="mb-2">
                <p className="indent-8">
                  {sub.number}
                  {outlineTitle(sub.title, input.year)}。
                </p>
                {sub.generated ? <p className="indent-8" data-testid="key-conclusion">{conclusionSentence(result)}</p> : <Prose text={input.sections[sub.key as KeyTextKey]} />}
                {sub.table && <KeyTable kind={sub.table} view={view} />}
              </div>
            ))
          )}
        </section>
      ))}
    </article>
  );
}

function KeyTable({ kind, view }: { kind: NonNullable<KeyOutlineSubsection["table"]>; view: KeyEvaluationView }) {
  switch (kind) {
    case "annualGoal":
      return <AnnualGoalTable goal={view.input.annualGoal} projectName={view.input.projectName} supervisor={view.input.supervisor} />;
    case "indicatorSystem":
      return <ScoreTable rows={view.result.rows} withResults={false} />;
    case "scoreTable":
      return <ScoreTable rows={view.result.rows} withResults footer={[formatScore(view.result.weightTotal), formatScore(view.result.total)]} />;
    case "evaluators":
      return (
        <table className="disclosure-table my-2">
          <thead>
            <tr>
              <th>序号</th>
              <th>姓名</th>
              <th>单位及职务</th>
              <th>负责评价内容</th>
            </tr>
          </thead>
          <tbody>
            {view.input.evaluators.map((e, i) => (
              <tr key={i}>
                <td className="text-center">{i + 1}</td>
                <td>{e.name}</td>
                <td>{e.position}</td>
                <td>{e.responsibility}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

function AnnualGoalTable({ goal, projectName, supervisor }: { goal: AnnualGoal; projectName: string; supervisor: string }) {
  const spans = groupSpans(goal.indicators, (i) => i.level1.trim());
  const wide = (label: string, value: ReactNode) => (
    <tr>
      <th>{label}</th>
      <td colSpan={5}>{value}</td>
    </tr>
  );
  return (
    <table className="disclosure-table my-2">
      <tbody>
        <tr>
          <th>项目名称</th>
          <td colSpan={2}>{projectName}</td>
          <th>项目类别</th>
          <td colSpan={2}>{goal.projectCategory}</td>
        </tr>
        {wide("主管部门", supervisor)}
        {wide("项目实施单位", goal.implementer)}
        <tr>
          <th rowSpan={2}>项目资金申请（万元）</th>
          <td colSpan={2}>资金总额：</td>
          <td colSpan={3}>{amount(goal.fundsTotal)}万元</td>
        </tr>
        <tr>
          <td colSpan={2}>财政拨款：</td>
          <td colSpan={3}>{amount(goal.fiscalFunds)}万元</td>
        </tr>
        {wide("项目立项依据", goal.basis)}
        {wide("项目绩效年度目标", goal.goal)}
        <tr>
          <th rowSpan={goal.indicators.length + 1}>年度绩效指标</th>
          <th>一级指标</th>
          <th>二级指标</th>
          <th>指标内容</th>
          <th>指标值</th>
          <th>备注</th>
        </tr>
        {goal.indicators.map((i, n) => (
          <tr key={n}>
            {spans[n] > 0 && <td rowSpan={spans[n]}>{i.level1}</td>}
            <td>{i.level2}</td>
            <td>{i.content}</td>
            <td className="text-center">{i.value}</td>
            <td>{i.note}</td>
          </tr>
        ))}
        {wide("其他需要说明的问题", goal.otherNotes)}
      </tbody>
    </table>
  );
}

function ScoreTable({ rows, withResults, footer }: { rows: readonly KeyScoredRow[]; withResults: boolean; footer?: [string, string] }) {
  return (
    <table className="disclosure-table my-2" data-testid={withResults ? "key-score-table" : "key-indicator-system"}>
      <thead>
        <tr>
          <th>序号</th>
          <th>一级指标</th>
          <th>二级指标</th>
          <th>三级指标</th>
          <th>四级指标</th>
          <th>目标值</th>
          {withResults && <th>完成值</th>}
          <th>分值</th>
          {withResults && <th>得分</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.index}>
            <td className="text-center">{r.index}</td>
            <td>{r.level1}</td>
            <td>{r.level2}</td>
            <td>{r.level3}</td>
            <td>{r.level4}</td>
            <td className="text-center">{r.targetText}</td>
            {withResults && <td className="text-center">{r.actualText}</td>}
            <td className="num">{formatScore(r.weight)}</td>
            {withResults && <td className="num">{formatScore(r.score)}</td>}
          </tr>
        ))}
        {footer && (
          <tr>
            <td colSpan={7} className="text-center">得分分值（百分制）</td>
            <td className="num" data-testid="key-total-weight">{footer[0]}</td>
            <td className="num" data-testid="key-total-score">{footer[1]}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
