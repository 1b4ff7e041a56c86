/**
 * Forms for a project's 绩效自评表 and a 重点绩效评价报告. Numbers arrive as strings and leave as
 * exact `Decimal`s; scores, totals, rates and grades are computed by lib/performance and are
 * refused if a client sends them. After the fields parse, the same evaluation the pages show
 * runs, and its errors (weights ≠ 100, missing 偏差原因, …) are reported on their fields.
 */
import { z } from "zod";
import { evaluateProject } from "../performance/evaluation";
import { STANDARD_EXECUTION_WEIGHT } from "../performance/execution";
import type { PerformanceIssue } from "../performance/issues";
import {
  KEY_EVALUATION_LEVEL1,
  KEY_TEXT_KEYS,
  evaluateKeyEvaluation,
  keyTextSlots,
  type KeyTextKey,
} from "../performance/key-evaluation";
import { parseNumberText, type Decimal } from "../performance/numbers";
import { OPERATORS, SELF_EVALUATION_LEVEL1, type Actual, type Target } from "../performance/scoring";
import { optionalPlainText, plainText } from "./text";

export const COMPUTED_FIELD_MESSAGES = {
  score: "得分由系统计算，不能直接填写",
  total: "总分由系统计算，不能直接填写",
  grade: "等级由系统计算，不能直接填写",
  rate: "执行率由系统计算，不能直接填写",
  weightTotal: "分值合计由系统计算，不能直接填写",
  subtotals: "各一级指标得分由系统计算，不能直接填写",
} as const;

const refused = (message: string) => z.never({ error: message }).optional();

function unknownKeys(issue: { code?: string; keys?: readonly string[] }): string | undefined {
  return issue.code === "unrecognized_keys" && issue.keys ? `包含无法识别的字段：${issue.keys.join("、")}` : undefined;
}

// Prose keeps its line breaks; markup and other control characters are refused.
const FORBIDDEN_IN_PROSE = /[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function prose(label: string, max: number) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .refine((s) => !FORBIDDEN_IN_PROSE.test(s), { message: `${label}不能包含尖括号或控制字符` });
}

function decimalText(label: string, maxDecimals = 4) {
  return z.string({ error: `请填写${label}` }).transform((text, ctx): Decimal => {
    const parsed = parseNumberText(text, { maxDecimals });
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: `${label}：${parsed.error}` });
    return z.NEVER;
  });
}

const quantitativeTarget = z
  .strictObject(
    {
      kind: z.literal("quantitative"),
      operator: z.enum(OPERATORS, { error: "请选择比较符号（≥、≤、=、>、<）" }),
      value: z.string({ error: "年度指标值应为数字" }).optional(),
      unit: plainText("计量单位", 20),
    },
    { error: unknownKeys },
  )
  .transform((t, ctx): Target => {
    if (t.value === undefined || t.value.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["value"], message: `年度指标值缺少数值（“${t.operator}”后应填写一个数）` });
      return z.NEVER;
    }
    const parsed = parseNumberText(t.value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `年度指标值：${parsed.error}` });
      return z.NEVER;
    }
    return { kind: "quantitative", operator: t.operator, value: parsed.value, unit: t.unit };
  });

const qualitativeTarget = z.strictObject(
  { kind: z.literal("qualitative"), expected: plainText("年度指标值", 50) },
  { error: unknownKeys },
);

const target = z.discriminatedUnion("kind", [quantitativeTarget, qualitativeTarget], {
  error: "请选择年度指标值的类型（定量或定性）",
});

const indicatorFields = {
  level2: plainText("二级指标", 30),
  level3: plainText("三级指标", 100),
  target,
  actual: z.string({ error: "请填写实际完成值" }).max(100, "实际完成值最多 100 个字符"),
  /** Blank means the target's unit. */
  actualUnit: optionalPlainText("实际完成值单位", 20),
  weight: decimalText("分值", 2),
  deviationReason: prose("偏差原因分析及改进措施", 500).optional(),
  score: refused(COMPUTED_FIELD_MESSAGES.score),
};

type IndicatorFields = {
  target: Target;
  actual: string;
  actualUnit?: string;
  deviationReason?: string;
};

/** Reads 实际完成值 the way its target asks: a number for a numeric target, text otherwise. */
function toActual(value: IndicatorFields, ctx: z.RefinementCtx): Actual {
  const text = value.actual.trim();
  if (value.target.kind === "qualitative") {
    if (text === "") ctx.addIssue({ code: "custom", path: ["actual"], message: "请填写实际完成值" });
    if (FORBIDDEN_IN_PROSE.test(text)) {
      ctx.addIssue({ code: "custom", path: ["actual"], message: "实际完成值不能包含尖括号或控制字符" });
    }
    return { kind: "qualitative", text };
  }
  const parsed = parseNumberText(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["actual"], message: `实际完成值：${parsed.error}` });
    return { kind: "quantitative", value: null, unit: "" };
  }
  return { kind: "quantitative", value: parsed.value, unit: value.actualUnit ?? "" };
}

/** Form fields → the model's indicator; an all-space 偏差原因 arrives here as undefined. */
function toIndicator<T extends IndicatorFields & { score?: undefined }>(form: T, ctx: z.RefinementCtx) {
  const { actualUnit, score: _computed, ...rest } = form;
  return { ...rest, actual: toActual({ ...rest, actualUnit }, ctx), deviationReason: rest.deviationReason || null };
}

const selfIndicator = z
  .strictObject({ level1: z.enum(SELF_EVALUATION_LEVEL1, { error: "请选择一级指标" }), ...indicatorFields }, { error: unknownKeys })
  .transform(toIndicator);

const keyIndicator = z
  .strictObject(
    {
      level1: z.enum(KEY_EVALUATION_LEVEL1, { error: "请选择一级指标" }),
      level4: plainText("四级指标", 100),
      ...indicatorFields,
    },
    { error: unknownKeys },
  )
  .transform(toIndicator);

const fundingRow = (label: string) =>
  z.strictObject(
    {
      initial: decimalText(`${label}年初预算数`),
      full: decimalText(`${label}全年预算数`),
      executed: decimalText(`${label}全年执行数`),
      rate: refused(COMPUTED_FIELD_MESSAGES.rate),
    },
    { error: unknownKeys },
  );

// Checked by the field schemas already; the evaluation's copy would only repeat them.
const CHECKED_BY_FIELDS = new Set(["projectName", "level3", "level4"]);

function reportErrors(issues: readonly PerformanceIssue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const last = issue.path[issue.path.length - 1];
    if (typeof last === "string" && CHECKED_BY_FIELDS.has(last)) continue;
    ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  }
}

const INDICATOR_LIMIT = 50;

export const selfEvaluationFormSchema = z
  .strictObject(
    {
      projectName: plainText("项目名称", 100),
      supervisor: plainText("主管部门", 100),
      execution: z.strictObject(
        {
          funding: z.strictObject(
            {
              currentYear: fundingRow("当年财政拨款"),
              carryOver: fundingRow("上年结转资金"),
              other: fundingRow("其他资金"),
            },
            { error: unknownKeys },
          ),
          weight: decimalText("预算执行分值", 2).optional(),
          rate: refused(COMPUTED_FIELD_MESSAGES.rate),
          score: refused(COMPUTED_FIELD_MESSAGES.score),
        },
        { error: unknownKeys },
      ),
      overallGoal: z
        .strictObject(
          { expected: prose("年度总体目标的预期目标", 1000), achieved: prose("年度总体目标的实际完成情况", 1000) },
          { error: unknownKeys },
        )
        .nullish(),
      indicators: z
        .array(selfIndicator, { error: "请填写绩效指标" })
        .min(1, "请至少填写一项绩效指标")
        .max(INDICATOR_LIMIT, `绩效指标最多 ${INDICATOR_LIMIT} 项`),
      total: refused(COMPUTED_FIELD_MESSAGES.total),
      grade: refused(COMPUTED_FIELD_MESSAGES.grade),
      weightTotal: refused(COMPUTED_FIELD_MESSAGES.weightTotal),
    },
    { error: unknownKeys },
  )
  .transform(({ total: _t, grade: _g, weightTotal: _w, ...form }) => ({
    projectName: form.projectName,
    supervisor: form.supervisor,
    execution: { funding: form.execution.funding, weight: form.execution.weight ?? STANDARD_EXECUTION_WEIGHT },
    overallGoal: form.overallGoal ?? null,
    indicators: form.indicators,
  }))
  .superRefine((value, ctx) => reportErrors(evaluateProject(value).issues, ctx));

export type SelfEvaluationFormInput = z.input<typeof selfEvaluationFormSchema>;
export type SelfEvaluationFormOutput = z.output<typeof selfEvaluationFormSchema>;

const sectionLabels = new Map(keyTextSlots(null).map((slot) => [slot.key, slot.heading]));

const sectionsSchema = z.strictObject(
  Object.fromEntries(KEY_TEXT_KEYS.map((key) => [key, prose(sectionLabels.get(key) ?? key, 5000).optional()])) as Record<
    KeyTextKey,
    z.ZodOptional<ReturnType<typeof prose>>
  >,
  { error: unknownKeys },
);

const annualGoalIndicator = z.strictObject(
  {
    level1: plainText("年度绩效指标的一级指标", 20),
    level2: plainText("年度绩效指标的二级指标", 30),
    content: plainText("指标内容", 100),
    value: plainText("指标值", 50),
    note: optionalPlainText("备注", 200).transform((s) => s ?? ""),
  },
  { error: unknownKeys },
);

export const keyEvaluationFormSchema = z
  .strictObject(
    {
      projectName: plainText("项目名称", 100),
      year: z
        .string({ error: "请填写评价年度" })
        .trim()
        .regex(/^20\d{2}$/, "评价年度应为四位年份，例如 2024")
        .transform((s) => Number.parseInt(s, 10)),
      supervisor: plainText("主管部门", 100),
      budget: decimalText("项目预算资金"),
      executed: decimalText("本年度支出"),
      fundingSource: plainText("资金来源", 100),
      executionRow: z.strictObject(
        {
          level1: z.enum(KEY_EVALUATION_LEVEL1, { error: "请选择一级指标" }),
          level2: plainText("二级指标", 30),
          level3: plainText("三级指标", 100),
          level4: plainText("四级指标", 100),
          weight: decimalText("预算执行率分值", 2),
          score: refused(COMPUTED_FIELD_MESSAGES.score),
          rate: refused(COMPUTED_FIELD_MESSAGES.rate),
        },
        { error: unknownKeys },
      ),
      indicators: z
        .array(keyIndicator, { error: "请填写评价指标" })
        .min(1, "请至少填写一项评价指标")
        .max(INDICATOR_LIMIT, `评价指标最多 ${INDICATOR_LIMIT} 项`),
      annualGoal: z.strictObject(
        {
          projectCategory: plainText("项目类别", 50),
          implementer: plainText("项目实施单位", 100),
          fundsTotal: decimalText("项目资金申请资金总额"),
          fiscalFunds: decimalText("项目资金申请财政拨款"),
          basis: prose("项目立项依据", 2000),
          goal: prose("项目绩效年度目标", 2000),
          indicators: z.array(annualGoalIndicator).max(INDICATOR_LIMIT, `年度绩效指标最多 ${INDICATOR_LIMIT} 项`),
          otherNotes: prose("其他需要说明的问题", 2000).optional().transform((s) => s ?? ""),
        },
        { error: unknownKeys },
      ),
      evaluators: z
        .array(
          z.strictObject(
            {
              name: plainText("评价人员姓名", 50),
              position: plainText("单位及职务", 100),
              responsibility: plainText("负责评价内容", 100),
            },
            { error: unknownKeys },
          ),
        )
        .max(30, "评价人员最多 30 人"),
      sections: sectionsSchema,
      total: refused(COMPUTED_FIELD_MESSAGES.total),
      grade: refused(COMPUTED_FIELD_MESSAGES.grade),
      subtotals: refused(COMPUTED_FIELD_MESSAGES.subtotals),
      weightTotal: refused(COMPUTED_FIELD_MESSAGES.weightTotal),
    },
    { error: unknownKeys },
  )
  .transform(({ total: _t, grade: _g, subtotals: _s, weightTotal: _w, ...form }) => {
    const { score: _score, rate: _rate, ...executionRow } = form.executionRow;
    return { ...form, executionRow };
  })
  .superRefine((value, ctx) => reportErrors(evaluateKeyEvaluation(value).issues, ctx));

export type KeyEvaluationFormInput = z.input<typeof keyEvaluationFormSchema>;
export type KeyEvaluationFormOutput = z.output<typeof keyEvaluationFormSchema>;
