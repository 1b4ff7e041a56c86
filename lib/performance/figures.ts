/**
 * What the 情况说明 section 十三 states about 绩效, read from the 绩效 data itself so staff never
 * type these figures a second time. Amounts are exact 分 (万元 × 1,000,000) and scores are
 * hundredths (98.20 → 9820n), the units the narrative generator works in.
 */
import type { Fen } from "../money";

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
