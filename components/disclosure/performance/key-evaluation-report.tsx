import type { ReactNode } from "react";
import { formatScore } from "@/lib/performance/format";
import { conclusionSentence, type AnnualGoal, type KeyScoredRow } from "@/lib/performance/key-evaluation";
import { KEY_EVALUATION_OUTLINE, outlineTitle, type KeyOutlineSection, type KeyOutlineSubsection, type KeyTextKey } from "@/lib/performance/key-evaluation-outline";
import type { KeyEvaluationView } from "@/lib/performance/document-view";
import { amount, groupSpans } from "./table-layout";

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

/** One 重点绩效评价报告 as published, in its outline's order. */
export function KeyEvaluationReport({ view, index }: { view: KeyEvaluationView; index: number }) {
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
