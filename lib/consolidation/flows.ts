/**
 * Internal flows (内部往来) of a department: money that one unit of the department hands to
 * another. Each unit states its own side; a 部门决算 removes both sides, so that what the
 * department received from and paid to the outside world is left.
 */
import type { CodedInputGroup } from "../tables/types";

export const FLOW_LINES = ["SUPERIOR_INCOME", "AFFILIATED_INCOME", "TO_SUPERIOR", "TO_AFFILIATED"] as const;
export type FlowLine = (typeof FLOW_LINES)[number];

export interface FlowLineSpec {
  readonly label: string;
  /** Where the line's amounts are entered: 公开02 (income) or 公开03 (expenditure). */
  readonly table: "t02" | "t03";
  readonly group: Extract<CodedInputGroup, "income" | "expenditure">;
  readonly column: "superior" | "affiliated" | "toSuperior" | "toAffiliated";
  /** The line on which the other unit records the same money. */
  readonly reciprocal: FlowLine;
  /** How the other unit is named beside an amount: 来自 for income, 给 for expenditure. */
  readonly preposition: "来自" | "给";
}

export const FLOW_LINE_SPECS: Readonly<Record<FlowLine, FlowLineSpec>> = {
  SUPERIOR_INCOME: { label: "上级补助收入", table: "t02", group: "income", column: "superior", reciprocal: "TO_AFFILIATED", preposition: "来自" },
  AFFILIATED_INCOME: { label: "附属单位上缴收入", table: "t02", group: "income", column: "affiliated", reciprocal: "TO_SUPERIOR", preposition: "来自" },
  TO_SUPERIOR: { label: "上缴上级支出", table: "t03", group: "expenditure", column: "toSuperior", reciprocal: "AFFILIATED_INCOME", preposition: "给" },
  TO_AFFILIATED: { label: "对附属单位补助支出", table: "t03", group: "expenditure", column: "toAffiliated", reciprocal: "SUPERIOR_INCOME", preposition: "给" },
};

/** One amount a unit states: on `line`, under 项 `code`, with `counterpartUnitId`; 分, positive. */
export interface InternalFlow {
  readonly line: FlowLine;
  readonly counterpartUnitId: string;
  readonly code: string;
  readonly amount: bigint;
}

export function isFlowLine(value: unknown): value is FlowLine {
  return typeof value === "string" && (FLOW_LINES as readonly string[]).includes(value);
}
