/**
 * storedFactsSchema's complaints as people read them: a 年初预算 names its table and code, a row of
 * a list its number ("公开05表 2010301 一般公共预算年初预算：不能为负数").
 */
import type { z } from "zod";
import { chineseMessage } from "../parse";

const FUND_TABLES: Readonly<Record<string, string>> = { gp: "公开05表", gf: "公开07表", soe: "公开08表" };
const LISTS: Readonly<Record<string, string>> = { summaries: "项目绩效目标完成情况" };

/** One complaint, located: `path` is the facts form path without the leading "form". */
export function factsIssueMessage(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  const message = chineseMessage(issue);
  if (path[1] === "budgets" && FUND_TABLES[path[2]] && path[3]) return `${FUND_TABLES[path[2]]} ${path[3]} ${message}`;
  if (path[1] === "performance" && LISTS[path[2]] && /^\d+$/.test(path[3] ?? "")) return `${LISTS[path[2]]}第 ${Number(path[3]) + 1} 行：${message}`;
  if (path[1] === "reasons") return `主要原因：${message}`;
  return message;
}

/** All complaints: the first as the summary, each on its field ("form.lastYear.total"). */
export function describeFactsIssues(issues: readonly z.core.$ZodIssue[]): { summary: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const messages = issues.map((issue) => {
    const message = factsIssueMessage(issue);
    fieldErrors[issue.path.map(String).join(".")] ??= message;
    return message;
  });
  const more = messages.length > 1 ? `（另有 ${messages.length - 1} 处需要修改）` : "";
  return { summary: `未保存：${messages[0] ?? "情况说明事实数据有误"}${more}`, fieldErrors };
}
