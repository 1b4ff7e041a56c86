/**
 * Every check of 第一部分 and the 情况说明: whether the facts are entered and readable, each
 * 主要原因 the text asks for, and each fact the generator finds missing or at odds with the tables
 * or the 绩效 data (rule T). All are errors: a report is not submitted with an incomplete text.
 */
import type { CheckDefinition, CheckPart } from "../messages";

/** Every 情况说明 check is an error; most are fixed in the 情况说明 editor. */
const check = <Id extends string>(id: Id, title: string, part: CheckPart = "narrative") =>
  ({ id, severity: "error", part, title }) as const satisfies CheckDefinition;

export const NARRATIVE_CHECKS = [
  check("narrative.facts.not-entered", "已填写情况说明所需的事实数据"),
  check("narrative.facts.damaged", "情况说明事实数据的存储内容可以完整读取"),
  check("narrative.facts.invalid", "情况说明事实数据符合填写要求"),
  check("narrative.reason.missing", "情况说明要求的主要原因均已填写"),
  check("narrative.last-year.missing", "与上年比较所需的上年决算数均已填写"),
  check("narrative.budget.missing", "公开05、07、08表各项的年初预算数均已填写"),
  check("narrative.budget.total-below-items", "一般公共预算年初预算合计不小于各项年初预算之和"),
  check("narrative.operating-cost.budget-missing", "机关运行经费年初预算数已填写"),
  check("narrative.three-public.abroad-reception", "国（境）外接待费不大于公开09表公务接待费"),
  check("narrative.performance.missing", "情况说明十三所需的绩效自评已填写", "performance"),
  check("narrative.performance.covered-missing", "绩效自评涉及的预算资金可以确定"),
  check("narrative.performance.covered-vs-t05", "绩效自评涉及的预算资金与公开05表项目支出合计一致"),
] as const;

export type NarrativeCheckId = (typeof NARRATIVE_CHECKS)[number]["id"];

export const FACTS_NOT_ENTERED = "尚未填写情况说明所需的事实数据";
