import { describe, expect, it } from "vitest";
import type { CheckMessage, CheckPart } from "@/lib/rules/messages";
import { summarize } from "@/lib/rules/report-check";
import { gateMessage, submissionProblems } from "./gate";

const msg = (key: string, severity: "error" | "warning", part: CheckPart = "tables"): CheckMessage => ({
  key,
  ruleId: key,
  severity,
  part,
  table: part === "tables" ? "t03" : null,
  message: `${key} 的问题`,
  cell: null,
  rowKey: null,
  field: null,
});
const check = (messages: CheckMessage[]) => summarize(messages, 33);

describe("submissionProblems", () => {
  it("passes a clean report", () => {
    expect(submissionProblems(check([]), new Map())).toEqual([]);
  });

  it("blocks on errors, on warnings without an explanation, and on what the 情况说明 lacks", () => {
    const problems = submissionProblems(
      check([msg("03a", "error"), msg("96", "warning"), msg("09b", "warning"), msg("narrative.reason.missing:reasons.basic", "error", "narrative"), msg("P2", "error", "performance")]),
      new Map([["09b", "年中追加预算"], ["96", "  "]]),
    );
    expect(problems.map((p) => p.kind)).toEqual(["error", "unexplained-warning", "missing-reason", "error"]);
    expect(gateMessage(problems)).toContain("2 个审核错误，1 个提示未填写说明，情况说明有 1 处待补充");
  });

  it("accepts explained warnings", () => {
    expect(submissionProblems(check([msg("96", "warning")]), new Map([["96", "含项目支出安排的三公经费"]]))).toEqual([]);
  });
});
