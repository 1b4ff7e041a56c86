import type { CheckSummary } from "@/lib/rules/report-check";

/** Something that must be done before a report can be submitted. */
export interface GateProblem {
  kind: "error" | "unexplained-warning" | "missing-reason" | "overview";
  message: string;
}

/**
 * The submission gate, over the one report check (lib/rules/report-check.ts): refused while any
 * error fails — a table rule, a 绩效 check, or something the 情况说明 still lacks — or any
 * warning lacks a written explanation.
 */
export function submissionProblems(check: CheckSummary, explanations: ReadonlyMap<string, string>): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const m of check.messages) {
    if (m.severity === "warning") {
      if (!(explanations.get(m.key) ?? "").trim()) problems.push({ kind: "unexplained-warning", message: `提示未说明：${m.message}` });
    } else if (m.part === "narrative") {
      problems.push({ kind: "missing-reason", message: `情况说明：${m.message}` });
    } else if (m.part === "overview") {
      problems.push({ kind: "overview", message: m.message });
    } else {
      problems.push({ kind: "error", message: m.message });
    }
  }
  return problems;
}

export function gateMessage(problems: readonly GateProblem[]): string {
  const errors = problems.filter((p) => p.kind === "error").length;
  const warnings = problems.filter((p) => p.kind === "unexplained-warning").length;
  const reasons = problems.filter((p) => p.kind === "missing-reason").length;
  const overview = problems.filter((p) => p.kind === "overview").length;
  const parts = [errors && `${errors} 个审核错误`, warnings && `${warnings} 个提示未填写说明`, reasons && `情况说明有 ${reasons} 处待补充`, overview && `单位概况有 ${overview} 处待修改`].filter(Boolean);
  return `不能上报：${parts.join("，")}。${problems.slice(0, 3).map((p) => p.message).join("；")}${problems.length > 3 ? "……" : ""}`;
}
