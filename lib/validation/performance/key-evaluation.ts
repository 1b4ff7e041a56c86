/**
 * The 重点绩效评价报告 of one project, defined once (see ./kit.ts for its three variants): its
 * header, the scored indicator table whose first row is 预算执行率, the 年度绩效目标 table, the
 * evaluators and the prose of sections 一 … 八.
 */
import { z } from "zod";
import { KEY_EVALUATION_LEVEL1, evaluateKeyEvaluation, type KeyEvaluationInput } from "../../performance/key-evaluation";
import { KEY_TEXT_KEYS, keyTextSlots, type KeyTextKey } from "../../performance/key-evaluation-outline";
import { indicator } from "./indicator";
import { documentVariants, type Kit } from "./kit";
import { INDICATOR_LIMIT, reportErrors } from "./self-evaluation";

const sectionLabels = new Map(keyTextSlots(null).map((slot) => [slot.key, slot.heading]));

function year(k: Kit): z.ZodType<number, string> {
  if (k.variant === "stored") return z.string() as never;
  if (k.variant === "draft") return z.string().transform((s) => Number.parseInt(s, 10) || 0);
  return z
    .string({ error: "请填写评价年度" })
    .trim()
    .regex(/^20\d{2}$/, "评价年度应为四位年份，例如 2024")
    .transform((s) => Number.parseInt(s, 10));
}

export function keyEvaluation(k: Kit) {
  const level1 = () => k.choice(KEY_EVALUATION_LEVEL1, "请选择一级指标");
  const sections = k.object(
    Object.fromEntries(KEY_TEXT_KEYS.map((key) => [key, k.optionalProse(sectionLabels.get(key) ?? key, 5000)])) as Record<
      KeyTextKey,
      ReturnType<Kit["optionalProse"]>
    >,
  );
  const annualGoalIndicator = k.object({
    level1: k.text("年度绩效指标的一级指标", 20),
    level2: k.text("年度绩效指标的二级指标", 30),
    content: k.text("指标内容", 100),
    value: k.text("指标值", 50),
    // Older records may lack 备注 and 其他需要说明的问题: they read as blank.
    note: k.textOrBlank("备注", 200),
  });
  const document = k.object(
    {
      projectName: k.text("项目名称", 100),
      year: year(k),
      supervisor: k.text("主管部门", 100),
      budget: k.decimal("项目预算资金"),
      executed: k.decimal("本年度支出"),
      fundingSource: k.text("资金来源", 100),
      executionRow: k.object(
        {
          level1: level1(),
          level2: k.text("二级指标", 30),
          level3: k.text("三级指标", 100),
          level4: k.text("四级指标", 100),
          weight: k.decimal("预算执行率分值", 2),
        },
        ["score", "rate"],
      ),
      indicators: k.list(indicator(k, { level1: level1(), level4: k.text("四级指标", 100) }), {
        required: "请填写评价指标",
        min: "请至少填写一项评价指标",
        max: INDICATOR_LIMIT,
        tooMany: `评价指标最多 ${INDICATOR_LIMIT} 项`,
      }),
      annualGoal: k.object({
        projectCategory: k.text("项目类别", 50),
        implementer: k.text("项目实施单位", 100),
        fundsTotal: k.decimal("项目资金申请资金总额"),
        fiscalFunds: k.decimal("项目资金申请财政拨款"),
        basis: k.prose("项目立项依据", 2000),
        goal: k.prose("项目绩效年度目标", 2000),
        indicators: k.list(annualGoalIndicator, { required: "请填写年度绩效指标", max: INDICATOR_LIMIT, tooMany: `年度绩效指标最多 ${INDICATOR_LIMIT} 项` }),
        otherNotes: k.convert(k.optionalProse("其他需要说明的问题", 2000), (s) => s ?? ""),
      }),
      evaluators: k.list(
        k.object({
          name: k.text("评价人员姓名", 50),
          position: k.text("单位及职务", 100),
          responsibility: k.text("负责评价内容", 100),
        }),
        { required: "请填写评价人员", max: 30, tooMany: "评价人员最多 30 人" },
      ),
      sections,
    },
    ["total", "grade", "subtotals", "weightTotal"],
  );
  const model = k.convert(document, (form): KeyEvaluationInput => form);
  return k.refine(model, (value, ctx) => reportErrors(evaluateKeyEvaluation(value).issues, ctx));
}

/** Strict: what a save accepts; draft: scores what is typed so far or was stored; stored: the record's strings. */
export const { strict: keyEvaluationFormSchema, draft: keyEvaluationDraftSchema, stored: storedKeyEvaluationSchema } = documentVariants(keyEvaluation);

/** The report as the editor holds and the record stores it. */
export type KeyEvaluationForm = z.input<typeof keyEvaluationFormSchema>;

/** The engine's input for a report as far as it is filled in. */
export function draftKeyEvaluation(form: KeyEvaluationForm): KeyEvaluationInput {
  return keyEvaluationDraftSchema.parse(form);
}
