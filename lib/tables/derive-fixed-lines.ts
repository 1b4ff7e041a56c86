/**
 * The layout shared by the fixed-line tables 公开01 and 公开04: income lines beside
 * expenditure lines, the category placeholder expanded into one line per 类, and the printed
 * ordinals (一、二、…). What each line holds is decided in derive-t01.ts and derive-t04.ts.
 */
import { chineseOrdinal } from "../narrative/numerals";
import type { Fen } from "../money";
import type { InputCellAddress } from "./cell-address";
import { evaluateRow, planColumns } from "./columns";
import type { DerivedCell, DerivedFixedLine, DerivedFixedTable } from "./report";
import { renderColumns, tableMeta } from "./table-meta";
import type { CategorySpec, ColumnSpec, FixedLineRole, FixedLineSpec, FixedTableSpec, Fund, ReportTemplate } from "./types";

/** A line's amount: one figure (公开01, 公开04 income), or one per fund (公开04 expenditure). */
export interface LineAmount {
  readonly amount?: DerivedCell;
  readonly funds?: Record<Fund, Fen>;
}

export const derived = (fen: Fen): DerivedCell => ({ fen, kind: "derived" });
/** A derived cell that shows one input of another table (公开01 line 1 ← 公开04 line 1). */
export const copied = (fen: Fen, source: InputCellAddress): DerivedCell => ({ fen, kind: "derived", source });
export const input = (fen: Fen | undefined, address: InputCellAddress): DerivedCell => ({ fen: fen ?? null, kind: "input", address });

export interface ExpandedLine {
  readonly key: string;
  readonly line: number | null;
  readonly ordinal: number | null;
  readonly label: string;
  readonly role: FixedLineRole | null;
  readonly code: string | null;
}

// Keyed by both the line list and the category list: templates may share one and not the other.
const expandedLines = new WeakMap<readonly FixedLineSpec[], WeakMap<readonly CategorySpec[], ExpandedLine[]>>();

/** Template lines with the category placeholder expanded, cached per template side. */
export function expandLines(template: ReportTemplate, spec: FixedTableSpec, side: "income" | "expenditure"): readonly ExpandedLine[] {
  const lines = spec[side];
  let byCategories = expandedLines.get(lines);
  if (!byCategories) {
    byCategories = new WeakMap();
    expandedLines.set(lines, byCategories);
  }
  const cached = byCategories.get(template.categories);
  if (cached) return cached;
  const out: ExpandedLine[] = [];
  for (const l of lines) {
    if ("categories" in l) {
      template.categories.forEach((c, i) =>
        out.push({
          key: c.code,
          line: l.firstLine === null ? null : l.firstLine + i,
          ordinal: spec.categoryOrdinals ? i + 1 : null,
          label: c.name,
          role: null,
          code: c.code,
        }),
      );
    } else if ("blank" in l) {
      out.push({ key: `blank:${l.line ?? out.length}`, line: l.line, ordinal: null, label: "", role: null, code: null });
    } else {
      out.push({ key: l.role, line: l.line, ordinal: l.ordinal ?? null, label: l.label, role: l.role, code: null });
    }
  }
  byCategories.set(template.categories, out);
  return out;
}

/** "一、一般公共服务支出"; template-check.ts keeps ordinals within 1–999. */
export function printedLabel(line: Pick<ExpandedLine, "ordinal" | "label">): string {
  return line.ordinal === null ? line.label : `${chineseOrdinal(line.ordinal)}、${line.label}`;
}

export function buildFixedTable(
  template: ReportTemplate,
  spec: FixedTableSpec,
  incomeLine: (role: FixedLineRole) => DerivedCell | null,
  expenditureLine: (key: string) => LineAmount | null,
): DerivedFixedTable {
  const incomeColumns = incomeColumnsOf(spec);
  const build = (
    side: "income" | "expenditure",
    columns: readonly ColumnSpec[],
    amounts: (line: ExpandedLine) => LineAmount | null,
  ): DerivedFixedLine[] => {
    const plan = planColumns(columns);
    return expandLines(template, spec, side).map((line) => {
      const value = line.label === "" ? null : amounts(line);
      const cells: DerivedCell[] = value
        ? evaluateRow(plan, (c) =>
            c.source.kind === "line" ? value.amount?.fen : c.source.kind === "fund" ? value.funds?.[c.source.fund] : null,
          ).map((fen, i) => (columns[i].source.kind === "line" && value.amount ? value.amount : { fen, kind: "derived" }))
        : columns.map(() => ({ fen: null, kind: "derived" }));
      return {
        key: line.key,
        line: line.line,
        ordinal: line.ordinal,
        label: line.label,
        printedLabel: printedLabel(line),
        role: line.role,
        code: line.code,
        cells,
      };
    });
  };
  const income = build("income", incomeColumns, (line) => {
    const amount = line.role ? incomeLine(line.role) : null;
    return amount && { amount };
  });
  const expenditure = build("expenditure", spec.expenditureColumns, (line) => expenditureLine(line.code ?? line.role ?? ""));
  return {
    kind: "fixed",
    key: spec.key,
    meta: tableMeta(spec, false),
    incomeHeading: spec.incomeHeading,
    expenditureHeading: spec.expenditureHeading,
    incomeColumns: renderColumns(incomeColumns),
    expenditureColumns: renderColumns(spec.expenditureColumns),
    income,
    expenditure,
  };
}

const incomeColumnLists = new WeakMap<FixedTableSpec, readonly ColumnSpec[]>();

/** A stable array per template, so the compiled column plan is cached too. */
function incomeColumnsOf(spec: FixedTableSpec): readonly ColumnSpec[] {
  let columns = incomeColumnLists.get(spec);
  if (!columns) {
    columns = [spec.incomeColumn];
    incomeColumnLists.set(spec, columns);
  }
  return columns;
}
