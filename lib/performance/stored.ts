/**
 * The unit's 绩效 as stored in ReportPerformance.data: every project of the 自评结果汇总表, each
 * either with its 绩效自评表 (in the strings the form sends, so an edit round-trips exactly) or
 * with only a reported score, plus the 重点绩效评价报告 written for some of them. Nothing computed
 * (得分, 执行率, 总分, 等级) is stored: it is recomputed from these strings wherever it is shown.
 *
 * Pure and free of React and Prisma, so the page, the server actions, the 第五部分 rendering and
 * the submission gate all read the document the same way.
 */
import { z } from "zod";
import {
  keyEvaluationFormSchema,
  selfEvaluationFormSchema,
  type KeyEvaluationFormInput,
  type SelfEvaluationFormInput,
} from "../validation/performance";
import { optionalPlainText, plainText } from "../validation/text";
import { coverageCheck, evaluateProject, indicatorLabel, summarize, type PerformanceSummary, type ProjectEntry, type SelfEvaluationInput, type SelfEvaluationResult } from "./evaluation";
import { STANDARD_EXECUTION_WEIGHT, type FundingAmounts } from "./execution";
import { formatAmount, MESSAGE_AMOUNT_STYLE } from "./format";
import { gradeOf } from "./grades";
import {
  KEY_EVALUATION_LEVEL1,
  KEY_TEXT_KEYS,
  evaluateKeyEvaluation,
  type KeyEvaluationInput,
  type KeyEvaluationResult,
  type KeyTextKey,
} from "./key-evaluation";
import { Decimal, HUNDRED, ZERO, parseNumberText, wanFromFen } from "./numbers";
import { OPERATORS, SELF_EVALUATION_LEVEL1, isBlank, type Actual, type Target } from "./scoring";

export type SelfEvaluationForm = SelfEvaluationFormInput;
export type KeyEvaluationForm = KeyEvaluationFormInput;

export type StoredProject = {
  /** Stable across renames; key evaluations refer to it. */
  readonly id: string;
  /** 项目名称 as the 汇总表 prints it; a detail's projectName always equals it. */
  readonly name: string;
  /** 主管部门. */
  readonly supervisor: string;
  /** The 项目支出绩效自评表, or null when only its score is reported. */
  readonly detail: SelfEvaluationForm | null;
  /** 得分 as printed elsewhere, for a project without a detail (the seed's 12 such projects). */
  readonly reportedScore?: string;
  /** 全年执行数 in 万元, for a project without a detail; absent while unknown. */
  readonly executed?: string;
};

/** A 重点绩效评价报告 of one project; its projectName and supervisor follow that project. */
export type StoredKeyEvaluation = {
  readonly projectId: string;
  readonly form: KeyEvaluationForm;
};

export type PerformanceDocument = {
  /** In 汇总表 order (序号). */
  readonly projects: readonly StoredProject[];
  readonly keyEvaluations: readonly StoredKeyEvaluation[];
  /** 部门(单位)名称 of the 汇总表 header; the report's unit name when absent. */
  readonly summaryUnitName?: string;
  /** 填报日期 of the 汇总表, "2025-02-24". */
  readonly summaryFiledOn?: string;
};

export const EMPTY_PERFORMANCE: PerformanceDocument = { projects: [], keyEvaluations: [] };

// ---------------------------------------------------------------------------------------------
// Reading stored JSON. Saves are validated, but the column is plain JSON that seeds, imports and
// older versions also write: a damaged part is left out with a warning rather than crashing the
// page, and the strict form schemas judge the rest wherever it matters (gate, editor).

const text = z.string();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const targetShape = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("quantitative"), operator: z.enum(OPERATORS), value: text.optional(), unit: text }),
  z.object({ kind: z.literal("qualitative"), expected: text }),
]);

const indicatorShape = {
  level2: text,
  level3: text,
  target: targetShape,
  actual: text,
  actualUnit: text.optional(),
  weight: text,
  deviationReason: text.optional(),
};

const fundingShape = z.object({ initial: text, full: text, executed: text });

const selfEvaluationShape: z.ZodType<SelfEvaluationForm> = z.object({
  projectName: text,
  supervisor: text,
  execution: z.object({
    funding: z.object({ currentYear: fundingShape, carryOver: fundingShape, other: fundingShape }),
    weight: text.optional(),
  }),
  overallGoal: z.object({ expected: text, achieved: text }).nullish(),
  indicators: z.array(z.object({ level1: z.enum(SELF_EVALUATION_LEVEL1), ...indicatorShape })),
});

const keyEvaluationShape: z.ZodType<KeyEvaluationForm> = z.object({
  projectName: text,
  year: text,
  supervisor: text,
  budget: text,
  executed: text,
  fundingSource: text,
  executionRow: z.object({ level1: z.enum(KEY_EVALUATION_LEVEL1), level2: text, level3: text, level4: text, weight: text }),
  indicators: z.array(z.object({ level1: z.enum(KEY_EVALUATION_LEVEL1), level4: text, ...indicatorShape })),
  annualGoal: z.object({
    projectCategory: text,
    implementer: text,
    fundsTotal: text,
    fiscalFunds: text,
    basis: text,
    goal: text,
    indicators: z.array(z.object({ level1: text, level2: text, content: text, value: text, note: text.optional() })),
    otherNotes: text.optional(),
  }),
  evaluators: z.array(z.object({ name: text, position: text, responsibility: text })),
  sections: z.object(Object.fromEntries(KEY_TEXT_KEYS.map((key) => [key, text.optional()])) as Record<KeyTextKey, z.ZodOptional<z.ZodString>>),
});

const projectShape: z.ZodType<StoredProject> = z.object({
  id: z.string().regex(PROJECT_ID),
  name: text,
  supervisor: text,
  detail: selfEvaluationShape.nullable(),
  reportedScore: text.optional(),
  executed: text.optional(),
});

const keyEntryShape: z.ZodType<StoredKeyEvaluation> = z.object({ projectId: z.string().regex(PROJECT_ID), form: keyEvaluationShape });

export interface ParsedPerformance {
  readonly document: PerformanceDocument;
  /** What could not be read, in Chinese, for the page and the gate. */
  readonly warnings: readonly string[];
}

const DAMAGED = "已保存的绩效数据格式不正确，无法读取，现按空白显示；请勿直接保存，并联系系统管理员恢复";

function nameOf(item: unknown): string {
  const name = typeof item === "object" && item !== null ? (item as { name?: unknown; projectName?: unknown }) : {};
  const value = typeof name.name === "string" ? name.name : typeof name.projectName === "string" ? name.projectName : "";
  return value.trim() === "" ? "" : `“${value.trim().slice(0, 50)}”`;
}

/** Safe reading of ReportPerformance.data: never throws; `null` (no record yet) is the empty document. */
export function parsePerformanceDocument(data: unknown): ParsedPerformance {
  if (data === null || data === undefined) return { document: EMPTY_PERFORMANCE, warnings: [] };
  if (typeof data !== "object" || Array.isArray(data)) return { document: EMPTY_PERFORMANCE, warnings: [DAMAGED] };
  const raw = data as { projects?: unknown; keyEvaluations?: unknown; summaryUnitName?: unknown; summaryFiledOn?: unknown };
  const warnings: string[] = [];
  if (!Array.isArray(raw.projects) || (raw.keyEvaluations !== undefined && !Array.isArray(raw.keyEvaluations))) {
    return { document: EMPTY_PERFORMANCE, warnings: [DAMAGED] };
  }

  const projects: StoredProject[] = [];
  const ids = new Set<string>();
  raw.projects.forEach((item, i) => {
    const parsed = projectShape.safeParse(item);
    if (!parsed.success || ids.has(parsed.data.id)) {
      warnings.push(`第${i + 1}个项目${nameOf(item)}的数据格式不正确，未能读取`);
      return;
    }
    ids.add(parsed.data.id);
    projects.push(parsed.data);
  });

  const keyEvaluations: StoredKeyEvaluation[] = [];
  const evaluated = new Set<string>();
  (Array.isArray(raw.keyEvaluations) ? raw.keyEvaluations : []).forEach((item, i) => {
    const parsed = keyEntryShape.safeParse(item);
    const form = typeof item === "object" && item !== null ? (item as { form?: unknown }).form : undefined;
    if (!parsed.success) {
      warnings.push(`第${i + 1}份重点绩效评价报告${nameOf(form)}的数据格式不正确，未能读取`);
    } else if (!ids.has(parsed.data.projectId) || evaluated.has(parsed.data.projectId)) {
      warnings.push(`第${i + 1}份重点绩效评价报告${nameOf(form)}找不到对应的项目，未能读取`);
    } else {
      evaluated.add(parsed.data.projectId);
      keyEvaluations.push(parsed.data);
    }
  });

  const summaryUnitName = typeof raw.summaryUnitName === "string" && raw.summaryUnitName.trim() !== "" ? raw.summaryUnitName : undefined;
  let summaryFiledOn: string | undefined;
  if (typeof raw.summaryFiledOn === "string" && isIsoDate(raw.summaryFiledOn)) summaryFiledOn = raw.summaryFiledOn;
  else if (raw.summaryFiledOn !== undefined) warnings.push("汇总表的填报日期格式不正确，未能读取");

  return { document: { projects, keyEvaluations, summaryUnitName, summaryFiledOn }, warnings };
}

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map((part) => Number.parseInt(part, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2025-02-24" → "2025年2月24日", as the 汇总表 prints it. */
export function formatFiledOn(iso: string): string {
  const [y, m, d] = iso.split("-").map((part) => Number.parseInt(part, 10));
  return `${y}年${m}月${d}日`;
}

// ---------------------------------------------------------------------------------------------
// Drafts: the forms read leniently, so scores can be shown while someone is still typing. What
// does not parse yet counts as missing (a target without a number, a 0 weight), which the engine
// reports and scores as 0; the strict schemas decide what may be saved.

function draftNumber(value: string | undefined, maxDecimals?: number): Decimal | null {
  if (value === undefined) return null;
  const parsed = parseNumberText(value, { maxDecimals });
  return parsed.ok ? parsed.value : null;
}

type TargetForm = SelfEvaluationForm["indicators"][number]["target"];

interface IndicatorForm {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly target: TargetForm;
  readonly actual: string;
  readonly actualUnit?: string;
  readonly weight: string;
  readonly deviationReason?: string;
}

function draftTarget(target: TargetForm): Target {
  if (target.kind === "qualitative") return { kind: "qualitative", expected: target.expected.trim() };
  return { kind: "quantitative", operator: target.operator, value: draftNumber(target.value), unit: target.unit.trim() };
}

function draftActual(target: Target, actual: string, unit: string | undefined): Actual {
  if (target.kind === "qualitative") return { kind: "qualitative", text: actual.trim() };
  return { kind: "quantitative", value: draftNumber(actual), unit: unit?.trim() ?? "" };
}

function draftIndicator(form: IndicatorForm) {
  const target = draftTarget(form.target);
  return {
    level1: form.level1,
    level2: form.level2.trim(),
    level3: form.level3.trim(),
    target,
    actual: draftActual(target, form.actual, form.actualUnit),
    weight: draftNumber(form.weight, 2) ?? ZERO,
    deviationReason: isBlank(form.deviationReason) ? null : (form.deviationReason ?? null),
  };
}

function draftFunding(row: { initial: string; full: string; executed: string }): FundingAmounts {
  return { initial: draftNumber(row.initial) ?? ZERO, full: draftNumber(row.full) ?? ZERO, executed: draftNumber(row.executed) ?? ZERO };
}

export function draftSelfEvaluation(form: SelfEvaluationForm): SelfEvaluationInput {
  const goal = form.overallGoal;
  return {
    projectName: form.projectName.trim(),
    supervisor: form.supervisor.trim(),
    execution: {
      funding: {
        currentYear: draftFunding(form.execution.funding.currentYear),
        carryOver: draftFunding(form.execution.funding.carryOver),
        other: draftFunding(form.execution.funding.other),
      },
      weight: form.execution.weight === undefined || form.execution.weight.trim() === "" ? STANDARD_EXECUTION_WEIGHT : (draftNumber(form.execution.weight, 2) ?? ZERO),
    },
    overallGoal: goal ? { expected: goal.expected, achieved: goal.achieved } : null,
    indicators: form.indicators.map(draftIndicator),
  };
}

export function draftKeyEvaluation(form: KeyEvaluationForm): KeyEvaluationInput {
  return {
    projectName: form.projectName.trim(),
    year: Number.parseInt(form.year, 10) || 0,
    supervisor: form.supervisor.trim(),
    budget: draftNumber(form.budget) ?? ZERO,
    executed: draftNumber(form.executed) ?? ZERO,
    fundingSource: form.fundingSource,
    executionRow: { ...form.executionRow, weight: draftNumber(form.executionRow.weight, 2) ?? ZERO },
    indicators: form.indicators.map((i) => ({ ...draftIndicator(i), level4: i.level4.trim() })),
    annualGoal: {
      ...form.annualGoal,
      fundsTotal: draftNumber(form.annualGoal.fundsTotal) ?? ZERO,
      fiscalFunds: draftNumber(form.annualGoal.fiscalFunds) ?? ZERO,
      indicators: form.annualGoal.indicators.map((i) => ({ ...i, note: i.note ?? "" })),
      otherNotes: form.annualGoal.otherNotes ?? "",
    },
    evaluators: form.evaluators,
    sections: form.sections,
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluating a whole document for the list, the 汇总表, the 第五部分 rendering and the gate.

export interface ProjectView {
  readonly project: StoredProject;
  /** 序号. */
  readonly index: number;
  /** null when a reported score is missing or unreadable. */
  readonly score: Decimal | null;
  readonly grade: string | null;
  readonly source: "computed" | "reported";
  /** The 自评表's evaluation (lenient), when the project has one. */
  readonly result: SelfEvaluationResult | null;
  /** 全年执行数 in 万元, or null while unknown. */
  readonly executed: Decimal | null;
}

export interface KeyEvaluationView {
  readonly project: StoredProject;
  readonly stored: StoredKeyEvaluation;
  readonly input: KeyEvaluationInput;
  readonly result: KeyEvaluationResult;
}

export interface DocumentView {
  readonly projects: readonly ProjectView[];
  readonly summary: PerformanceSummary;
  readonly keyEvaluations: readonly KeyEvaluationView[];
}

/** A key evaluation always names its project as the project list does. */
export function keyEvaluationFormFor(stored: StoredKeyEvaluation, project: StoredProject): KeyEvaluationForm {
  return { ...stored.form, projectName: project.name, supervisor: project.supervisor };
}

export function reportedScoreOf(project: StoredProject): Decimal | null {
  const score = draftNumber(project.reportedScore, 2);
  return score !== null && score.lessThanOrEqualTo(HUNDRED) ? score : null;
}

export function evaluateDocument(document: PerformanceDocument): DocumentView {
  const projects = document.projects.map((project, i): ProjectView => {
    if (project.detail !== null) {
      const result = evaluateProject(draftSelfEvaluation({ ...project.detail, projectName: project.name, supervisor: project.supervisor }));
      return { project, index: i + 1, score: result.total, grade: result.grade, source: "computed", result, executed: result.execution.total.executed };
    }
    const score = reportedScoreOf(project);
    return {
      project,
      index: i + 1,
      score,
      grade: score === null ? null : gradeOf(score),
      source: "reported",
      result: null,
      executed: draftNumber(project.executed),
    };
  });

  const entries = projects.map(
    (view): ProjectEntry =>
      view.project.detail !== null
        ? { name: view.project.name, detail: draftSelfEvaluation({ ...view.project.detail, projectName: view.project.name, supervisor: view.project.supervisor }) }
        : { name: view.project.name, detail: null, reportedScore: view.score ?? ZERO, executed: view.executed },
  );

  const byId = new Map(document.projects.map((p) => [p.id, p]));
  const keyEvaluations = document.keyEvaluations.flatMap((stored): KeyEvaluationView[] => {
    const project = byId.get(stored.projectId);
    if (!project) return [];
    const input = draftKeyEvaluation(keyEvaluationFormFor(stored, project));
    return [{ project, stored, input, result: evaluateKeyEvaluation(input) }];
  });

  return { projects, summary: summarize(entries), keyEvaluations };
}

export interface Coverage {
  /** Σ 全年执行数 of all projects, 万元; null while some project's amount is unknown. */
  readonly covered: Decimal | null;
  /** 公开05 项目支出合计, 万元. */
  readonly table05: Decimal;
  /** A warning, or null when the self-evaluations cover 公开05 项目支出. */
  readonly message: string | null;
}

/**
 * GUIDE rule T. Each 自评表 states its 全年执行数 in 万元 to 0.01 while 公开05 is exact to the 分,
 * so the sum may differ by up to 0.01 万元 per project without anything being wrong.
 */
export function checkCoverage(view: DocumentView, table05ProjectFen: bigint): Coverage {
  const table05 = wanFromFen(table05ProjectFen);
  const wan = (d: Decimal) => `${formatAmount(d, MESSAGE_AMOUNT_STYLE)}万元`;
  if (view.projects.length === 0) {
    const message = table05.isZero() ? null : `尚未填写项目支出绩效自评；公开05表项目支出为${wan(table05)}，绩效自评应覆盖全部项目支出`;
    return { covered: ZERO, table05, message };
  }
  const covered = view.summary.coveredAmount;
  if (covered === null) {
    const missing = view.summary.projectsWithoutAmount.join("、");
    return { covered, table05, message: `以下项目未填写全年执行数，无法核对绩效自评是否覆盖公开05表项目支出（${wan(table05)}）：${missing}` };
  }
  const tolerance = new Decimal("0.01").times(view.projects.length);
  return { covered, table05, message: coverageCheck(covered, table05, { tolerance }) };
}

// ---------------------------------------------------------------------------------------------
// Saving: hostile input → a validated project or key evaluation, with messages naming fields.

export interface FieldIssue {
  /** The form's field path, e.g. "detail.indicators.3.deviationReason". */
  readonly path: string;
  readonly message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: readonly FieldIssue[] };

const ROW_LABELS: Record<string, string> = { evaluators: "评价人员", "annualGoal.indicators": "年度绩效指标" };

/**
 * Says where a problem is when its message does not: "第3项指标“出差人次”：…" (indicator i of a
 * key evaluation is row i + 2, after the execution row), "评价人员第2行：…".
 */
function labelled(path: readonly PropertyKey[], message: string, indicators: readonly { level3?: string; level4?: string }[], firstRow: number): string {
  const i = path.findIndex((p) => typeof p === "number");
  if (i < 0 || message.startsWith("第")) return message;
  const n = path[i] as number;
  const owner = path.slice(0, i).map(String).join(".");
  if (owner === "indicators") {
    const name = indicators[n]?.level4 ?? indicators[n]?.level3 ?? "";
    return `${indicatorLabel(n + firstRow, name)}${message}`;
  }
  const rows = ROW_LABELS[owner];
  return rows ? `${rows}第${n + 1}行：${message}` : message;
}

function collect(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
  indicators: readonly { level3?: string; level4?: string }[],
  firstRow: number,
): FieldIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join("."),
    message: labelled(issue.path, issue.message, indicators, firstRow),
  }));
}

function indicatorNames(form: unknown): { level3?: string; level4?: string }[] {
  const list = typeof form === "object" && form !== null ? (form as { indicators?: unknown }).indicators : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const i = typeof item === "object" && item !== null ? (item as { level3?: unknown; level4?: unknown }) : {};
    return { level3: typeof i.level3 === "string" ? i.level3 : undefined, level4: typeof i.level4 === "string" ? i.level4 : undefined };
  });
}

const COMPUTED = "得分由系统计算，不能直接填写";
const refusedScore = z.never({ error: COMPUTED }).optional();

/** What the project editor sends; `detail` is judged by selfEvaluationFormSchema. */
export const projectInputSchema = z.strictObject(
  {
    id: z.string().regex(PROJECT_ID, "项目编号不正确").optional(),
    name: plainText("项目名称", 100),
    supervisor: plainText("主管部门", 100),
    detail: z.unknown(),
    reportedScore: optionalPlainText("自评得分", 20),
    executed: optionalPlainText("全年执行数", 30),
    score: refusedScore,
    total: z.never({ error: "总分由系统计算，不能直接填写" }).optional(),
    grade: z.never({ error: "等级由系统计算，不能直接填写" }).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `包含无法识别的字段：${issue.keys.join("、")}` : undefined) },
);

export type ProjectInput = z.input<typeof projectInputSchema>;

/** A project as it will be stored (without its id, which the caller keeps or assigns). */
export type CheckedProject = Omit<StoredProject, "id"> & { readonly id?: string };

export function checkProjectInput(input: unknown): Checked<CheckedProject> {
  const base = projectInputSchema.safeParse(input);
  if (!base.success) return { ok: false, issues: collect(base.error.issues, [], [], 1) };
  const { id, name, supervisor, detail, reportedScore, executed } = base.data;

  if (detail !== null && detail !== undefined) {
    const issues: FieldIssue[] = [];
    if (reportedScore !== undefined) issues.push({ path: "reportedScore", message: `已填写绩效自评表的项目，${COMPUTED}` });
    if (executed !== undefined) issues.push({ path: "executed", message: "已填写绩效自评表的项目，全年执行数取自表内的预算执行情况，不能另外填写" });
    if (typeof detail !== "object" || Array.isArray(detail)) return { ok: false, issues: [...issues, { path: "detail", message: "绩效自评表格式不正确" }] };
    const form = { ...detail, projectName: name, supervisor };
    const parsed = selfEvaluationFormSchema.safeParse(form);
    if (!parsed.success) issues.push(...collect(parsed.error.issues, ["detail"], indicatorNames(form), 1));
    if (issues.length > 0) return { ok: false, issues };
    // Validated by the strict schema above; the shape schema only gives it its static type.
    const stored = selfEvaluationShape.parse(form);
    return { ok: true, value: { id, name, supervisor, detail: stored } };
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
  if (!parsed.success) return { ok: false, issues: collect(parsed.error.issues, [], indicatorNames(full), 2) };
  return { ok: true, value: keyEvaluationShape.parse(full) };
}

// ---------------------------------------------------------------------------------------------
// Changes to a document. Each returns a new document; none validates (the checks above do).

export function projectNameTaken(document: PerformanceDocument, name: string, exceptId?: string): boolean {
  const wanted = name.trim();
  return document.projects.some((p) => p.id !== exceptId && p.name.trim() === wanted);
}

/** Replaces the project with `project.id`, or appends it; its key evaluation follows a rename. */
export function withProject(document: PerformanceDocument, project: StoredProject): PerformanceDocument {
  const exists = document.projects.some((p) => p.id === project.id);
  const stored: StoredProject =
    project.detail === null
      ? { id: project.id, name: project.name, supervisor: project.supervisor, detail: null, reportedScore: project.reportedScore, executed: project.executed }
      : { id: project.id, name: project.name, supervisor: project.supervisor, detail: { ...project.detail, projectName: project.name, supervisor: project.supervisor } };
  return {
    ...document,
    projects: exists ? document.projects.map((p) => (p.id === project.id ? stored : p)) : [...document.projects, stored],
    keyEvaluations: document.keyEvaluations.map((k) => (k.projectId === project.id ? { projectId: k.projectId, form: keyEvaluationFormFor(k, stored) } : k)),
  };
}

/** Removes a project together with its key evaluation. */
export function withoutProject(document: PerformanceDocument, projectId: string): PerformanceDocument {
  return {
    ...document,
    projects: document.projects.filter((p) => p.id !== projectId),
    keyEvaluations: document.keyEvaluations.filter((k) => k.projectId !== projectId),
  };
}

/** Moves a project one place up (-1) or down (1) in the 汇总表; at either end nothing changes. */
export function withProjectMoved(document: PerformanceDocument, projectId: string, step: -1 | 1): PerformanceDocument {
  const from = document.projects.findIndex((p) => p.id === projectId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= document.projects.length) return document;
  const projects = [...document.projects];
  [projects[from], projects[to]] = [projects[to], projects[from]];
  return { ...document, projects };
}

export function withKeyEvaluation(document: PerformanceDocument, projectId: string, form: KeyEvaluationForm): PerformanceDocument {
  const exists = document.keyEvaluations.some((k) => k.projectId === projectId);
  const entry: StoredKeyEvaluation = { projectId, form };
  return {
    ...document,
    keyEvaluations: exists ? document.keyEvaluations.map((k) => (k.projectId === projectId ? entry : k)) : [...document.keyEvaluations, entry],
  };
}

export function withoutKeyEvaluation(document: PerformanceDocument, projectId: string): PerformanceDocument {
  return { ...document, keyEvaluations: document.keyEvaluations.filter((k) => k.projectId !== projectId) };
}

export const summaryInfoSchema = z.strictObject(
  {
    summaryUnitName: optionalPlainText("部门(单位)名称", 100),
    summaryFiledOn: z
      .string({ error: "请填写填报日期" })
      .trim()
      .refine((s) => s === "" || isIsoDate(s), "填报日期格式不正确，例如 2025-02-24")
      .transform((s) => (s === "" ? undefined : s)),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `包含无法识别的字段：${issue.keys.join("、")}` : undefined) },
);

export function withSummaryInfo(document: PerformanceDocument, info: z.output<typeof summaryInfoSchema>): PerformanceDocument {
  return { ...document, summaryUnitName: info.summaryUnitName, summaryFiledOn: info.summaryFiledOn };
}
