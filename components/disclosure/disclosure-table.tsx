import { Fragment, type ReactNode } from "react";
import type {
  DerivedCell,
  DerivedCodedTable,
  DerivedEconomicTable,
  DerivedFixedTable,
  DerivedSingleRowTable,
  DerivedTable,
  RenderColumn,
  TableMeta,
} from "@/lib/tables/report";
import { displayCell } from "@/lib/tables/display";
import { headerRows } from "./header-rows";

/** One disclosure table in the official printed layout, read-only. */
export function DisclosureTable({ table, unitName }: { table: DerivedTable; unitName: string }) {
  return (
    <section className="mb-10 break-inside-avoid" data-testid={`table-${table.key}`} aria-labelledby={`title-${table.key}`}>
      <TableHead meta={table.meta} unitName={unitName} />
      <div className="overflow-x-auto">
        {table.kind === "coded" && <CodedTable table={table} />}
        {table.kind === "fixed" && <FixedTable table={table} />}
        {table.kind === "economic" && <EconomicTable table={table} />}
        {table.kind === "single" && <SingleRowTable table={table} />}
      </div>
      <p className="mt-2 text-xs text-slate-600" data-testid={`note-${table.key}`}>{table.meta.note}</p>
    </section>
  );
}

function TableHead({ meta, unitName }: { meta: TableMeta; unitName: string }) {
  return (
    <>
      <h3 id={`title-${meta.key}`} className="text-center font-serif text-lg font-semibold">{meta.title}</h3>
      <div className="mt-2 mb-1 flex justify-between text-xs text-slate-700">
        <span>单位：{unitName}</span>
        <span>{meta.number}</span>
        <span>金额单位：{meta.amountUnit}</span>
      </div>
    </>
  );
}

function Num({ cell, label }: { cell: DerivedCell; label: string }) {
  return (
    <td className="num" data-cell={label}>
      {displayCell(cell)}
    </td>
  );
}

/** `lead[i]` is prepended to header row i (the 项目 / 科目编码 cells of coded tables). */
function ColumnHeaders({ columns, lead = [], minDepth = 1 }: { columns: readonly RenderColumn[]; lead?: ReactNode[]; minDepth?: number }) {
  const rows = headerRows(columns, minDepth);
  return (
    <>
      {rows.map((row, i) => (
        <tr key={i}>
          {lead[i]}
          {row.map((c) => (
            <th key={c.key} colSpan={c.colSpan} rowSpan={c.rowSpan}>{c.label}</th>
          ))}
        </tr>
      ))}
    </>
  );
}

function CodedTable({ table }: { table: DerivedCodedTable }) {
  const depth = headerRows(table.columns, 2).length;
  const lead = [
    <th key="p" colSpan={2}>项目</th>,
    <Fragment key="c">
      <th rowSpan={depth - 1}>科目编码</th>
      <th rowSpan={depth - 1}>科目名称</th>
    </Fragment>,
  ];
  return (
    <table className="disclosure-table">
      <thead>
        <ColumnHeaders columns={table.columns} lead={lead} minDepth={2} />
        <tr>
          <th colSpan={2}>栏次</th>
          {table.columns.map((c) => <th key={c.key}>{c.number}</th>)}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key} data-row={row.key} className={row.level === "total" || row.level === "class" ? "font-medium" : undefined}>
            {row.level === "total" ? (
              <td colSpan={2} className="text-center">合计</td>
            ) : (
              <>
                <td className="font-mono text-xs">{row.code}</td>
                <td>{row.name}</td>
              </>
            )}
            {row.cells.map((cell, i) => <Num key={i} cell={cell} label={`${row.key}:${table.columns[i].key}`} />)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FixedTable({ table }: { table: DerivedFixedTable }) {
  const n = Math.max(table.income.length, table.expenditure.length);
  const inCols = table.incomeColumns;
  const exCols = table.expenditureColumns;
  return (
    <table className="disclosure-table">
      <thead>
        <tr>
          <th colSpan={2 + inCols.length}>{table.incomeHeading}</th>
          <th colSpan={2 + exCols.length}>{table.expenditureHeading}</th>
        </tr>
        <tr>
          <th>项目</th>
          <th>行次</th>
          {inCols.map((c) => <th key={c.key}>{c.header.join("")}</th>)}
          <th>项目</th>
          <th>行次</th>
          {exCols.map((c) => <th key={c.key}>{c.header.join("")}</th>)}
        </tr>
        <tr>
          <th>栏次</th>
          <th />
          {inCols.map((c) => <th key={c.key}>{c.number}</th>)}
          <th>栏次</th>
          <th />
          {exCols.map((c) => <th key={c.key}>{c.number}</th>)}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: n }, (_, i) => {
          const a = table.income[i];
          const b = table.expenditure[i];
          return (
            <tr key={i}>
              <td data-row={a?.key}>{a?.printedLabel}</td>
              <td className="text-center">{a?.line}</td>
              {inCols.map((c, j) => (a ? <Num key={c.key} cell={a.cells[j]} label={`in:${a.key}:${c.key}`} /> : <td key={c.key} />))}
              <td data-row={b?.key}>{b?.printedLabel}</td>
              <td className="text-center">{b?.line}</td>
              {exCols.map((c, j) => (b ? <Num key={c.key} cell={b.cells[j]} label={`ex:${b.key}:${c.key}`} /> : <td key={c.key} />))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function EconomicTable({ table }: { table: DerivedEconomicTable }) {
  const n = Math.max(...table.blocks.map((b) => b.rows.length));
  // Adjacent blocks with the same heading (公用经费 spans two blocks) share one header cell.
  const headings: { label: string; span: number }[] = [];
  for (const b of table.blocks) {
    const last = headings.at(-1);
    if (last && last.label === b.heading) last.span++;
    else headings.push({ label: b.heading, span: 1 });
  }
  return (
    <table className="disclosure-table">
      <thead>
        <tr>{headings.map((h, i) => <th key={i} colSpan={h.span * 3}>{h.label}</th>)}</tr>
        <tr>
          {table.blocks.map((b, i) => (
            <Fragment key={i}>
              <th>科目编码</th>
              <th>科目名称</th>
              <th>金额</th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: n }, (_, i) => (
          <tr key={i}>
            {table.blocks.map((b, j) => {
              const r = b.rows[i];
              return r ? (
                <Fragment key={j}>
                  <td className={`font-mono text-xs ${r.level === "class" ? "font-semibold" : ""}`}>{r.code}</td>
                  <td className={r.level === "class" ? "font-medium" : undefined}>{r.name}</td>
                  <Num cell={r.cell} label={r.code} />
                </Fragment>
              ) : (
                <Fragment key={j}>
                  <td />
                  <td />
                  <td />
                </Fragment>
              );
            })}
          </tr>
        ))}
        <tr className="font-medium">
          <td colSpan={2} className="text-center">{table.personnelTotal.label}</td>
          <Num cell={table.personnelTotal.cell} label="personnelTotal" />
          <td colSpan={table.blocks.length * 3 - 4} className="text-center">{table.publicTotal.label}</td>
          <Num cell={table.publicTotal.cell} label="publicTotal" />
        </tr>
      </tbody>
    </table>
  );
}

function SingleRowTable({ table }: { table: DerivedSingleRowTable }) {
  return (
    <table className="disclosure-table">
      <thead>
        <ColumnHeaders columns={table.columns} />
        <tr>{table.columns.map((c) => <th key={c.key}>{c.number}</th>)}</tr>
      </thead>
      <tbody>
        <tr>{table.cells.map((cell, i) => <Num key={i} cell={cell} label={table.columns[i].key} />)}</tr>
      </tbody>
    </table>
  );
}
