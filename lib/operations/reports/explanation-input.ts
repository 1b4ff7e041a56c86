import { z } from "zod";
import { isUnsafeText, unsafeTextMessage } from "@/lib/validation/text";

/**
 * A warning explanation as a request sends it. The key it hangs on is checked for shape. Real keys
 * are built by the checks (lib/rules/table-messages.ts: `ruleId|table|row|column|cell`;
 * lib/rules/performance/checks.ts: `T绩效|coverage`), so anything else is refused before it is stored:
 * explanations are shown next to their message and copied into every submitted snapshot.
 */
export const MAX_EXPLANATION_KEY_LENGTH = 300;

/** How many explained warnings one report may hold; far above what the checks can produce. */
export const MAX_EXPLANATIONS_PER_REPORT = 2000;

// A rule id (letters, digits, CJK, "._-"), then 1–8 "|"-separated parts made of letters, digits,
// CJK and the punctuation row and column labels use. No markup, quotes, braces or control characters.
const RULE_ID = String.raw`[\p{L}\p{N}._-]{1,40}`;
const PART = String.raw`[\p{L}\p{N}\p{M} ._:\-()（）“”、，·/]{0,120}`;
const KEY = new RegExp(`^${RULE_ID}(?:\\|${PART}){1,8}$`, "u");

export function isExplanationKey(key: unknown): key is string {
  return typeof key === "string" && key.length <= MAX_EXPLANATION_KEY_LENGTH && KEY.test(key);
}

export const EXPLANATION_KEY_MESSAGE = "提示编号不正确，请刷新页面后重新填写说明";

/** An empty text (after trimming) removes the explanation. */
export const explanationSchema = z.object({
  reportId: z.string().min(1).max(64),
  key: z.string({ error: EXPLANATION_KEY_MESSAGE }).refine(isExplanationKey, EXPLANATION_KEY_MESSAGE),
  text: z
    .string({ error: "说明应为文字" })
    .max(1000, "说明最多 1000 个字符")
    .transform((s) => s.trim())
    .refine((s) => !isUnsafeText(s, { multiline: true }), unsafeTextMessage("说明")),
});
export type ExplanationInput = z.output<typeof explanationSchema>;
