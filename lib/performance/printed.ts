/**
 * Reads targets and actuals the way published tables print them ("≥300个/套", "85万元", "优"),
 * for imports and seeds. Forms send the parts separately and do not need this.
 */
import { parseNumberText } from "./numbers";
import type { Actual, Operator, Target } from "./scoring";

const OPERATOR_SPELLINGS: Record<string, Operator> = {
  "≥": "≥",
  "≧": "≥",
  ">=": "≥",
  "≤": "≤",
  "≦": "≤",
  "<=": "≤",
  "=": "=",
  "＝": "=",
  ">": ">",
  "＞": ">",
  "<": "<",
  "＜": "<",
};

const PRINTED_NUMBER = /^([0-9０-９][0-9０-９,，.．]*)\s*(.*)$/;
const PRINTED_OPERATOR = /^(>=|<=|≥|≧|≤|≦|=|＝|>|＞|<|＜)\s*/;

export type PrintedResult<T> = { ok: true; value: T } | { ok: false; error: string };

function splitNumber(text: string): { numberText: string; unit: string } | null {
  const m = PRINTED_NUMBER.exec(text);
  return m ? { numberText: m[1], unit: m[2].trim() } : null;
}

export function parsePrintedTarget(input: string): PrintedResult<Target> {
  const text = input.trim();
  if (text === "") return { ok: false, error: "年度指标值为空" };
  const op = PRINTED_OPERATOR.exec(text);
  if (!op) {
    if (PRINTED_NUMBER.test(text)) return { ok: false, error: `年度指标值“${text}”缺少比较符号（≥、≤、=、>、<）` };
    return { ok: true, value: { kind: "qualitative", expected: text } };
  }
  const parts = splitNumber(text.slice(op[0].length));
  if (parts === null) return { ok: false, error: `年度指标值“${text}”的比较符号后应为数值` };
  const value = parseNumberText(parts.numberText);
  if (!value.ok) return { ok: false, error: `年度指标值“${text}”：${value.error}` };
  return {
    ok: true,
    value: { kind: "quantitative", operator: OPERATOR_SPELLINGS[op[1]], value: value.value, unit: parts.unit },
  };
}

export function parsePrintedActual(input: string): PrintedResult<Actual> {
  const text = input.trim();
  const parts = splitNumber(text);
  if (parts === null) return { ok: true, value: { kind: "qualitative", text } };
  const value = parseNumberText(parts.numberText);
  if (!value.ok) return { ok: false, error: `实际完成值“${text}”：${value.error}` };
  return { ok: true, value: { kind: "quantitative", value: value.value, unit: parts.unit } };
}
