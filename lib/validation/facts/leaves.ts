/**
 * The kinds of field the 情况说明 facts form is made of. Each leaf is defined once — its label,
 * its strict parser of the typed text, what an empty form holds and what the live text assumes
 * while the text does not parse — and lib/validation/facts/tree.ts builds every reader of the
 * form from these definitions.
 */
import { z } from "zod";
import { normalizeAmountText, parseYuan, type Fen } from "../../money";
import type { UnitKind } from "../../narrative/facts";
import { isoDate } from "../date";
import { optionalPlainText, plainText } from "../text";

/** What an empty form and the live text depend on: the report's year and the unit's kind. */
export interface FormContext {
  readonly year: number;
  readonly unitKind: UnitKind;
}

export const MAX_COUNT = 9_999_999;

/** How the editor shows a leaf: the input mode of its box. */
export type LeafKind = "amount" | "count" | "percent" | "text" | "date" | "choice";

/** One typed value: text as staff typed it in, `Out` out. */
export class Leaf<Out> {
  constructor(
    /** As the form labels it and its messages name it. */
    readonly label: string,
    readonly kind: LeafKind,
    /** The strict parser: the form, the server action and the submission gate use it. */
    readonly strict: z.ZodType<Out, string>,
    /** What a stored value must be to be read back as is: any text, or one of a few choices. */
    readonly stored: z.ZodType<string, string>,
    /** An empty form's text. */
    readonly blank: (ctx: FormContext) => string,
    /** What the live text reads while the typed text does not parse. */
    readonly lenient: (ctx: FormContext) => Out,
  ) {}
}

const anyText = z.string();
const empty = () => "";

function text<Out>(label: string, kind: LeafKind, strict: z.ZodType<Out, string>, lenient: Out): Leaf<Out> {
  return new Leaf(label, kind, strict, anyText, empty, () => lenient);
}

function yuanParser(label: string) {
  return z
    .string({ error: `${label}应为文字` })
    .max(64, `${label}过长`)
    .transform((typed, ctx): Fen | null => {
      const parsed = parseYuan(typed);
      if (parsed.ok) return parsed.fen;
      ctx.addIssue({ code: "custom", message: `${label}：${parsed.message}` });
      return z.NEVER;
    });
}

/** An amount in 元 that may be left blank (null): the generator lists what is still missing. */
export const optionalYuan = (label: string) => text(label, "amount", yuanParser(label), null);

/** An amount in 元 that must be entered ("没有请填0"). */
export const requiredYuan = (label: string) =>
  text(
    label,
    "amount",
    yuanParser(label).transform((fen, ctx): Fen => {
      if (fen !== null) return fen;
      ctx.addIssue({ code: "custom", message: `请填写${label}（没有请填0）` });
      return z.NEVER;
    }),
    0n,
  );

/** A whole number that must be entered. */
export const count = (label: string) =>
  text(
    label,
    "count",
    z
      .string({ error: `${label}应为文字` })
      .max(16, `${label}过长`)
      .transform((typed, ctx): number => {
        const s = normalizeAmountText(typed);
        if (s === "") ctx.addIssue({ code: "custom", message: `请填写${label}（没有请填0）` });
        else if (!/^\d+$/.test(s)) ctx.addIssue({ code: "custom", message: `${label}只能填写不小于0的整数` });
        else if (s.replace(/^0+(?=\d)/, "").length > 7 || Number(s) > MAX_COUNT) ctx.addIssue({ code: "custom", message: `${label}过大` });
        else return Number(s);
        return z.NEVER;
      }),
    0,
  );

/** A percentage below 100 with up to two decimals: "1" → 100n hundredths. */
export const percentText = (label: string, message: string, fallback: bigint) =>
  text(
    label,
    "percent",
    z
      .string({ error: message })
      .max(8, message)
      .transform((typed, ctx): bigint => {
        const match = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(normalizeAmountText(typed));
        if (match) return BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }),
    fallback,
  );

/** A required one-line text; the live text reads a bad one as "". */
export const requiredText = (label: string, max: number) => text(label, "text", plainText(label, max), "");

/** An optional one-line text: blank is null. */
export const optionalText = (label: string, max: number) =>
  text(
    label,
    "text",
    // Its input may also be undefined; the form always holds text.
    optionalPlainText(label, max).transform((s) => s ?? null) as z.ZodType<string | null, string>,
    null,
  );

/** A day of the year; blank forms start at the year's end, and so does the live text. */
export const yearEndDate = (label: string) =>
  new Leaf(label, "date", isoDate(label), anyText, (ctx) => `${ctx.year}-12-31`, (ctx) => `${ctx.year}-12-31`);

/** One of a few stored words; anything else stored is damage. */
export function choice<T extends string>(label: string, values: readonly [T, ...T[]], message: string, fallback: (ctx: FormContext) => T): Leaf<T> {
  const strict = z.enum(values, { error: message }) as unknown as z.ZodType<T, string>;
  return new Leaf(label, "choice", strict, strict as unknown as z.ZodType<string, string>, fallback, fallback);
}

/** The same leaf, starting from `blank` in an empty form. */
export function withBlank<Out>(leaf: Leaf<Out>, blank: string): Leaf<Out> {
  return new Leaf(leaf.label, leaf.kind, leaf.strict, leaf.stored, () => blank, leaf.lenient);
}
