/**
 * What every derived table prints around its rows: number, title, note, and the render form
 * of its columns. Shared by every table family in derive-*.ts.
 */
import type { RenderColumn, TableMeta } from "./report";
import type { ColumnSpec, TableKey, TableText } from "./types";

export function tableMeta(spec: TableText & { key: TableKey }, isEmpty: boolean): TableMeta {
  return {
    key: spec.key,
    number: spec.number,
    title: spec.title,
    note: isEmpty && spec.emptyNote ? spec.emptyNote : spec.note,
    amountUnit: "万元",
  };
}

const renderedColumns = new WeakMap<readonly ColumnSpec[], RenderColumn[]>();

/** Cached per template column list: rendering on every keystroke allocates nothing here. */
export function renderColumns(columns: readonly ColumnSpec[]): RenderColumn[] {
  let out = renderedColumns.get(columns);
  if (!out) {
    out = columns.map((c) => ({
      key: c.key,
      number: c.number,
      header: c.header,
      title: c.title,
      kind: c.source.kind === "input" ? "input" : "derived",
    }));
    renderedColumns.set(columns, out);
  }
  return out;
}
