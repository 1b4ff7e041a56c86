/**
 * What the checks of a published document read: the tables as printed (the same numeric view the
 * table rules read) and the document's facts, with small accessors that say whether a cell was
 * printed at all, so a check of a missing table is skipped rather than failed.
 */
import type { JsonValue } from "../../fixture/json";
import type { FixedTableKey, CodedTableKey, ReportTemplate, TableKey } from "../../tables/types";
import type { NumericView } from "../view";
import { Facts } from "./read";

export interface PublishedDocument {
  readonly unit: string;
  readonly year: number;
  readonly level: "unit" | "department";
  readonly template: ReportTemplate;
  readonly view: NumericView;
  /** The whole document as read. */
  readonly document: { readonly [key: string]: JsonValue };
  readonly missingTables: readonly TableKey[];
}

/** A printed cell's value (a blank is 0) and whether it counts as a term for the tolerance. */
export interface Cell {
  readonly value: bigint;
  readonly terms: number;
  /** "公开01表「本年收入合计」". */
  readonly source: string;
}

export const narrativeFacts = (doc: PublishedDocument): Facts => Facts.of(doc.document.narrative, "narrative");

/** The code of a coded table's 合计 row in cell lookups. */
export const TOTAL_ROW = "合计";

const printed = (doc: PublishedDocument, table: TableKey) => !doc.missingTables.includes(table);

const cell = (value: bigint | null | undefined, source: string): Cell => ({ value: value ?? 0n, terms: value === null || value === undefined ? 0 : 1, source });

export function lineCell(doc: PublishedDocument, table: FixedTableKey, side: "income" | "expenditure", key: string, column = "amount"): Cell | undefined {
  if (!printed(doc, table)) return undefined;
  const line = doc.view[table][side].get(key);
  if (!line) return undefined;
  const spec = doc.template.tables[table];
  const columns = side === "income" ? [spec.incomeColumn] : spec.expenditureColumns;
  const columnText = columns.length > 1 ? `第${columns.find((c) => c.key === column)?.number ?? "?"}栏` : "";
  return cell(line.values[column], `${spec.number}「${line.label}」${columnText}`);
}

export function codedCell(doc: PublishedDocument, table: CodedTableKey, code: string, column: string): Cell | undefined {
  if (!printed(doc, table)) return undefined;
  const spec = doc.template.tables[table];
  const row = doc.view[table].rows.find((r) => (r.code ?? TOTAL_ROW) === code);
  const title = spec.columns.find((c) => c.key === column)?.title ?? column;
  const rowText = code === TOTAL_ROW ? "合计行" : `「${code} ${row?.name ?? ""}」`;
  // A row the table does not print holds nothing.
  return cell(row ? row.values[column] : null, `${spec.number}${rowText}「${title}」`);
}

export function codedName(doc: PublishedDocument, table: CodedTableKey, code: string): string | undefined {
  return doc.view[table].rows.find((r) => r.code === code)?.name;
}

/** Whether a coded table prints any non-zero amount. */
export function codedHasData(doc: PublishedDocument, table: CodedTableKey): boolean {
  return doc.view[table].rows.some((r) => Object.values(r.values).some((v) => v !== null && v !== 0n));
}

export function threePublicCell(doc: PublishedDocument, column: string): Cell | undefined {
  if (!printed(doc, "t09")) return undefined;
  const spec = doc.template.tables.t09;
  const title = spec.columns.find((c) => c.key === column)?.title ?? column;
  return cell(doc.view.t09.values[column], `${spec.number}「${title}」`);
}

export function economicTotal(doc: PublishedDocument, which: "personnelTotal" | "publicTotal"): Cell | undefined {
  if (!printed(doc, "t06")) return undefined;
  const spec = doc.template.tables.t06;
  return cell(doc.view.t06[which], `${spec.number}「${which === "personnelTotal" ? spec.personnelTotalLabel : spec.publicTotalLabel}」`);
}

/** Sum of cells; undefined when any is unavailable. */
export function sumCells(cells: readonly (Cell | undefined)[], source: string): Cell | undefined {
  if (cells.some((c) => c === undefined)) return undefined;
  const present = cells as Cell[];
  return { value: present.reduce((s, c) => s + c.value, 0n), terms: present.reduce((s, c) => s + c.terms, 0), source };
}

/** Names compared as printed, ignoring spaces and the width of brackets. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/“|”|"/g, "");
  return norm(a) === norm(b);
}
