/**
 * An indicator row (二级/三级指标, 年度指标值, 实际完成值, 分值, 偏差原因), shared by the 自评表 and the
 * 重点绩效评价报告, built from a kit (./kit.ts) so the strict, draft and stored variants agree.
 */
import { z } from "zod";
import { OPERATORS, type Actual, type Target } from "../../performance/scoring";
import { isUnsafeText, unsafeTextMessage } from "../text";
import { parseNumberText } from "../../performance/numbers";
import { draftNumber, type Kit } from "./kit";

function target(k: Kit) {
  const quantitative = k.convert(
    k.object({
      kind: z.literal("quantitative"),
      operator: k.choice(OPERATORS, "请选择比较符号（≥、≤、=、>、<）"),
      value: z.string({ error: "年度指标值应为数字" }).optional(),
      unit: k.text("计量单位", 20),
    }),
    (t, ctx): Target => {
      if (k.variant !== "strict") return { kind: "quantitative", operator: t.operator, value: draftNumber(t.value), unit: t.unit };
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
    },
  );
  const qualitative = k.object({ kind: z.literal("qualitative"), expected: k.text("年度指标值", 50) });
  return z.discriminatedUnion("kind", [quantitative, qualitative] as never, {
    error: "请选择年度指标值的类型（定量或定性）",
  }) as unknown as z.ZodType<Target, z.input<typeof quantitative> | z.input<typeof qualitative>>;
}

/** The fields every indicator has; `level1` (and `level4`) depend on the document. */
export function indicatorFields(k: Kit) {
  return {
    level2: k.text("二级指标", 30),
    level3: k.text("三级指标", 100),
    target: target(k),
    actual: k.variant === "strict" ? z.string({ error: "请填写实际完成值" }).max(100, "实际完成值最多 100 个字符") : z.string(),
    /** Blank means the target's unit. */
    actualUnit: k.optionalText("实际完成值单位", 20),
    weight: k.decimal("分值", 2),
    deviationReason: k.optionalProse("偏差原因分析及改进措施", 500),
  };
}

type IndicatorForm = { target: Target; actual: string; actualUnit?: string; deviationReason?: string };

/** Reads 实际完成值 the way its target asks: a number for a numeric target, text otherwise. */
function toActual(k: Kit, value: IndicatorForm, ctx: z.RefinementCtx): Actual {
  const text = value.actual.trim();
  const strict = k.variant === "strict";
  if (value.target.kind === "qualitative") {
    if (strict && text === "") ctx.addIssue({ code: "custom", path: ["actual"], message: "请填写实际完成值" });
    if (strict && isUnsafeText(text)) ctx.addIssue({ code: "custom", path: ["actual"], message: unsafeTextMessage("实际完成值") });
    return { kind: "qualitative", text };
  }
  const unit = value.actualUnit?.trim() ?? "";
  if (!strict) return { kind: "quantitative", value: draftNumber(text), unit };
  const parsed = parseNumberText(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["actual"], message: `实际完成值：${parsed.error}` });
    return { kind: "quantitative", value: null, unit: "" };
  }
  return { kind: "quantitative", value: parsed.value, unit };
}

/** An indicator row as the model takes it; a blank 偏差原因 is no reason (null). */
export function indicator<S extends z.ZodRawShape>(k: Kit, shape: S) {
  const row = k.object({ ...shape, ...indicatorFields(k) }, ["score"]);
  type Row = z.output<typeof row>;
  type Model = Omit<Row, "actualUnit" | "actual" | "deviationReason"> & { actual: Actual; deviationReason: string | null };
  return k.convert(row, (form, ctx): Model => {
    const fields = form as unknown as IndicatorForm;
    const { actualUnit: _unit, ...rest } = form as Row & IndicatorForm;
    const reason = fields.deviationReason;
    return {
      ...rest,
      actual: toActual(k, fields, ctx),
      deviationReason: reason === undefined || reason.trim() === "" ? null : reason,
    } as Model;
  });
}
