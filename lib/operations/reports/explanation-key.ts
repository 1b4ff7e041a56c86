/**
 * The key a warning explanation hangs on, as a request may send it. Real keys are built by the
 * checks (lib/reports/rule-summary.ts: `ruleId|table|row|column|cell`; lib/reports/
 * performance-messages.ts: `T绩效|coverage`), so anything else is refused before it is stored:
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
