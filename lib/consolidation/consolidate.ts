/**
 * A department's 部门决算 inputs from its members' inputs: every input cell is the sum of the
 * members' cells, less the internal flows each member states (both sides of every flow are
 * removed, each by the unit that recorded it). What it finds on the way — a member without a
 * report, a flow without its other side, a flow larger than the amount it is part of — comes back
 * as findings naming the units, the amounts and the difference; each one blocks submission.
 */
import { formatYuan, type Fen } from "../money";
import type { SubjectNames } from "../tables/derive-context";
import { replaceTableInputs, tableInputCells, emptyInputs, type InputCellValue, type ReportInputs } from "../tables/inputs";
import { CODED_TABLE_KEYS, TABLE_KEYS, type TableKey } from "../tables/types";
import { FLOW_LINE_SPECS, type FlowLine, type InternalFlow } from "./flows";

export interface ConsolidationMember {
  readonly unitId: string;
  readonly name: string;
  /** null: the unit has no report for the year. */
  readonly inputs: ReportInputs | null;
  readonly flows: readonly InternalFlow[];
}

export interface ConsolidationFinding {
  /** Stable across recomputations: "pair|<payer>|<line>|<receiver>", "excess|…", "missing|<unit>", "outside|…". */
  readonly key: string;
  readonly message: string;
  /** The units the finding is about (both sides of a pair). */
  readonly unitIds: readonly string[];
}

/** What consolidation removed from one member's cell. */
export interface AppliedOffset {
  readonly unitId: string;
  readonly line: FlowLine;
  readonly code: string;
  readonly fen: Fen;
}

export interface Consolidated {
  readonly inputs: ReportInputs;
  readonly findings: readonly ConsolidationFinding[];
  readonly offsets: readonly AppliedOffset[];
}

export interface ConsolidationContext {
  readonly names: SubjectNames;
  /** The template's printed number of 公开02 and 公开03 ("公开02表", "表二"). */
  readonly tableNumber: (table: "t02" | "t03") => string;
  /** Members listed as 预算不单列，并入本级 (id → name): their money is inside 本级's report. */
  readonly merged?: ReadonlyMap<string, string>;
}

const cellKey = (row: string, column: string) => `${row}|${column}`;
const quoted = (name: string) => `「${name}」`;

export function consolidate(members: readonly ConsolidationMember[], context: ConsolidationContext): Consolidated {
  const findings: ConsolidationFinding[] = [];
  const byUnit = new Map(members.map((m) => [m.unitId, m]));
  const sums = new Map<TableKey, Map<string, InputCellValue>>(TABLE_KEYS.map((t) => [t, new Map()]));

  for (const member of members) {
    if (!member.inputs) {
      findings.push({ key: `missing|${member.unitId}`, message: `成员单位${quoted(member.name)}还没有本年度的决算，汇总中没有它的数据：请该单位先创建并填报`, unitIds: [member.unitId] });
      continue;
    }
    for (const table of TABLE_KEYS) {
      const sum = sums.get(table)!;
      for (const cell of tableInputCells(member.inputs, table)) {
        const key = cellKey(cell.row, cell.column);
        const before = sum.get(key);
        sum.set(key, { row: cell.row, column: cell.column, fen: (before?.fen ?? 0n) + cell.fen });
      }
    }
  }

  const offsets = applyOffsets(members, sums, context, findings);
  findings.push(...pairFindings(members, byUnit, context.merged ?? new Map()));

  let inputs = emptyInputs();
  for (const table of TABLE_KEYS) {
    const cells = [...sums.get(table)!.values()];
    if ((CODED_TABLE_KEYS as readonly string[]).includes(table)) cells.sort((a, b) => (a.row < b.row ? -1 : a.row > b.row ? 1 : 0));
    inputs = replaceTableInputs(inputs, table, cells);
  }
  return { inputs, findings, offsets };
}

/** Subtracts each member's stated flows from the consolidated cells; a cell brought to zero by it is left blank. */
function applyOffsets(
  members: readonly ConsolidationMember[],
  sums: ReadonlyMap<TableKey, Map<string, InputCellValue>>,
  { names, tableNumber }: ConsolidationContext,
  findings: ConsolidationFinding[],
): AppliedOffset[] {
  const offsets: AppliedOffset[] = [];
  for (const member of members) {
    if (!member.inputs) continue;
    const stated = new Map<string, { line: FlowLine; code: string; fen: Fen }>();
    for (const flow of member.flows) {
      const key = `${flow.line}|${flow.code}`;
      const entry = stated.get(key) ?? { line: flow.line, code: flow.code, fen: 0n };
      entry.fen += flow.amount;
      stated.set(key, entry);
    }
    for (const { line, code, fen } of stated.values()) {
      const spec = FLOW_LINE_SPECS[line];
      const rows = member.inputs[spec.group] as Readonly<Record<string, Readonly<Record<string, Fen | undefined>>>>;
      const own = rows[code]?.[spec.column] ?? 0n;
      const applied = fen > own ? own : fen;
      if (fen > own) {
        findings.push({
          key: `excess|${member.unitId}|${line}|${code}`,
          message: `${quoted(member.name)}填报的内部往来中，${spec.label}（科目 ${code}${quoted(names.get(code) ?? "")}）合计 ${formatYuan(fen)} 元，超过其${tableNumber(spec.table)}该科目的${spec.label} ${formatYuan(own)} 元，多出 ${formatYuan(fen - own)} 元`,
          unitIds: [member.unitId],
        });
      }
      if (applied === 0n) continue;
      const sum = sums.get(spec.table)!;
      const key = cellKey(code, spec.column);
      const cell = sum.get(key)!;
      const left = cell.fen - applied;
      if (left === 0n) sum.delete(key);
      else sum.set(key, { ...cell, fen: left });
      offsets.push({ unitId: member.unitId, line, code, fen: applied });
    }
  }
  return offsets;
}

/**
 * Every flow has two sides: what the payer states on an expenditure line and what the receiver
 * states on the reciprocal income line. Compared per pair of units and line, over all codes.
 */
function pairFindings(members: readonly ConsolidationMember[], byUnit: ReadonlyMap<string, ConsolidationMember>, merged: ReadonlyMap<string, string>): ConsolidationFinding[] {
  const findings: ConsolidationFinding[] = [];
  const totals = new Map<string, Fen>();
  const pairs = new Map<string, { payer: string; line: FlowLine; receiver: string }>();
  for (const member of members) {
    for (const flow of member.flows) {
      const side = `${member.unitId}|${flow.line}|${flow.counterpartUnitId}`;
      totals.set(side, (totals.get(side) ?? 0n) + flow.amount);
      if (!byUnit.has(flow.counterpartUnitId)) continue;
      const paying = FLOW_LINE_SPECS[flow.line].group === "expenditure";
      const pair = paying
        ? { payer: member.unitId, line: flow.line, receiver: flow.counterpartUnitId }
        : { payer: flow.counterpartUnitId, line: FLOW_LINE_SPECS[flow.line].reciprocal, receiver: member.unitId };
      pairs.set(`${pair.payer}|${pair.line}|${pair.receiver}`, pair);
    }
    for (const counterpart of new Set(member.flows.map((f) => f.counterpartUnitId))) {
      if (byUnit.has(counterpart)) continue;
      const mergedName = merged.get(counterpart);
      findings.push({
        key: `outside|${member.unitId}|${counterpart}`,
        message: mergedName
          ? `${quoted(member.name)}填报了与${quoted(mergedName)}的内部往来，但${quoted(mergedName)}预算不单列、并入本级：它的收支已含在本级决算中，请删除该条，或将其改为单独汇总`
          : `${quoted(member.name)}填报了与本部门决算成员以外单位的内部往来：只有成员单位之间的往来才抵消，请改为成员单位，或删除该条`,
        unitIds: mergedName ? [member.unitId, counterpart] : [member.unitId],
      });
    }
  }
  for (const [key, { payer, line, receiver }] of pairs) {
    const paid = totals.get(`${payer}|${line}|${receiver}`) ?? 0n;
    const reciprocal = FLOW_LINE_SPECS[line].reciprocal;
    const received = totals.get(`${receiver}|${reciprocal}|${payer}`) ?? 0n;
    if (paid === received) continue;
    const p = byUnit.get(payer)!.name;
    const r = byUnit.get(receiver)!.name;
    const diff = paid > received ? paid - received : received - paid;
    findings.push({
      key: `pair|${key}`,
      message:
        `内部往来两边不一致：${quoted(p)}填报${FLOW_LINE_SPECS[line].label}（给${quoted(r)}）${formatYuan(paid)} 元，` +
        `${quoted(r)}填报${FLOW_LINE_SPECS[reciprocal].label}（来自${quoted(p)}）${formatYuan(received)} 元，相差 ${formatYuan(diff)} 元`,
      unitIds: [payer, receiver],
    });
  }
  return findings;
}
