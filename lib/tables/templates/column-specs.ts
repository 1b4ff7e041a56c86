/**
 * Builders for the column and line specs a template is written with: an input column, a
 * formula column, the single amount column of 公开01/04, and unlabelled filler lines.
 */
import type { ColumnSpec, FixedLineSpec } from "../types";

/** Printed lines without a label, kept so both halves of 公开01/04 pair up line by line. */
export function blankLines(from: number, to: number): FixedLineSpec[] {
  const lines: FixedLineSpec[] = [];
  for (let line = from; line <= to; line++) lines.push({ line, blank: true });
  return lines;
}

/** Unlabelled filler lines of a table that prints no 行次 (上海), pairing the halves by position. */
export function unnumberedBlankLines(count: number): FixedLineSpec[] {
  return Array.from({ length: count }, () => ({ line: null, blank: true as const }));
}

export function inputColumn(key: string, number: number, header: readonly string[], title = header.at(-1) ?? key): ColumnSpec {
  return { key, number, header, title, source: { kind: "input", field: key } };
}

export function sumColumn(
  key: string,
  number: number,
  header: readonly string[],
  title: string,
  plus: readonly string[],
  ruleId: string,
): ColumnSpec {
  return { key, number, header, title, source: { kind: "formula", plus, ruleId } };
}

/** The single amount column of a fixed-line table (公开01, 公开04 income). */
export const amountColumn = (number: number): ColumnSpec => ({
  key: "amount",
  number,
  header: ["金额"],
  title: "金额",
  source: { kind: "line" },
});
