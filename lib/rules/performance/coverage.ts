/**
 * Rule T for 绩效 (docs/domain/rules.md): the money covered by self-evaluation, Σ 全年执行数 of all
 * projects, equals 公开05 项目支出. The one definition: the editor's summary box, the check list and
 * the submission gate all ask `coverage`.
 */
import type { DocumentView } from "../../performance/document-view";
import { formatAmount, MESSAGE_AMOUNT_STYLE } from "../../performance/format";
import { Decimal, wanFromFen } from "../../performance/numbers";

export interface Coverage {
  /** Σ 全年执行数 of all projects, 万元; null while some project's amount is unknown. */
  readonly covered: Decimal | null;
  /** 公开05 项目支出合计, 万元. */
  readonly table05: Decimal;
  /** A warning, or null when the self-evaluations cover 公开05 项目支出. */
  readonly message: string | null;
}

// Each 自评表 states its 全年执行数 in 万元 to 0.01 while 公开05 is exact to the 分, so the sum may
// differ by up to 0.01 万元 per project without anything being wrong.
const TOLERANCE_PER_PROJECT = new Decimal("0.01");

const wan = (d: Decimal) => `${formatAmount(d, MESSAGE_AMOUNT_STYLE)}万元`;

/**
 * The one definition of "covers 公开05 项目支出": the money covered (万元) equals it within 0.01 万元
 * per 自评表 stating an amount. The 情况说明 十三 asks it too, for a figure typed by staff.
 */
export function coverageAgrees(covered: Decimal, table05ProjectFen: bigint, projects: number): boolean {
  return covered.minus(wanFromFen(table05ProjectFen)).abs().lessThanOrEqualTo(TOLERANCE_PER_PROJECT.times(projects));
}

export function coverage(view: DocumentView, table05ProjectFen: bigint): Coverage {
  const table05 = wanFromFen(table05ProjectFen);
  if (view.projects.length === 0) {
    const message = table05.isZero() ? null : `尚未填写项目支出绩效自评；公开05表项目支出为${wan(table05)}，绩效自评应覆盖全部项目支出`;
    return { covered: new Decimal(0), table05, message };
  }
  const covered = view.summary.coveredAmount;
  if (covered === null) {
    const missing = view.summary.projectsWithoutAmount.join("、");
    return { covered, table05, message: `以下项目未填写全年执行数，无法核对绩效自评是否覆盖公开05表项目支出（${wan(table05)}）：${missing}` };
  }
  if (coverageAgrees(covered, table05ProjectFen, view.projects.length)) return { covered, table05, message: null };
  const difference = covered.minus(table05);
  const message =
    `绩效自评涉及资金${wan(covered)}与公开05表项目支出${wan(table05)}不一致，` +
    `${difference.isPositive() ? "多" : "少"}${wan(difference.abs())}；绩效自评应覆盖全部项目支出`;
  return { covered, table05, message };
}
