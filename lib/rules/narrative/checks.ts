/**
 * Every check of 第一部分 and the 情况说明: whether the facts are entered and readable, each
 * 主要原因 the text asks for, and each fact the generator finds missing or at odds with the tables
 * or the 绩效 data (rule T). All are errors: a report is not submitted with an incomplete text.
 */
import type { CheckDefinition } from "../messages";

export const NARRATIVE_CHECKS = [
  { id: "narrative.facts.not-entered", severity: "error", part: "narrative", title: "已填写情况说明所需的事实数据" },
  { id: "narrative.facts.damaged", severity: "error", part: "narrative", title: "情况说明事实数据的存储内容可以完整读取" },
  { id: "narrative.facts.invalid", severity: "error", part: "narrative", title: "情况说明事实数据符合填写要求" },
  { id: "narrative.reason.missing", severity: "error", part: "narrative", title: "情况说明要求的主要原因均已填写" },
  { id: "narrative.last-year.missing", severity: "error", part: "narrative", title: "与上年比较所需的上年决算数均已填写" },
  { id: "narrative.budget.missing", severity: "error", part: "narrative", title: "公开05、07、08表各项的年初预算数均已填写" },
  { id: "narrative.budget.total-below-items", severity: "error", part: "narrative", title: "一般公共预算年初预算合计不小于各项年初预算之和" },
  { id: "narrative.operating-cost.budget-missing", severity: "error", part: "narrative", title: "机关运行经费年初预算数已填写" },
  { id: "narrative.three-public.abroad-reception", severity: "error", part: "narrative", title: "国（境）外接待费不大于公开09表公务接待费" },
  { id: "narrative.performance.missing", severity: "error", part: "performance", title: "情况说明十三所需的绩效自评已填写" },
  { id: "narrative.performance.covered-missing", severity: "error", part: "narrative", title: "绩效自评涉及的预算资金可以确定" },
  { id: "narrative.performance.covered-vs-t05", severity: "error", part: "narrative", title: "绩效自评涉及的预算资金与公开05表项目支出合计一致" },
] as const satisfies readonly CheckDefinition[];

export type NarrativeCheckId = (typeof NARRATIVE_CHECKS)[number]["id"];

export const FACTS_NOT_ENTERED = "尚未填写情况说明所需的事实数据";
