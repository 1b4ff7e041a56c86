import type { ReactNode } from "react";
import type { GridCell, TableGrid } from "@/lib/disclosure/table-grid";
import { cn } from "@/lib/cn";

/** Draws an amount cell's content instead of its text (a 部门决算's drill-down button). */
export type AmountRenderer = (cell: GridCell, table: string) => ReactNode;

/** One disclosure table in the official printed layout, read-only, drawn from its grid (lib/disclosure/table-grid.ts). */
export function DisclosureTable({ grid, renderAmount }: { grid: TableGrid; renderAmount?: AmountRenderer }) {
  return (
    <section
      id={grid.key}
      className={cn("mb-10 disclosure-table-section", grid.landscape && "landscape")}
      data-testid={`table-${grid.key}`}
      aria-labelledby={`title-${grid.key}`}
    >
      <h3 id={`title-${grid.key}`} className="text-center font-serif text-lg font-semibold">{grid.title}</h3>
      <div className="mt-2 mb-1 flex flex-wrap justify-between gap-x-4 text-xs text-slate-700">
        <span>单位：{grid.unitName}</span>
        <span>{grid.number}</span>
        <span>金额单位：{grid.amountUnit}</span>
      </div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${grid.title}（可横向滚动）`}>
        <table className="disclosure-table">
          <caption className="sr-only">{`${grid.number} ${grid.title}（金额单位：${grid.amountUnit}）`}</caption>
          <thead>
            {grid.header.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <Cell key={j} cell={cell} />)}</tr>
            ))}
          </thead>
          <tbody>
            {grid.body.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <Cell key={j} cell={cell} render={renderAmount && cell.amount ? () => renderAmount(cell, grid.key) : undefined} />)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600" data-testid={`note-${grid.key}`}>{grid.note}</p>
    </section>
  );
}

function Cell({ cell, render }: { cell: GridCell; render?: () => ReactNode }) {
  const className = cn(cell.amount && "num", cell.align === "center" && "text-center", cell.bold && "font-medium", cell.code && "font-mono text-xs");
  const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
  if (cell.header === "col") return <th scope={(cell.colSpan ?? 1) > 1 ? "colgroup" : "col"} {...span} className={className || undefined}>{cell.text}</th>;
  if (cell.header === "row") return <th scope="row" {...span} className={className || undefined}>{cell.text}</th>;
  return <td {...span} className={className || undefined} data-cell={cell.id}>{render ? render() : cell.text}</td>;
}
