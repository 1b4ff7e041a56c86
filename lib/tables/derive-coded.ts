/**
 * The coded tables 公开02/03/05/07/08: one printed row per 项 with a non-zero value, preceded
 * by its 类 and 款 sums, under a 合计 row. The column formulas come from the template.
 */
import type { Fen } from "../money";
import { evaluateRow, planColumns, type ColumnPlan } from "./columns";
import type { IssueSink } from "./derive-context";
import { ITEM_CODE } from "./cell-address";
import type { ReportInputs } from "./report-inputs";
import type { DerivedCell, DerivedCodedRow, DerivedCodedTable } from "./report";
import { renderColumns, tableMeta } from "./table-meta";
import type { CodedTableSpec, TableKey } from "./types";

type AmountRecord = Readonly<Record<string, Fen | undefined>>;

/** The printed table plus the sums the fixed tables (公开01/04) read from it. */
export interface CodedResult {
  readonly table: DerivedCodedTable;
  readonly plan: ColumnPlan;
  readonly total: readonly Fen[];
  readonly classTotals: ReadonlyMap<string, readonly Fen[]>;
}

export function deriveCoded(
  spec: CodedTableSpec,
  inputs: ReportInputs,
  subjectName: (table: TableKey, code: string) => string,
  issue: IssueSink,
): CodedResult {
  const plan = planColumns(spec.columns);
  const width = spec.columns.length;
  const group = inputs[spec.inputGroup] as Readonly<Record<string, AmountRecord>>;

  const items: { code: string; values: (Fen | null)[] }[] = [];
  const total: Fen[] = new Array<Fen>(width).fill(0n);
  const classTotals = new Map<string, Fen[]>();
  const sectionTotals = new Map<string, Fen[]>();
  for (const code of Object.keys(group).sort()) {
    if (!ITEM_CODE.test(code)) {
      issue(spec.key, code, `「${code}」不是7位项级科目编码，未列入${spec.number}`);
      continue;
    }
    const record = group[code];
    const values = evaluateRow(plan, (c) => (c.source.kind === "input" ? record[c.source.field] : null));
    // Only rows with a non-zero value in some column are printed.
    if (!values.some((v) => v !== null && v !== 0n)) continue;
    items.push({ code, values });
    addInto(total, values);
    addInto(totalsFor(classTotals, code.slice(0, 3), width), values);
    addInto(totalsFor(sectionTotals, code.slice(0, 5), width), values);
  }

  const sumCells = (values: readonly Fen[]): DerivedCell[] => values.map((fen) => ({ fen, kind: "derived" }));
  const rows: DerivedCodedRow[] = [{ key: "合计", level: "total", code: null, name: "合计", cells: sumCells(total) }];
  let currentClass = "";
  let currentSection = "";
  for (const { code, values } of items) {
    const classCode = code.slice(0, 3);
    const sectionCode = code.slice(0, 5);
    if (classCode !== currentClass) {
      currentClass = classCode;
      currentSection = "";
      const cells = sumCells(classTotals.get(classCode) as Fen[]);
      rows.push({ key: classCode, level: "class", code: classCode, name: subjectName(spec.key, classCode), cells });
    }
    if (sectionCode !== currentSection) {
      currentSection = sectionCode;
      const cells = sumCells(sectionTotals.get(sectionCode) as Fen[]);
      rows.push({ key: sectionCode, level: "section", code: sectionCode, name: subjectName(spec.key, sectionCode), cells });
    }
    const cells = values.map((fen, i): DerivedCell => {
      const column = spec.columns[i];
      return column.source.kind === "input"
        ? { fen, kind: "input", address: { table: spec.key, row: code, column: column.key } }
        : { fen, kind: "derived" };
    });
    rows.push({ key: code, level: "item", code, name: subjectName(spec.key, code), cells });
  }

  const table: DerivedCodedTable = {
    kind: "coded",
    key: spec.key,
    meta: tableMeta(spec, items.length === 0),
    columns: renderColumns(spec.columns),
    rows,
    isEmpty: items.length === 0,
  };
  return { table, plan, total, classTotals };
}

/** One column's sum over the whole table (classCode null) or over one 类; 0 when absent. */
export function columnTotal(result: CodedResult, classCode: string | null, key: string): Fen {
  const i = result.plan.index.get(key);
  if (i === undefined) return 0n;
  const values = classCode === null ? result.total : result.classTotals.get(classCode);
  return values?.[i] ?? 0n;
}

function totalsFor(map: Map<string, Fen[]>, code: string, width: number): Fen[] {
  let totals = map.get(code);
  if (!totals) {
    totals = new Array<Fen>(width).fill(0n);
    map.set(code, totals);
  }
  return totals;
}

function addInto(totals: Fen[], values: readonly (Fen | null)[]) {
  for (let i = 0; i < totals.length; i++) totals[i] += values[i] ?? 0n;
}
