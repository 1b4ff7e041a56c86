/**
 * A project of the 自评结果汇总表 and a 重点绩效评价报告 entry, as the editors send them and as the
 * record stores them. A project either carries its 自评表 (`detail`, ./self-evaluation.ts) or
 * only a reported score and, when known, its 全年执行数.
 */
import { z } from "zod";
import type { KeyEvaluationForm, StoredKeyEvaluation, StoredProject } from "../../performance/document";
import { fieldIssues, type Checked, type FieldIssue } from "../../performance/field-issues";
import { HUNDRED, parseNumberText } from "../../performance/numbers";
import { keyEvaluationFormSchema, storedKeyEvaluationSchema } from "./key-evaluation";
import { COMPUTED_FIELD_MESSAGES, storedVariant, strictKit, type Kit } from "./kit";
import { selfEvaluationFormSchema, storedSelfEvaluationSchema } from "./self-evaluation";

export const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const projectId = () => z.string({ error: "项目编号不正确" }).regex(PROJECT_ID, "项目编号不正确");

/** The editor's project: `detail` is judged on its own (selfEvaluationFormSchema) so its issues carry its path. */
export function projectEntry(k: Kit) {
  const stored = k.variant === "stored";
  return k.object(
    {
      id: stored ? projectId() : projectId().optional(),
      name: k.text("项目名称", 100),
      supervisor: k.text("主管部门", 100),
      detail: stored ? storedSelfEvaluationSchema.nullable() : z.unknown(),
      reportedScore: k.optionalText("自评得分", 20),
      executed: k.optionalText("全年执行数", 30),
    },
    ["score", "total", "grade"],
  );
}

export const projectInputSchema = projectEntry(strictKit);
export type ProjectInput = z.input<typeof projectInputSchema>;

export const storedProjectSchema = storedVariant(projectEntry) as unknown as z.ZodType<StoredProject>;
export const storedKeyEntrySchema: z.ZodType<StoredKeyEvaluation> = z.object({ projectId: projectId(), form: storedKeyEvaluationSchema });

/** A project as it will be stored (without its id, which the caller keeps or assigns). */
export type CheckedProject = Omit<StoredProject, "id"> & { readonly id?: string };

export function checkProjectInput(input: unknown): Checked<CheckedProject> {
  const base = projectInputSchema.safeParse(input);
  if (!base.success) return { ok: false, issues: fieldIssues(base.error.issues, input) };
  const { id, name, supervisor, detail, reportedScore, executed } = base.data;

  if (detail !== null && detail !== undefined) {
    const issues: FieldIssue[] = [];
    if (reportedScore !== undefined) issues.push({ path: "reportedScore", message: `已填写绩效自评表的项目，${COMPUTED_FIELD_MESSAGES.score}` });
    if (executed !== undefined) issues.push({ path: "executed", message: "已填写绩效自评表的项目，全年执行数取自表内的预算执行情况，不能另外填写" });
    if (typeof detail !== "object" || Array.isArray(detail)) return { ok: false, issues: [...issues, { path: "detail", message: "绩效自评表格式不正确" }] };
    const form = { ...detail, projectName: name, supervisor };
    const parsed = selfEvaluationFormSchema.safeParse(form);
    if (!parsed.success) issues.push(...fieldIssues(parsed.error.issues, form, { prefix: ["detail"] }));
    if (issues.length > 0) return { ok: false, issues };
    // Valid by the strict schema above; the stored one keeps its strings as typed.
    return { ok: true, value: { id, name, supervisor, detail: storedSelfEvaluationSchema.parse(form) } };
  }

  const issues: FieldIssue[] = [];
  if (reportedScore === undefined) {
    issues.push({ path: "reportedScore", message: "未填写绩效自评表的项目，请填写自评得分" });
  } else {
    const score = parseNumberText(reportedScore, { maxDecimals: 2 });
    if (!score.ok) issues.push({ path: "reportedScore", message: `自评得分：${score.error}` });
    else if (score.value.greaterThan(HUNDRED)) issues.push({ path: "reportedScore", message: "自评得分应在0到100之间" });
  }
  if (executed !== undefined) {
    const amount = parseNumberText(executed);
    if (!amount.ok) issues.push({ path: "executed", message: `全年执行数：${amount.error}` });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { id, name, supervisor, detail: null, reportedScore, executed } };
}

/**
 * A key evaluation for `project` in `year`: its name, 主管部门 and year come from the project and
 * the report, whatever the form says, so the report cannot drift from the project list.
 */
export function checkKeyEvaluationInput(form: unknown, project: StoredProject, year: number): Checked<KeyEvaluationForm> {
  if (typeof form !== "object" || form === null || Array.isArray(form)) {
    return { ok: false, issues: [{ path: "form", message: "重点绩效评价报告格式不正确" }] };
  }
  const full = { ...form, projectName: project.name, supervisor: project.supervisor, year: String(year) };
  const parsed = keyEvaluationFormSchema.safeParse(full);
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error.issues, full, { firstRow: 2 }) };
  return { ok: true, value: storedKeyEvaluationSchema.parse(full) };
}
