/**
 * The derived, render-ready report: every printed cell of 公开01–09 with its exact 分 value,
 * whether staff typed it, and where to jump to edit it. A component renders the official
 * layout from this without knowing any rule.
 */
import type { Fen } from "../money";
import type { InputCellAddress } from "./cell-address";
import type { CodedTableSpec, EconomicTableSpec, FixedLineRole, FixedTableSpec, SingleRowTableSpec, TableKey } from "./types";

export type CellKind = "input" | "derived";

export interface DerivedCell {
  /** Exact amount; null only for an input cell left blank (and for unlabelled filler lines). */
  readonly fen: Fen | null;
  readonly kind: CellKind;
  /** Set on input cells. */
  readonly address?: InputCellAddress;
  /** Set on derived cells that copy one input of another table (公开01 line 1 ← 公开04 line 1). */
  readonly source?: InputCellAddress;
}

export interface RenderColumn {
  readonly key: string;
  /** 栏次 */
  readonly number: number;
  readonly header: readonly string[];
  readonly title: string;
  readonly kind: CellKind;
}

export interface TableMeta {
  readonly key: TableKey;
  readonly number: string;
  readonly title: string;
  /** The note to print under the table: the empty-table note when there is no data. */
  readonly note: string;
  readonly amountUnit: "万元";
}

/** What a derived table keeps of its spec, and the text printed around it. */
type PrintedTable<S extends { readonly kind: string; readonly key: TableKey }> = Pick<S, "kind" | "key"> & {
  readonly meta: TableMeta;
};

/** A table printed under one header of numbered columns (公开02/03/05/07/08, 公开09). */
type ColumnedTable<S extends { readonly kind: string; readonly key: TableKey }> = PrintedTable<S> & {
  readonly columns: readonly RenderColumn[];
  /** No amount in any cell: the table prints its empty-table note. */
  readonly isEmpty: boolean;
};

export type CodedRowLevel = "total" | "class" | "section" | "item";

export interface DerivedCodedRow {
  /** "合计" or the subject code; unique within the table. */
  readonly key: string;
  readonly level: CodedRowLevel;
  /** null on the 合计 row. */
  readonly code: string | null;
  readonly name: string;
  /** One per column, in column order. */
  readonly cells: readonly DerivedCell[];
}

export interface DerivedCodedTable extends ColumnedTable<CodedTableSpec> {
  /** 合计 first, then each 类 followed by its 款, each 款 by its 项, in code order. */
  readonly rows: readonly DerivedCodedRow[];
}

export interface DerivedFixedLine {
  /** The line's role, its category code, or `blank:<line>` for an unlabelled line. */
  readonly key: string;
  readonly line: number | null;
  readonly ordinal: number | null;
  readonly label: string;
  /** With the printed ordinal: "一、一般公共服务支出". */
  readonly printedLabel: string;
  readonly role: FixedLineRole | null;
  /** The category code, on category lines. */
  readonly code: string | null;
  readonly cells: readonly DerivedCell[];
}

/** 公开01/04: the two halves print side by side, `income[i]` beside `expenditure[i]`. */
export interface DerivedFixedTable
  extends PrintedTable<FixedTableSpec>,
    Pick<FixedTableSpec, "incomeHeading" | "expenditureHeading"> {
  readonly incomeColumns: readonly RenderColumn[];
  readonly expenditureColumns: readonly RenderColumn[];
  readonly income: readonly DerivedFixedLine[];
  readonly expenditure: readonly DerivedFixedLine[];
}

export interface DerivedEconomicRow {
  readonly code: string;
  readonly name: string;
  readonly level: "class" | "item";
  readonly cell: DerivedCell;
}

/** 公开06: blocks print side by side, `blocks[b].rows[i]` on printed row i. */
export interface DerivedEconomicTable extends PrintedTable<EconomicTableSpec> {
  readonly blocks: readonly { readonly heading: string; readonly rows: readonly DerivedEconomicRow[] }[];
  readonly personnelTotal: { readonly label: string; readonly cell: DerivedCell };
  readonly publicTotal: { readonly label: string; readonly cell: DerivedCell };
  readonly isEmpty: boolean;
}

/** 公开09: one printed row, one cell per column. */
export interface DerivedSingleRowTable extends ColumnedTable<SingleRowTableSpec> {
  readonly cells: readonly DerivedCell[];
  /** How the template prints it (SingleRowTableSpec.layout). */
  readonly layout: "sideBySide" | "rows";
}

export interface DerivedTables {
  readonly t01: DerivedFixedTable;
  readonly t02: DerivedCodedTable;
  readonly t03: DerivedCodedTable;
  readonly t04: DerivedFixedTable;
  readonly t05: DerivedCodedTable;
  readonly t06: DerivedEconomicTable;
  readonly t07: DerivedCodedTable;
  readonly t08: DerivedCodedTable;
  readonly t09: DerivedSingleRowTable;
}

export type DerivedTable = DerivedTables[TableKey];

/** Inputs the engine could not place: unknown codes, codes outside the template's categories. */
export interface DeriveIssue {
  readonly table: TableKey;
  readonly code: string;
  readonly message: string;
}

export interface DerivedReport {
  readonly templateId: string;
  readonly tables: DerivedTables;
  readonly issues: readonly DeriveIssue[];
}
