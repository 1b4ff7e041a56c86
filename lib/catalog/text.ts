/**
 * Which characters a subject name or explanation may contain.
 *
 * Names are printed verbatim in published disclosure tables and pasted into spreadsheets,
 * so they are limited to what official subject names actually use (a whitelist) rather
 * than cleaned up after the fact. Explanations are free prose, so only markup (and invisible
 * control characters) is refused.
 */

export const NAME_MAX_LENGTH = 100;
export const EXPLANATION_MAX_LENGTH = 1000;

// CJK ideographs; ASCII and full-width letters and digits; ASCII and ideographic spaces;
// the punctuation seen in official names: （）() 、，, ·• “”" ‘’ :： -—－ /／ . 《》 〔〕.
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9Ａ-Ｚａ-ｚ０-９ \u3000（）()、，,·•“”"‘’:：\-—－/／.《》〔〕]/u;

const MARKUP_CHAR = /[<>]/u;
// Control characters, except the tabs and line breaks that prose pasted from Word carries.
const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** Length as a person counts it: one per character, not per UTF-16 unit. */
export function charLength(text: string): number {
  return [...text].length;
}

/** Distinct characters of `text` (in order of first appearance) that fail `allowed`. */
function offendingChars(text: string, allowed: (ch: string) => boolean): string[] {
  const seen = new Set<string>();
  for (const ch of text) if (!allowed(ch)) seen.add(ch);
  return [...seen];
}

/** Quotes a character for a message; invisible ones are shown by their code point. */
function showChar(ch: string): string {
  if (!/[\p{Cc}\p{Cf}\p{Z}]/u.test(ch)) return `“${ch}”`;
  return `“U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}”`;
}

function charsProblem(field: string, chars: string[]): string | null {
  if (chars.length === 0) return null;
  return `${field}含有不允许的字符${chars.map(showChar).join("")}`;
}

/** Problem with a subject name (already trimmed), or null when it is acceptable. */
export function nameProblem(name: string): string | null {
  if (name === "") return "科目名称不能为空";
  const length = charLength(name);
  if (length > NAME_MAX_LENGTH) return `科目名称过长（${length}个字），上限为${NAME_MAX_LENGTH}个字`;
  return charsProblem("科目名称", offendingChars(name, (ch) => NAME_CHAR.test(ch)));
}

/** Problem with an explanation (already trimmed, may be empty), or null. */
export function explanationProblem(text: string): string | null {
  const length = charLength(text);
  if (length > EXPLANATION_MAX_LENGTH) return `说明过长（${length}个字），上限为${EXPLANATION_MAX_LENGTH}个字`;
  return charsProblem("说明", offendingChars(text, (ch) => !MARKUP_CHAR.test(ch) && !CONTROL_CHAR.test(ch)));
}
