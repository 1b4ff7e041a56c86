/**
 * The one text-safety check. Everything people type ends up in published documents, web pages
 * and spreadsheets, so markup, control characters and invisible direction or zero-width marks are
 * refused where they are entered rather than escaped later in every output format.
 */
import { z } from "zod";

// Markup, C0 controls, DEL, zero-width and direction marks (U+200B–U+200F, U+202A–U+202E,
// U+2066–U+2069) and the byte-order mark; and, below, broken surrogate halves.
const FORBIDDEN_INLINE = /[<>\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
// The same, but prose keeps the tabs and line breaks that text pasted from Word carries.
const FORBIDDEN_MULTILINE = /[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Half of a UTF-16 surrogate pair without its other half: no character at all, and no valid UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` holds a character no published text may contain. */
export function isUnsafeText(text: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_INLINE).test(text) || LONE_SURROGATE.test(text);
}

const UNSAFE_TEXT_ENDING = "不能包含尖括号或控制字符";

/** The message for a refused character, the same everywhere. */
export function unsafeTextMessage(label: string): string {
  return `${label}${UNSAFE_TEXT_ENDING}`;
}

/** Whether a message is `unsafeTextMessage`'s (a draft may hold anything but such text). */
export function isUnsafeTextMessage(message: string): boolean {
  return message.endsWith(UNSAFE_TEXT_ENDING);
}

/** A required one-line text. */
export function plainText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字符`)
    .refine((s) => !isUnsafeText(s), { message: unsafeTextMessage(label) });
}

/** An optional one-line text: blank becomes undefined. */
export function optionalPlainText(label: string, max: number) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .refine((s) => !isUnsafeText(s), { message: unsafeTextMessage(label) })
    .optional()
    .transform((s) => (s ? s : undefined));
}

/** Free prose that keeps its line breaks (may be blank). */
export function prose(label: string, max: number) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .refine((s) => !isUnsafeText(s, { multiline: true }), { message: unsafeTextMessage(label) });
}
