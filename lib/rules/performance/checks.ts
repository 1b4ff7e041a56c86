/**
 * Every check of 第五部分 (绩效), computed from the stored document and 公开05. Errors block
 * submission: a 自评表 or 重点绩效评价报告 that its form would refuse, a reported score that is not
 * a score, a 汇总表 that names a project twice, a damaged record. The warning is rule T
 * (./coverage.ts) and needs a written explanation, which hangs on the key "T绩效|coverage".
 */
import { keyEvaluationFormFor } from "../../performance/document";
import { evaluateDocument, reportedScoreOf } from "../../performance/document-view";
import { parsePerformanceDocument } from "../../performance/read-document";
import { keyEvaluationFormSchema } from "../../validation/performance/key-evaluation";
import { selfEvaluationFormSchema } from "../../validation/performance/self-evaluation";
import type { CheckDefinition, CheckMessage } from "../messages";
import { contentKey, rememberBounded } from "../../bounded-map";
import { coverage } from "./coverage";

export const PERFORMANCE_CHECKS = [
  { id: "P1", severity: "error", part: "performance", title: "已保存的绩效数据可以读取" },
  { id: "P2", severity: "error", part: "performance", title: "项目支出绩效自评表填写完整、分值合计为100" },
  { id: "P3", severity: "error", part: "performance", title: "未填写自评表的项目，自评得分在0到100之间" },
  { id: "P4", severity: "error", part: "performance", title: "自评结果汇总表中项目不重复" },
  { id: "P5", severity: "error", part: "performance", title: "重点绩效评价报告填写完整、分值合计为100" },
  { id: "T绩效", severity: "warning", part: "performance", title: "绩效自评覆盖公开05表全部项目支出" },
] as const satisfies readonly CheckDefinition[];

type CheckId = (typeof PERFORMANCE_CHECKS)[number]["id"];

export interface PerformanceCheckInput {
  /** ReportPerformance.data as stored; null when the report has none yet. */
  readonly document: unknown;
  /** 公开05 项目支出合计 in 分 (./table05.ts). */
  readonly table05ProjectFen: bigint;
}

const SEVERITY = new Map(PERFORMANCE_CHECKS.map((c) => [c.id, c.severity]));

/** Rule T points at 公开05's 合计 row, the money it compares with; the others at a 绩效 field. */
function message(ruleId: CheckId, key: string, text: string, field: string | null): CheckMessage {
  const atTable05 = ruleId === "T绩效";
  return {
    key,
    ruleId,
    severity: SEVERITY.get(ruleId) ?? "error",
    part: "performance",
    table: atTable05 ? "t05" : null,
    message: text,
    cell: null,
    rowKey: atTable05 ? "合计" : null,
    field,
  };
}

const path = (...parts: readonly PropertyKey[]) => parts.map(String).join(".");

/**
 * Everything but rule T depends on the stored document alone, which a table save does not touch:
 * worked out once per distinct document (keyed by its JSON text, so an equal document is the same
 * key however it was read) and reused by every save and check after it.
 */
const BY_DOCUMENT = new Map<string, { messages: readonly CheckMessage[]; view: ReturnType<typeof evaluateDocument> }>();
const CACHED_DOCUMENTS = 200;

function documentChecks(document: unknown) {
  const key = contentKey(document);
  const cached = BY_DOCUMENT.get(key);
  if (cached) return cached;
  const checked = checkDocument(document);
  // Shared by every later call: frozen, so no caller can change what another one reads.
  checked.messages.forEach((m) => Object.freeze(m));
  return rememberBounded(BY_DOCUMENT, key, { messages: Object.freeze(checked.messages), view: checked.view }, CACHED_DOCUMENTS);
}

export function checkPerformance(input: PerformanceCheckInput): CheckMessage[] {
  const { messages, view } = documentChecks(input.document);
  const covered = coverage(view, input.table05ProjectFen).message;
  // One stable key: the explanation survives edits to the figures.
  return covered === null ? [...messages] : [...messages, message("T绩效", "T绩效|coverage", covered, null)];
}

function checkDocument(document: unknown) {
  const { document: doc, warnings: damaged } = parsePerformanceDocument(document);
  const out: CheckMessage[] = damaged.map((w, i) => message("P1", `P1|${i}`, `绩效：${w}`, null));

  doc.projects.forEach((project, p) => {
    const name = project.name.trim() || "（未命名项目）";
    if (project.detail !== null) {
      const parsed = selfEvaluationFormSchema.safeParse({ ...project.detail, projectName: project.name, supervisor: project.supervisor });
      if (parsed.success) return;
      parsed.error.issues.forEach((issue, i) => {
        const field = path("projects", p, "detail", ...issue.path);
        out.push(message("P2", `P2|${project.id}|${i}`, `项目“${name}”的绩效自评表：${issue.message}`, field));
      });
    } else if (reportedScoreOf(project) === null) {
      const text = `项目“${name}”未填写绩效自评表，其自评得分应为0到100之间的数（当前为“${project.reportedScore ?? ""}”）`;
      out.push(message("P3", `P3|${project.id}`, text, path("projects", p, "reportedScore")));
    }
  });

  const view = evaluateDocument(doc);
  view.summary.issues.forEach((issue, i) => {
    // Per-project problems are reported above in full, not as a count.
    if (issue.severity !== "error" || issue.path[issue.path.length - 1] === "detail") return;
    out.push(message("P4", `P4|${i}`, issue.message, path(...issue.path)));
  });

  view.keyEvaluations.forEach((k, n) => {
    const parsed = keyEvaluationFormSchema.safeParse(keyEvaluationFormFor(k.stored, k.project));
    if (parsed.success) return;
    parsed.error.issues.forEach((issue, i) => {
      const field = path("keyEvaluations", n, ...issue.path);
      out.push(message("P5", `P5|${k.stored.projectId}|${i}`, `重点绩效评价报告“${k.project.name}”：${issue.message}`, field));
    });
  });

  return { messages: out, view };
}
