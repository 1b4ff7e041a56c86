"use client";
/** The editor of 公开09: the budget row and the actual row of the 三公 amounts. */
import { headerRows } from "@/lib/disclosure/header-rows";
import { formatCellAddress } from "@/lib/tables/inputs";
import { DerivedAmount, InputAmount, type EditorProps } from "./table-editor-cells";

export function ThreePublicEditor(props: EditorProps) {
  const { grid, derived, template } = props;
  const spec = template.tables.t09;
  const t09 = derived.tables.t09;
  const groups = [
    { row: "budget", label: "预算数（全年）" },
    { row: "actual", label: "决算数" },
  ] as const;
  const sample = spec.columns.filter((c) => c.key.startsWith("budget."));
  const headers = headerRows(sample.map((c) => ({ header: c.header.slice(1) })));
  return (
    <table className="disclosure-table w-max min-w-full" data-testid="editor-t09">
      <thead>
        {headers.map((row, i) => (
          <tr key={i}>
            {i === 0 && <th rowSpan={headers.length} />}
            {row.map((h) => <th key={h.key} colSpan={h.colSpan} rowSpan={h.rowSpan}>{h.label}</th>)}
          </tr>
        ))}
      </thead>
      <tbody>
        {groups.map((g, r) => {
          let c = -1;
          return (
            <tr key={g.row} data-row-key={g.row}>
              <th className="text-left">{g.label}</th>
              {spec.columns.map((col, i) => {
                if (!col.key.startsWith(`${g.row}.`)) return null;
                if (col.source.kind !== "input") return <DerivedAmount key={col.key} cell={t09.cells[i]} testId={`t09:${col.key}`} />;
                c++;
                const field = col.key.slice(g.row.length + 1);
                return <InputAmount key={col.key} grid={grid} address={formatCellAddress({ table: "t09", row: g.row, column: field })} label={`${g.label} ${col.title}`} r={r} c={c} />;
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
