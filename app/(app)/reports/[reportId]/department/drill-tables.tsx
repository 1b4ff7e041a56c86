"use client";
import { useState, useTransition } from "react";
import { DisclosureTable } from "@/components/disclosure/disclosure-table";
import { cellSources } from "@/lib/actions/departments";
import type { CellSources } from "@/lib/data/department";
import type { GridCell, TableGrid } from "@/lib/disclosure/table-grid";

/** The consolidated tables; each amount is a button that shows the member units' figures behind it. */
export function DrillTables({ reportId, grids }: { reportId: string; grids: TableGrid[] }) {
  const [open, setOpen] = useState<{ cell: string; table: string; data: CellSources | null; error: string | null } | null>(null);
  const [pending, start] = useTransition();
  const show = (cell: GridCell, table: string) =>
    start(async () => {
      setOpen({ cell: cell.id!, table, data: null, error: null });
      const res = await cellSources({ reportId, table, cell: cell.id });
      setOpen({ cell: cell.id!, table, data: res.ok ? res.data : null, error: res.ok ? null : res.message });
    });
  return (
    <div className="mt-4 lg:grid lg:grid-cols-[1fr_22rem] lg:gap-6">
      <div className="min-w-0">
        {grids.map((grid) => (
          <DisclosureTable
            key={grid.key}
            grid={grid}
            renderAmount={(cell, table) => (
              <button
                type="button"
                className="block min-h-5 w-full text-right hover:bg-brand-50 focus:bg-brand-50"
                aria-label={`${cell.text || "空"}：查看来源`}
                aria-pressed={open?.cell === cell.id && open?.table === table}
                onClick={() => show(cell, table)}
              >
                {cell.text || "\u00a0"}
              </button>
            )}
          />
        ))}
      </div>
      <aside aria-live="polite" className="lg:sticky lg:top-4 lg:self-start" data-testid="cell-sources">
        {!open && <p className="text-sm text-slate-500">点击左侧表格中的金额查看来源。</p>}
        {open && pending && !open.data && <p className="text-sm text-slate-500">正在读取…</p>}
        {open?.error && <p role="alert" className="text-sm text-seal">{open.error}</p>}
        {open?.data && (
          <div className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium">{open.data.label}（元）</p>
            <table className="mt-2 w-full">
              <tbody>
                {open.data.sources.map((s) => (
                  <tr key={s.unitId} className="border-t border-slate-100"><td className="py-1 pr-2">{s.name}</td><td className="num py-1 text-right">{s.amount ?? "—"}</td></tr>
                ))}
                <tr className="border-t border-slate-300"><td className="py-1">成员单位合计</td><td className="num py-1 text-right" data-testid="sources-sum">{open.data.sum}</td></tr>
                <tr><td className="py-1">减：内部往来抵消</td><td className="num py-1 text-right" data-testid="sources-offset">{open.data.offset}</td></tr>
                <tr className="border-t border-slate-300 font-medium"><td className="py-1">部门决算数</td><td className="num py-1 text-right" data-testid="sources-consolidated">{open.data.consolidated ?? "—"}</td></tr>
              </tbody>
            </table>
          </div>
        )}
      </aside>
    </div>
  );
}
