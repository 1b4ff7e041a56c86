/**
 * The 项目支出绩效自评表 of one project, defined once (see ./kit.ts for its three variants). Numbers
 * arrive as strings and leave as exact `Decimal`s; scores, totals, rates and grades are computed by
 * lib/performance and are refused if a client sends them.
 */
import { z } from "zod";
import { evaluateProject, type SelfEvaluationInput } from "../../performance/evaluation";
import { STANDARD_EXECUTION_WEIGHT } from "../../performance/execution";
import type { PerformanceIssue } from "../../performance/issues";
import { SELF_EVALUATION_LEVEL1 } from "../../performance/scoring";
import { indicator } from "./indicator";
import { documentVariants, type Kit } from "./kit";

export const INDICATOR_LIMIT = 50;

// Checked by the field schemas already; the evaluation's copy would only repeat them.
const CHECKED_BY_FIELDS = new Set(["projectName", "level3", "level4"]);

/** After the fields parse, the evaluation the pages show runs; its errors land on their fields. */
export function reportErrors(issues: readonly PerformanceIssue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const last = issue.path[issue.path.length - 1];
    if (typeof last === "string" && CHECKED_BY_FIELDS.has(last)) continue;
    ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  }
}

function fundingRow(k: Kit, label: string) {
  return k.object(
    { initial: k.decimal(`${label}年初预算数`), full: k.decimal(`${label}全年预算数`), executed: k.decimal(`${label}全年执行数`) },
    ["rate"],
  );
}

export function selfEvaluation(k: Kit) {
  const document = k.object(
    {
      projectName: k.text("项目名称", 100),
      supervisor: k.text("主管部门", 100),
      execution: k.object(
        {
          funding: k.object({
            currentYear: fundingRow(k, "当年财政拨款"),
            carryOver: fundingRow(k, "上年结转资金"),
            other: fundingRow(k, "其他资金"),
          }),
          // May be left out (older records have none): the standard weight then.
          weight: k.decimalOr("预算执行分值", 2, STANDARD_EXECUTION_WEIGHT),
        },
        ["rate", "score"],
      ),
      overallGoal: k
        .object({ expected: k.prose("年度总体目标的预期目标", 1000), achieved: k.prose("年度总体目标的实际完成情况", 1000) })
        .nullish(),
      indicators: k.list(indicator(k, { level1: k.choice(SELF_EVALUATION_LEVEL1, "请选择一级指标") }), {
        required: "请填写绩效指标",
        min: "请至少填写一项绩效指标",
        max: INDICATOR_LIMIT,
        tooMany: `绩效指标最多 ${INDICATOR_LIMIT} 项`,
      }),
    },
    ["total", "grade", "weightTotal"],
  );
  // A goal left blank in the editor is no goal, as an absent one is.
  const model = k.convert(document, (form): SelfEvaluationInput => {
    const goal = form.overallGoal;
    return { ...form, overallGoal: goal && (goal.expected.trim() !== "" || goal.achieved.trim() !== "") ? goal : null };
  });
  return k.refine(model, (value, ctx) => reportErrors(evaluateProject(value).issues, ctx));
}

/** Strict: what a save accepts; draft: scores what is typed so far or was stored; stored: the record's strings. */
export const { strict: selfEvaluationFormSchema, draft: selfEvaluationDraftSchema, stored: storedSelfEvaluationSchema } = documentVariants(selfEvaluation);

/** The 自评表 as the editor holds and the record stores it. */
export type SelfEvaluationForm = z.input<typeof selfEvaluationFormSchema>;

/** The engine's input for a 自评表 as far as it is filled in. */
export function draftSelfEvaluation(form: SelfEvaluationForm): SelfEvaluationInput {
  return selfEvaluationDraftSchema.parse(form);
}
