"use client";
import { useState, useTransition, type MouseEvent, type ReactNode } from "react";
import { cellSources } from "@/lib/actions/departments";
import type { CellSources } from "@/lib/data/department";

/**
 * The consolidated tables, drawn on the server with a button in every amount cell
 * (`data-drill="t03|合计:total"`); a click anywhere in them asks for that cell's sources and shows
 * the member units' figures beside the tables. One handler for every cell, so the tables travel
 * to the browser as HTML only.
 */
export function DrillRegion({ reportId, children }: { reportId: string; children: ReactNode }) {
  const [open, setOpen] = useState<{ key: string; data: CellSources | null; error: string | null } | null>(null);
  const [pending, start] = useTransition();
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-drill]");
    if (!button) return;
    const key = button.dataset.drill!;
    const [table, cell] = key.split("|");
    start(async () => {
      setOpen({ key, data: null, error: null });
      const res = await cellSources({ reportId, table, cell });
      setOpen({ key, data: res.ok ? res.data : null, error: res.ok ? null : res.message });
    });
  };
  return (
    <div className="mt-4 lg:grid lg:grid-cols-[1fr_22rem] lg:gap-6">
      <div className="drill-region min-w-0" onClick={onClick} data-open={open?.key}>
        {children}
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
