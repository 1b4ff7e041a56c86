"use client";
/**
 * What every table editor shares: the grid callbacks the workspace hands down, the editor
 * props, and the two kinds of cell (an input amount, a derived amount).
 */
import type { ClipboardEvent, KeyboardEvent } from "react";
import { AmountCell } from "@/components/grid/amount-cell";
import { amountText, useAmountUnit } from "@/components/grid/amount-unit";
import type { ReportInputs } from "@/lib/tables/inputs";
import type { DerivedCell, DerivedReport } from "@/lib/tables/report";
import type { CodedTableKey, CodedTableSpec, ReportTemplate, TableKey } from "@/lib/tables/types";
import type { SubjectOption } from "./subject-picker";

/** Stable across renders, so memoized rows re-render only when their own values change. */
export interface GridHandlers {
  onText(address: string, text: string): void;
  onCommit(address: string): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>, r: number, c: number): void;
  onPaste(e: ClipboardEvent<HTMLInputElement>, r: number, c: number): void;
  /** A block of rows that start with subject codes, pasted into a coded table's subject box. */
  onPasteRows(e: ClipboardEvent<HTMLInputElement>): void;
}

export interface GridApi {
  textOf(address: string): string;
  errors: Record<string, string>;
  comments: Record<string, string>;
  handlers: GridHandlers;
  readOnly: boolean;
}

export interface EditorProps {
  table: TableKey;
  template: ReportTemplate;
  derived: DerivedReport;
  inputs: ReportInputs;
  grid: GridApi;
  extraRows: string[];
  subjects: SubjectOption[];
  names: ReadonlyMap<string, string>;
  year: number;
  onAddRow(table: CodedTableKey, code: string): void;
  onRemoveRow(table: CodedTableKey, code: string): void;
}


/** The 项 rows a coded table shows: those with inputs and those added but not yet filled. */
export function codedRowCodes(inputs: ReportInputs, spec: CodedTableSpec, extraRows: readonly string[]): string[] {
  return [...new Set([...Object.keys(inputs[spec.inputGroup]), ...extraRows])].sort();
}

export function DerivedAmount({ cell, testId }: { cell: DerivedCell | undefined; testId?: string }) {
  const unit = useAmountUnit();
  return (
    <td className="bg-slate-50 px-2 text-right tabular-nums text-slate-700" data-derived={testId}>
      {amountText(cell?.fen, unit)}
    </td>
  );
}

export function InputAmount({ grid, address, label, r, c }: { grid: GridApi; address: string; label: string; r: number; c: number }) {
  return (
    <AmountCell
      address={address}
      label={label}
      text={grid.textOf(address)}
      error={grid.errors[address]}
      comment={grid.comments[address]}
      readOnly={grid.readOnly}
      gridRow={r}
      gridCol={c}
      onText={grid.handlers.onText}
      onCommit={grid.handlers.onCommit}
      onKeyDown={grid.handlers.onKeyDown}
      onPaste={grid.handlers.onPaste}
    />
  );
}
