/**
 * A form defined once as a tree of leaves (lib/validation/facts/leaves.ts), and the four readers
 * built from it:
 *  - "strict": the schema of the form, its server action and the submission gate. Unknown keys
 *    are refused.
 *  - "stored": reads a stored record back as the form's text, exactly. A missing part is blank
 *    (anything else not of the form's kind, null included, fails) and keys the form no longer has
 *    are dropped — that is how an older record is read (see
 *    `migrated` for fields that moved).
 *  - "salvage": like "stored", but a damaged part is blanked instead of failing, so a damaged
 *    record still opens with every readable value kept. Never throws.
 *  - "lenient": the values for the live text while the form has errors: each leaf that does not
 *    parse takes its lenient value on its own; no cross-field checks.
 */
import { z } from "zod";
import { unknownKeys } from "../parse";
import { isUnsafeText, unsafeTextMessage } from "../text";
import { Leaf, type FormContext } from "./leaves";

/** A list of like items ("the projects summarised in 十三"), named by `label` in its messages. */
export class List<Item extends Tree> {
  constructor(
    readonly item: Item,
    readonly max: number,
    readonly label: string,
  ) {}
}

/** Values by key (年初预算 by 项 code, reasons by reason key); `keep` drops the empty ones. */
export class Dict<Out, Kept extends Out> {
  constructor(
    readonly key: RegExp,
    readonly keyError: string,
    readonly value: Leaf<Out>,
    readonly max: number,
    readonly tooMany: string,
    readonly keep: (value: Out) => value is Kept,
  ) {}
}

/** A group whose older stored records are rewritten (`migrate`) before they are read. */
export class Migrated<T extends Tree> {
  constructor(
    readonly tree: T,
    readonly migrate: (stored: Record<string, unknown>) => Record<string, unknown>,
  ) {}
}

// `any`: a node's value types vary, and a Dict's `keep` guard makes Dict<X> no Dict<unknown>.
export type Tree = Leaf<any> | List<any> | Dict<any, any> | Migrated<any> | { readonly [key: string]: Tree };

/** The form as typed: text at every leaf. */
export type FormOf<T> =
  T extends Leaf<any> ? string
  : T extends List<infer I> ? FormOf<I>[]
  : T extends Dict<any, any> ? Record<string, string>
  : T extends Migrated<infer I> ? FormOf<I>
  : { [K in keyof T]: FormOf<T[K]> };

/** The values the strict reader gives. */
export type ValueOf<T> =
  T extends Leaf<infer O> ? O
  : T extends List<infer I> ? ValueOf<I>[]
  : T extends Dict<any, infer K> ? Record<string, K>
  : T extends Migrated<infer I> ? ValueOf<I>
  : { [K in keyof T]: ValueOf<T[K]> };

/**
 * strict: the form as it must be to submit. draft: what may be stored while it is not yet — any
 * text in each box (safe characters, bounded length), but the shape, keys and choices as strict.
 * stored/salvage: reading back. lenient: the live text.
 */
export type Mode = "strict" | "draft" | "stored" | "salvage" | "lenient";

/** The longest text a box of a draft may hold (the longest strict field, a reason, is shorter). */
const DRAFT_MAX = 2_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Builds the reader of `tree` for `mode`. The result's types are FormOf / ValueOf of the tree. */
export function build(tree: Tree, mode: Mode, ctx: FormContext): z.ZodType {
  if (tree instanceof Leaf) return leaf(tree, mode, ctx);
  if (tree instanceof List) return list(tree, mode, ctx);
  if (tree instanceof Dict) return dict(tree, mode);
  if (tree instanceof Migrated) {
    const inner = build(tree.tree, mode, ctx);
    return mode === "stored" || mode === "salvage" ? missingAs({}, z.preprocess((v) => (isRecord(v) ? tree.migrate(v) : v), inner)) : inner;
  }
  const shape = Object.fromEntries(Object.entries(tree).map(([key, node]) => [key, build(node, mode, ctx)]));
  if (mode === "strict") return z.strictObject(shape, { error: unknownKeys });
  if (mode === "draft") return missingAs({}, z.strictObject(shape, { error: unknownKeys }));
  if (mode === "stored") return missingAs({}, z.object(shape));
  return missingAs({}, z.preprocess((v) => (isRecord(v) ? v : {}), z.object(shape)));
}

/** A part missing from a stored record reads as `empty`: older and partial records are not damaged. */
const missingAs = (empty: object | string, schema: z.ZodType) => schema.prefault(empty);

function leaf(node: Leaf<unknown>, mode: Mode, ctx: FormContext): z.ZodType {
  if (mode === "strict") return node.strict;
  if (mode === "draft") return missingAs(node.blank(ctx), draftText(node.label).pipe(node.stored));
  if (mode === "lenient") return node.strict.catch(() => node.lenient(ctx));
  const stored = node.stored.optional().transform((v) => v ?? node.blank(ctx));
  return mode === "stored" ? stored : stored.catch(() => node.blank(ctx));
}

function list(node: List<Tree>, mode: Mode, ctx: FormContext): z.ZodType {
  const item = build(node.item, mode, ctx);
  if (mode === "strict" || mode === "draft") {
    const array = z.array(item, { error: `${node.label}格式不正确` }).max(node.max, `${node.label}最多 ${node.max} 项`);
    return mode === "draft" ? missingAs([], array) : array;
  }
  if (mode === "stored") return missingAs([], z.array(item).max(node.max));
  return missingAs([], z.preprocess((v) => (Array.isArray(v) ? v.slice(0, node.max) : []), z.array(item)));
}

function dict(node: Dict<unknown, unknown>, mode: Mode): z.ZodType {
  if (mode === "strict") {
    return z
      .record(z.string().regex(node.key), node.value.strict, {
        error: (issue) => (issue.code === "invalid_key" ? node.keyError : undefined),
      })
      .refine((r) => Object.keys(r).length <= node.max, node.tooMany)
      .transform((r) => keptEntries(Object.entries(r), node.keep));
  }
  if (mode === "stored") return missingAs({}, z.record(z.string().regex(node.key), z.string()).refine((r) => Object.keys(r).length <= node.max));
  if (mode === "draft") {
    return missingAs(
      {},
      z
        .record(z.string().regex(node.key), draftText("条目"), { error: (issue) => (issue.code === "invalid_key" ? node.keyError : undefined) })
        .refine((r) => Object.keys(r).length <= node.max, node.tooMany)
        .transform((r) => keptEntries(Object.entries(r), (v): v is string => true)),
    );
  }
  // Salvage and lenient keep each entry that still fits on its own.
  return missingAs({}, z.unknown().transform((v) => {
    const entries = Object.entries(isRecord(v) ? v : {})
      .filter((e): e is [string, string] => node.key.test(e[0]) && typeof e[1] === "string")
      .slice(0, node.max);
    if (mode === "salvage") return keptEntries(entries, (s): s is string => true);
    return keptEntries(
      entries.map(([k, typed]) => [k, node.value.strict.safeParse(typed)] as const).flatMap(([k, r]) => (r.success ? [[k, r.data] as [string, unknown]] : [])),
      node.keep,
    );
  }));
}

/** Any text a person may type in a box: bounded, and free of markup and control characters. */
function draftText(label: string) {
  return z
    .string({ error: `${label}应为文字` })
    .max(DRAFT_MAX, `${label}过长`)
    .refine((s) => !isUnsafeText(s, { multiline: true }), unsafeTextMessage(label));
}

/** A plain object built entry by entry, so no key (not even "__proto__") reaches a prototype. */
function keptEntries<V, K extends V>(entries: readonly (readonly [string, V])[], keep: (v: V) => v is K): Record<string, K> {
  const out: Record<string, K> = {};
  for (const [key, value] of entries) if (keep(value)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
