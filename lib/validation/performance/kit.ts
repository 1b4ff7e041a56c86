/**
 * Each 绩效 document is written once, as a function of a kit, and read three ways:
 *
 * - strict: what a save accepts. Texts are checked (lib/validation/text.ts), numbers parse to exact
 *   `Decimal`s or are refused with a message naming the field, unknown and computed fields are
 *   refused, and the evaluation's errors (weights ≠ 100, …) are reported on their fields.
 * - draft: the same document read leniently, so the editors and the published view can score
 *   what someone is still typing or what an older version stored. What does not parse yet counts
 *   as missing (a 0 weight, a target without a number), which the engine reports and scores as 0.
 * - stored: only the structure, strings kept as typed, so an edit round-trips exactly. It is what
 *   ReportPerformance.data holds and what the reader accepts.
 *
 * Adding a field means adding it to the document's function; all three variants follow.
 */
import { z } from "zod";
import { Decimal, ZERO, parseNumberText } from "../../performance/numbers";
import { unknownKeys } from "../parse";
import { optionalPlainText, plainText, prose } from "../text";

export const COMPUTED_FIELD_MESSAGES = {
  score: "得分由系统计算，不能直接填写",
  total: "总分由系统计算，不能直接填写",
  grade: "等级由系统计算，不能直接填写",
  rate: "执行率由系统计算，不能直接填写",
  weightTotal: "分值合计由系统计算，不能直接填写",
  subtotals: "各一级指标得分由系统计算，不能直接填写",
} as const;

/** A field that may be left out; `O` is what it reads as. */
type Optional<O> = z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<O, string | undefined>>;

export type ComputedField = keyof typeof COMPUTED_FIELD_MESSAGES;
export type Variant = "strict" | "draft" | "stored";

/**
 * The leaves and joints a document is built from. Types are those of the strict variant; the
 * draft variant produces the same types leniently, and the stored variant keeps the input (see
 * `storedVariant`).
 */
export interface Kit {
  readonly variant: Variant;
  text(label: string, max: number): z.ZodType<string, string>;
  optionalText(label: string, max: number): Optional<string | undefined>;
  /** Optional text that reads as "" when absent. */
  textOrBlank(label: string, max: number): Optional<string>;
  prose(label: string, max: number): z.ZodType<string, string>;
  optionalProse(label: string, max: number): Optional<string | undefined>;
  decimal(label: string, maxDecimals?: number): z.ZodType<Decimal, string>;
  /** A number that may be left out (or blank), then `fallback`. */
  decimalOr(label: string, maxDecimals: number, fallback: Decimal): Optional<Decimal>;
  choice<const T extends readonly [string, ...string[]]>(values: T, message: string): z.ZodType<T[number], T[number]>;
  /** `computed` names fields a client may not send (strict refuses them, the others ignore them). */
  object<S extends z.ZodRawShape>(shape: S, computed?: readonly ComputedField[]): z.ZodObject<S>;
  list<T extends z.ZodType>(item: T, limits: { required: string; min?: string; max: number; tooMany: string }): z.ZodArray<T>;
  /** Turns the typed strings into the model; the stored variant keeps the strings. */
  convert<T extends z.ZodType, O>(schema: T, to: (value: z.output<T>, ctx: z.RefinementCtx) => O): z.ZodType<O, z.input<T>>;
  /** A check only a save needs. */
  refine<T extends z.ZodType>(schema: T, check: (value: z.output<T>, ctx: z.RefinementCtx) => void): T;
}

export function decimalText(label: string, maxDecimals = 4) {
  return z.string({ error: `请填写${label}` }).transform((text, ctx): Decimal => {
    const parsed = parseNumberText(text, { maxDecimals });
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: `${label}：${parsed.error}` });
    return z.NEVER;
  });
}

/** A number as far as it parses; null while it does not. */
export function draftNumber(value: string | undefined, maxDecimals?: number): Decimal | null {
  if (value === undefined) return null;
  const parsed = parseNumberText(value, { maxDecimals });
  return parsed.ok ? parsed.value : null;
}

const refused = (message: string) => z.never({ error: message }).optional();

export const strictKit: Kit = {
  variant: "strict",
  text: plainText,
  optionalText: optionalPlainText as never,
  textOrBlank: (label, max) => optionalPlainText(label, max).transform((s) => s ?? "") as never,
  prose,
  optionalProse: (label, max) => prose(label, max).optional() as never,
  decimal: decimalText,
  decimalOr: (label, maxDecimals, fallback) =>
    z
      .string({ error: `请填写${label}` })
      .optional()
      .transform((text, ctx): Decimal => {
        if (text === undefined) return fallback;
        const parsed = parseNumberText(text, { maxDecimals });
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: "custom", message: `${label}：${parsed.error}` });
        return z.NEVER;
      }) as never,
  choice: (values, message) => z.enum(values, { error: message }) as never,
  object: (shape, computed = []) =>
    z.strictObject({ ...shape, ...Object.fromEntries(computed.map((key) => [key, refused(COMPUTED_FIELD_MESSAGES[key])])) }, { error: unknownKeys }) as never,
  list: (item, limits) => {
    const list = z.array(item, { error: limits.required }).max(limits.max, limits.tooMany);
    return limits.min ? list.min(1, limits.min) : list;
  },
  convert: (schema, to) => schema.transform(to) as never,
  refine: (schema, check) => schema.superRefine(check) as never,
};

const text = () => z.string();

export const draftKit: Kit = {
  variant: "draft",
  text: () => text().transform((s) => s.trim()),
  optionalText: () => text().optional().transform((s) => s?.trim() || undefined),
  textOrBlank: () => text().optional().transform((s) => s ?? ""),
  prose: () => text(),
  optionalProse: () => text().optional() as never,
  decimal: (_label, maxDecimals) => text().transform((s) => draftNumber(s, maxDecimals) ?? ZERO),
  decimalOr: (_label, maxDecimals, fallback) =>
    text()
      .optional()
      .transform((s) => (s === undefined || s.trim() === "" ? fallback : (draftNumber(s, maxDecimals) ?? ZERO))) as never,
  choice: (values) => z.enum(values) as never,
  object: (shape) => z.object(shape) as never,
  list: (item) => z.array(item),
  convert: (schema, to) => schema.transform(to) as never,
  refine: (schema) => schema,
};

/**
 * Leaves are strings, joints plain objects, and nothing converts, so the output is the input:
 * callers take it as `z.ZodType<z.input<typeof strict>>` (see `storedVariant`).
 */
const storedKit: Kit = {
  variant: "stored",
  text: text as never,
  optionalText: () => text().optional() as never,
  textOrBlank: () => text().optional() as never,
  prose: text as never,
  optionalProse: () => text().optional() as never,
  decimal: text as never,
  decimalOr: () => text().optional() as never,
  choice: (values) => z.enum(values) as never,
  object: (shape) => z.object(shape) as never,
  list: (item) => z.array(item),
  convert: (schema) => schema as never,
  refine: (schema) => schema,
};

/** The stored variant of a document, typed as the strings its strict variant accepts. */
export function storedVariant<S extends z.ZodType>(build: (kit: Kit) => S): z.ZodType<z.input<S>, unknown> {
  return build(storedKit) as unknown as z.ZodType<z.input<S>, unknown>;
}

/** A document's three variants (see the top of this file). */
export function documentVariants<S extends z.ZodType>(build: (kit: Kit) => S) {
  return { strict: build(strictKit), draft: build(draftKit), stored: storedVariant(build) };
}
