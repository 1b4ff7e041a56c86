/**
 * 第五部分 附件 as a flow of titles, lines, paragraphs and grids for the PDF: the
 * 项目支出绩效自评结果汇总表, each 项目支出绩效自评表 and each 重点绩效评价报告, cell for cell as the
 * web page prints them (components/disclosure/performance-part.tsx and its tables).
 */
import type { GradeScale } from "../performance/grades";
import { formatAmount, formatPercent, formatScore, formatScoreFixed } from "../performance/format";
import type { PerformanceDocument } from "../performance/document";
import { evaluateDocument, type KeyEvaluationView, type ProjectView } from "../performance/document-view";
import { conclusionSentence, type AnnualGoal, type KeyScoredRow } from "../performance/key-evaluation";
import { KEY_EVALUATION_OUTLINE, outlineTitle, type KeyOutlineSection, type KeyOutlineSubsection, type KeyTextKey } from "../performance/key-evaluation-outline";
import { formatActual, formatTarget } from "../performance/scoring";
import { formatChineseDate } from "../validation/date";
import type { GridCell, GridRow } from "./table-grid";

export interface FlowGrid {
  readonly header: readonly GridRow[];
  readonly body: readonly GridRow[];
  readonly columnWidths: readonly number[];
}

export type FlowBlock =
  | { readonly kind: "title"; readonly text: string; readonly newPage?: boolean }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "line"; readonly text: string; readonly align: "left" | "center" | "right" }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "grid"; readonly grid: FlowGrid };

const DASH = "—";
const th = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({ text, header: "col", align: "center", ...span });
const td = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({ text, ...span });
const num = (text: string): GridCell => ({ text, align: "right" });
const mid = (text: string, span: { colSpan?: number } = {}): GridCell => ({ text, align: "center", ...span });

/** Consecutive rows with the same 一级指标 share one cell, as the printed tables do. */
export function groupSpans<T>(rows: readonly T[], key: (row: T) => string): number[] {
  return rows.map((row, i) => {
    if (i > 0 && key(rows[i - 1]) === key(row)) return 0;
    let n = 1;
    while (i + n < rows.length && key(rows[i + n]) === key(row)) n++;
    return n;
  });
}

/** Empty when nothing is entered: the part then prints its "尚未填写" line. */
export function performanceFlow(document: PerformanceDocument, year: number, unitName: string, grades?: GradeScale): FlowBlock[] {
  const view = evaluateDocument(document, grades);
  if (view.projects.length === 0 && view.keyEvaluations.length === 0) return [{ kind: "line", text: "（尚未填写项目支出绩效自评）", align: "center" }];
  return [
    ...summaryFlow(view.projects, document.summaryUnitName ?? unitName, document.summaryFiledOn),
    ...view.projects.flatMap((p) => selfEvaluationFlow(p, year)),
    ...view.keyEvaluations.flatMap((k) => keyEvaluationFlow(k)),
  ];
}

function summaryFlow(projects: readonly ProjectView[], unitName: string, filedOn: string | undefined): FlowBlock[] {
  return [
    { kind: "title", text: "项目支出绩效自评结果汇总表" },
    { kind: "line", text: `部门(单位)名称：${unitName}`, align: "left" },
    { kind: "line", text: `填报日期：${filedOn ? formatChineseDate(filedOn) : ""}`, align: "left" },
    {
      kind: "grid",
      grid: {
        header: [[th("序号"), th("项目名称"), th("得分")]],
        body: projects.map((p) => [mid(String(p.index)), td(p.project.name), num(p.score === null ? DASH : formatScore(p.score))]),
        columnWidths: [0.8, 6, 1.4],
      },
    },
  ];
}

function selfEvaluationFlow(project: ProjectView, year: number): FlowBlock[] {
  const result = project.result;
  const detail = project.project.detail;
  if (!result || !detail) return [];
  const { execution, indicators } = result;
  const spans = groupSpans(indicators, (i) => i.level1.trim());
  const rate = (r: typeof execution.rate) => (r === null ? DASH : formatPercent(r));
  const body: GridCell[][] = [
    [th("项目名称"), td(project.project.name, { colSpan: 4 }), th("主管部门"), td(project.project.supervisor, { colSpan: 3 })],
    [th("项目预算执行情况", { rowSpan: 2 + execution.sources.length }), th("", { colSpan: 2 }), th("年初预算数"), th("全年预算数（A）"), th("全年执行数（B）"), th("分值"), th("执行率（B/A）"), th("得分")],
    [
      td(execution.total.label, { colSpan: 2 }),
      num(formatAmount(execution.total.initial)),
      num(formatAmount(execution.total.full)),
      num(formatAmount(execution.total.executed)),
      num(formatScore(execution.weight)),
      num(rate(execution.rate)),
      num(execution.score === null ? DASH : formatScore(execution.score)),
    ],
    ...execution.sources.map((s, i) => [
      td(i === 0 ? `其中：${s.label}` : s.label, { colSpan: 2 }),
      num(formatAmount(s.initial)),
      num(formatAmount(s.full)),
      num(formatAmount(s.executed)),
      num(DASH),
      num(rate(s.rate)),
      num(DASH),
    ]),
    [th("年度总体目标", { rowSpan: 2 }), th("预期目标", { colSpan: 4 }), th("目标实际完成情况", { colSpan: 4 })],
    [td(detail.overallGoal?.expected ?? "", { colSpan: 4 }), td(detail.overallGoal?.achieved ?? "", { colSpan: 4 })],
    [th("绩效指标", { rowSpan: indicators.length + 1 }), th("一级指标"), th("二级指标"), th("三级指标"), th("年度指标值（A）"), th("实际完成指标值（B）"), th("分值"), th("得分"), th("偏差原因分析及改进措施")],
    ...indicators.map((indicator, i) => {
      const unit = indicator.target.kind === "quantitative" ? indicator.target.unit : "";
      return [
        ...(spans[i] > 0 ? [td(indicator.level1, { rowSpan: spans[i] })] : []),
        td(indicator.level2),
        td(indicator.level3),
        mid(formatTarget(indicator.target)),
        mid(formatActual(indicator.actual, unit)),
        num(formatScore(indicator.weight)),
        num(formatScore(indicator.score)),
        td(indicator.met ? "" : (indicator.deviationReason ?? "")),
      ];
    }),
    [mid("总分", { colSpan: 6 }), num(formatScoreFixed(result.weightTotal)), num(formatScoreFixed(result.total)), td("")],
  ];
  return [
    { kind: "title", text: "项目支出绩效自评表", newPage: true },
    { kind: "line", text: `（${year}年度）`, align: "center" },
    { kind: "line", text: "单位：万元", align: "right" },
    { kind: "grid", grid: { header: [], body, columnWidths: [1.2, 1.1, 1.1, 1.1, 1.1, 1.1, 0.8, 1, 1.6] } },
  ];
}

function prose(text: string | undefined): FlowBlock[] {
  return (text ?? "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => ({ kind: "paragraph", text: line }));
}

function keyEvaluationFlow(view: KeyEvaluationView): FlowBlock[] {
  const { input, result } = view;
  const outline = KEY_EVALUATION_OUTLINE as readonly KeyOutlineSection[];
  const blocks: FlowBlock[] = [{ kind: "title", text: `${input.projectName} 项目支出绩效评价报告`, newPage: true }];
  for (const section of outline) {
    blocks.push({ kind: "heading", text: `${section.number}、${section.title}` });
    if (section.subsections.length === 0) {
      blocks.push(...prose(input.sections[section.key as KeyTextKey]));
      continue;
    }
    for (const sub of section.subsections) {
      blocks.push({ kind: "paragraph", text: `${sub.number}${outlineTitle(sub.title, input.year)}。` });
      if (sub.generated) blocks.push({ kind: "paragraph", text: conclusionSentence(result) });
      else blocks.push(...prose(input.sections[sub.key as KeyTextKey]));
      if (sub.table) blocks.push({ kind: "grid", grid: keyGrid(sub.table, view) });
    }
  }
  return blocks;
}

function keyGrid(kind: NonNullable<KeyOutlineSubsection["table"]>, view: KeyEvaluationView): FlowGrid {
  switch (kind) {
    case "annualGoal":
      return annualGoalGrid(view.input.annualGoal, view.input.projectName, view.input.supervisor);
    case "indicatorSystem":
      return scoreGrid(view.result.rows, false);
    case "scoreTable":
      return scoreGrid(view.result.rows, true, [formatScore(view.result.weightTotal), formatScore(view.result.total)]);
    case "evaluators":
      return {
        header: [[th("序号"), th("姓名"), th("单位及职务"), th("负责评价内容")]],
        body: view.input.evaluators.map((e, i) => [mid(String(i + 1)), td(e.name), td(e.position), td(e.responsibility)]),
        columnWidths: [0.7, 1.3, 3, 3],
      };
  }
}

function annualGoalGrid(goal: AnnualGoal, projectName: string, supervisor: string): FlowGrid {
  const spans = groupSpans(goal.indicators, (i) => i.level1.trim());
  const wide = (label: string, value: string): GridCell[] => [th(label), td(value, { colSpan: 5 })];
  const body: GridCell[][] = [
    [th("项目名称"), td(projectName, { colSpan: 2 }), th("项目类别"), td(goal.projectCategory, { colSpan: 2 })],
    wide("主管部门", supervisor),
    wide("项目实施单位", goal.implementer),
    [th("项目资金申请（万元）", { rowSpan: 2 }), td("资金总额：", { colSpan: 2 }), td(`${formatAmount(goal.fundsTotal)}万元`, { colSpan: 3 })],
    [td("财政拨款：", { colSpan: 2 }), td(`${formatAmount(goal.fiscalFunds)}万元`, { colSpan: 3 })],
    wide("项目立项依据", goal.basis),
    wide("项目绩效年度目标", goal.goal),
    [th("年度绩效指标", { rowSpan: goal.indicators.length + 1 }), th("一级指标"), th("二级指标"), th("指标内容"), th("指标值"), th("备注")],
    ...goal.indicators.map((i, n) => [...(spans[n] > 0 ? [td(i.level1, { rowSpan: spans[n] })] : []), td(i.level2), td(i.content), mid(i.value), td(i.note)]),
    wide("其他需要说明的问题", goal.otherNotes),
  ];
  return { header: [], body, columnWidths: [1.4, 1, 1.2, 2.2, 1, 1.2] };
}

function scoreGrid(rows: readonly KeyScoredRow[], withResults: boolean, footer?: [string, string]): FlowGrid {
  const header = [
    [th("序号"), th("一级指标"), th("二级指标"), th("三级指标"), th("四级指标"), th("目标值"), ...(withResults ? [th("完成值")] : []), th("分值"), ...(withResults ? [th("得分")] : [])],
  ];
  const body: GridCell[][] = rows.map((r) => [
    mid(String(r.index)),
    td(r.level1),
    td(r.level2),
    td(r.level3),
    td(r.level4),
    mid(r.targetText),
    ...(withResults ? [mid(r.actualText)] : []),
    num(formatScore(r.weight)),
    ...(withResults ? [num(formatScore(r.score))] : []),
  ]);
  if (footer) body.push([mid("得分分值（百分制）", { colSpan: 7 }), num(footer[0]), num(footer[1])]);
  return { header, body, columnWidths: [0.6, 1, 1, 1.4, 1.6, 1.1, ...(withResults ? [1.1] : []), 0.7, ...(withResults ? [0.7] : [])] };
}
