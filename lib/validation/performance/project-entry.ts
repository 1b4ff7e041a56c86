/**
 * A project of the 自评结果汇总表 and a 重点绩效评价报告 entry, as the editors send them and as the
 * record stores them. A project either carries its 自评表 (`detail`, ./self-evaluation.ts) or
 * only a reported score and, when known, its 全年执行数.
 */
import { z } from "zod";
import type { KeyEvaluationForm, StoredKeyEvaluation, StoredProject } from "../../performance/document";
import { fieldIssues, type Checked, type FieldIssue } from "../../performance/field-issues";
import { KEY_TEXT_KEYS } from "../../performance/key-evaluation-outline";
import { HUNDRED, parseNumberText } from "../../performance/numbers";
import { isUnsafeTextMessage } from "../text";
import { keyEvaluationFormSchema, storedKeyEvaluationSchema } from "./key-evaluation";
import { COMPUTED_FIELD_MESSAGES, storedVariant, strictKit, type Kit } from "./kit";
import { selfEvaluationFormSchema, storedSelfEvaluationSchema, type SelfEvaluationForm } from "./self-evaluation";

export const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const projectId = () => z.string({ error: "项目编号不正确" }).regex(PROJECT_ID, "项目编号不正确");

/** The editor's project: `detail` is judged on its own (selfEvaluationFormSchema) so its issues carry its path. */
export function projectEntry(k: Kit) {
  const stored = k.variant === "stored";
  return k.object(
    {
      // A new project comes without an id; a stored one always has it.
      id: (stored ? projectId() : projectId().optional()) as z.ZodOptional<z.ZodString>,
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

// What even a draft may not hold: fields a client may not send (unknown or computed), values of
// the wrong type, texts longer than their field, unsafe characters (lib/validation/text.ts).
const DRAFT_REFUSED_CODES: ReadonlySet<string> = new Set(["unrecognized_keys", "invalid_type", "too_big"]);

function refusesDraft(issue: z.core.$ZodIssue): boolean {
  // The name is how the 汇总表 lists the project, so even a draft needs one.
  return DRAFT_REFUSED_CODES.has(issue.code) || isUnsafeTextMessage(issue.message) || issue.path[0] === "name";
}

/**
 * A project as typed when `checkProjectInput` refuses it, so nothing typed is lost: stored as a
 * draft whose strings stay as typed (a weight of "abc", a blank reason), which the submission gate
 * (lib/rules/performance/checks.ts, P2/P3) then lists until it is fixed. Refused, as by the strict
 * check, are what a form never sends and no draft may store: unknown or computed fields, wrong
 * types, oversize or unsafe text, a missing name.
 */
export function checkProjectDraft(input: unknown): Checked<CheckedProject> {
  const base = projectInputSchema.safeParse(input);
  const hard = base.success ? [] : base.error.issues.filter(refusesDraft);
  if (hard.length > 0) return { ok: false, issues: fieldIssues(hard, input) };
  const entry = input as ProjectInput;
  const name = entry.name.trim();
  const supervisor = (entry.supervisor ?? "").trim();
  const id = typeof entry.id === "string" ? entry.id : undefined;
  if (entry.detail === null || entry.detail === undefined) {
    return { ok: true, value: { id, name, supervisor, detail: null, reportedScore: entry.reportedScore?.trim() || undefined, executed: entry.executed?.trim() || undefined } };
  }
  if (typeof entry.detail !== "object" || Array.isArray(entry.detail)) return { ok: false, issues: [{ path: "detail", message: "绩效自评表格式不正确" }] };
  const form = { ...entry.detail, projectName: name, supervisor };
  const strict = selfEvaluationFormSchema.safeParse(form);
  const refusedDetail = strict.success ? [] : strict.error.issues.filter(refusesDraft);
  if (refusedDetail.length > 0) return { ok: false, issues: fieldIssues(refusedDetail, form, { prefix: ["detail"] }) };
  const stored = storedSelfEvaluationSchema.safeParse(form);
  if (!stored.success) return { ok: false, issues: [{ path: "detail", message: "绩效自评表格式不正确" }] };
  return { ok: true, value: { id, name, supervisor, detail: stored.data } };
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

/**
 * A key evaluation as typed when `checkKeyEvaluationInput` refuses it: stored as a draft (strings
 * as typed) that rule P5 lists until it is fixed; refused only for what `checkProjectDraft` refuses.
 */
export function checkKeyEvaluationDraft(form: unknown, project: StoredProject, year: number): Checked<KeyEvaluationForm> {
  const malformed = { ok: false, issues: [{ path: "form", message: "重点绩效评价报告格式不正确" }] } as const;
  if (typeof form !== "object" || form === null || Array.isArray(form)) return malformed;
  const full = { ...form, projectName: project.name, supervisor: project.supervisor, year: String(year) };
  const strict = keyEvaluationFormSchema.safeParse(full);
  const hard = strict.success ? [] : strict.error.issues.filter(refusesDraft);
  if (hard.length > 0) return { ok: false, issues: fieldIssues(hard, full, { firstRow: 2 }) };
  const stored = storedKeyEvaluationSchema.safeParse(full);
  return stored.success ? { ok: true, value: stored.data } : malformed;
}

/**
 * What the project editor holds: the entry's fields and a 自评表 both, so switching 自评方式 loses
 * nothing typed; `projectEntryOf` sends exactly the chosen kind's fields.
 */
export interface ProjectEditorValues {
  mode: "detail" | "reported";
  name: string;
  supervisor: string;
  reportedScore: string;
  executed: string;
  detail: SelfEvaluationForm;
}

export function projectEntryOf(values: ProjectEditorValues, id: string | undefined): ProjectInput {
  const base = { ...(id ? { id } : {}), name: values.name, supervisor: values.supervisor };
  return values.mode === "detail" ? { ...base, detail: values.detail } : { ...base, detail: null, reportedScore: values.reportedScore, executed: values.executed };
}

/** Puts field issues on their fields for a form resolver ("detail.indicators.3.weight"). */
export function addFieldIssues(issues: readonly FieldIssue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) {
    const path = issue.path === "" ? [] : issue.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    ctx.addIssue({ code: "custom", path, message: issue.message });
  }
}

/** The project editor's resolver: the save's own check, so the form refuses what the server would. */
export function projectEditorSchema(id: string | undefined) {
  return z.custom<ProjectEditorValues>().superRefine((values, ctx) => {
    const checked = checkProjectInput(projectEntryOf(values, id));
    if (!checked.ok) addFieldIssues(checked.issues, ctx);
  });
}

/**
 * What the key-evaluation editor holds: the report's form, but its prose by position in
 * KEY_TEXT_KEYS, because the keys contain dots, which form field names would read as nesting.
 */
export type KeyEditorValues = Omit<KeyEvaluationForm, "sections"> & { sectionTexts: string[] };

export function keyEditorValues(form: KeyEvaluationForm): KeyEditorValues {
  const { sections, ...rest } = form;
  return { ...rest, sectionTexts: KEY_TEXT_KEYS.map((key) => sections[key] ?? "") };
}

/** The report the editor's values stand for; blank prose is left out. */
export function keyFormOf(values: KeyEditorValues): KeyEvaluationForm {
  const { sectionTexts, ...rest } = values;
  const sections: KeyEvaluationForm["sections"] = {};
  KEY_TEXT_KEYS.forEach((key, n) => {
    const text = sectionTexts[n] ?? "";
    if (text.trim() !== "") sections[key] = text;
  });
  return { ...rest, sections };
}

/** The key-evaluation editor's resolver: the save's own check for `project` in `year`. */
export function keyEditorSchema(project: StoredProject, year: number) {
  return z.custom<KeyEditorValues>().superRefine((values, ctx) => {
    const checked = checkKeyEvaluationInput(keyFormOf(values), project, year);
    if (!checked.ok) addFieldIssues(checked.issues, ctx);
  });
}
