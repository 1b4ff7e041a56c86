import { describe, expect, it } from "vitest";
import type { CheckSummary, RuleMessage } from "@/lib/reports/rule-summary";
import { gateMessage, submissionProblems } from "./gate";

const msg = (key: string, severity: "error" | "warning"): RuleMessage => ({ key, ruleId: key, severity, table: "t03", message: `${key} 的问题`, cell: null, rowKey: null });
const check = (messages: RuleMessage[]): CheckSummary => ({ passed: !messages.some((m) => m.severity === "error"), errors: 0, warnings: 0, rulesRun: 21, messages });

describe("submissionProblems", () => {
  it("passes a clean report", () => {
    expect(submissionProblems(check([]), new Map())).toEqual([]);
  });

  it("blocks on errors, on warnings without an explanation, and on missing narrative reasons", () => {
    const problems = submissionProblems(check([msg("03a", "error"), msg("96", "warning"), msg("09b", "warning")]), new Map([["09b", "年中追加预算"], ["96", "  "]]), ["五(三)2 行政运行"]);
    expect(problems.map((p) => p.kind)).toEqual(["error", "unexplained-warning", "missing-reason"]);
    expect(gateMessage(problems)).toContain("1 个审核错误，1 个提示未填写说明，情况说明有 1 处待补充");
  });

  it("accepts explained warnings", () => {
    expect(submissionProblems(check([msg("96", "warning")]), new Map([["96", "含项目支出安排的三公经费"]]))).toEqual([]);
  });
});
