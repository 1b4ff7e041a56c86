/**
 * 第五部分 附件 as published: the 项目支出绩效自评结果汇总表, each 项目支出绩效自评表 entered in
 * the system, and each 重点绩效评价报告. It only renders: the page loads the document
 * (lib/data/performance.ts) for the signed-in user and passes it in.
 */
import { formatScore } from "@/lib/performance/format";
import type { PerformanceDocument } from "@/lib/performance/document";
import { evaluateDocument, type ProjectView } from "@/lib/performance/document-view";
import type { GradeScale } from "@/lib/performance/grades";
import { formatChineseDate } from "@/lib/validation/date";
import { KeyEvaluationReport } from "./performance/key-evaluation-report";
import { SelfEvaluationTable } from "./performance/self-evaluation-table";

export function PerformancePart({ document, year, unitName, grades }: { document: PerformanceDocument; year: number; unitName: string; grades?: GradeScale }) {
  const view = evaluateDocument(document, grades);
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
