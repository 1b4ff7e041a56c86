/**
 * What the 情况说明 section 十三 states about 绩效, read from the 绩效 data itself so staff never
 * type these figures a second time. Amounts are exact 分 (万元 × 1,000,000) and scores are
 * hundredths (98.20 → 9820n), the units the narrative generator works in.
 */
import type { GradeScale } from "./grades";
import type { Fen } from "../money";
import type { PerformanceDocument } from "./document";
import { evaluateDocument } from "./document-view";
import { fenFromWan, scaledInteger } from "./numbers";

export interface PerformanceFigures {
  /** Projects in the 自评结果汇总表. */
  readonly projects: number;
  /** Σ 全年执行数 of all projects; null while some project's amount is not known. */
  readonly coveredFen: Fen | null;
  /** Projects per grade, in the grade scale's order; grades nobody received are left out. */
  readonly gradeCounts: readonly { readonly grade: string; readonly count: number }[];
  /** Projects with a 绩效自评表, in 汇总表 order: the ones 十三 describes one by one. */
  readonly detailed: readonly {
    readonly project: string;
    readonly scoreHundredths: bigint;
    readonly budgetFullFen: Fen;
    readonly executedFen: Fen;
  }[];
  /** The 重点绩效评价报告, in document order. */
  readonly keyEvaluations: readonly {
    readonly project: string;
    /** 本年度支出 of the evaluated project. */
    readonly moneyFen: Fen;
    readonly scoreHundredths: bigint;
    readonly grade: string;
  }[];
}

/** What 十三 can say from the document alone, computed as the 第五部分 tables print it. */
export function performanceFigures(document: PerformanceDocument, grades?: GradeScale): PerformanceFigures {
  const view = evaluateDocument(document, grades);
  const covered = view.summary.coveredAmount;
  return {
    projects: view.projects.length,
    coveredFen: covered === null ? null : fenFromWan(covered),
    gradeCounts: view.summary.gradeCounts.filter((g) => g.count > 0).map((g) => ({ grade: g.label, count: g.count })),
    detailed: view.projects.flatMap((p) =>
      p.result === null
        ? []
        : [
            {
              project: p.project.name,
              scoreHundredths: scaledInteger(p.result.total, 2),
              budgetFullFen: fenFromWan(p.result.execution.total.full),
              executedFen: fenFromWan(p.result.execution.total.executed),
            },
          ],
    ),
    keyEvaluations: view.keyEvaluations.map((k) => ({
      project: k.project.name,
      moneyFen: fenFromWan(k.input.executed),
      scoreHundredths: scaledInteger(k.result.total, 2),
      grade: k.result.grade,
    })),
  };
}
