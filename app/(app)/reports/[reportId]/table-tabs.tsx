"use client";
/** The tab row over the editor: one tab per table, marked when unsaved or failing a rule. */
import { cn } from "@/lib/cn";
import { tableTabLabel } from "@/lib/tables/tab-labels";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";

interface TableTabsProps {
  template: ReportTemplate;
  active: TableKey;
  dirty: ReadonlySet<TableKey>;
  /** Tables with a failing error rule. */
  failing: ReadonlySet<TableKey>;
  onSelect(table: TableKey): void;
}

export function TableTabs({ template, active, dirty, failing, onSelect }: TableTabsProps) {
  return (
    <div role="tablist" aria-label="决算表" className="mb-3 flex flex-wrap gap-1">
      {template.tableOrder.map((t) => (
        <button
          key={t}
          role="tab"
          aria-selected={active === t}
          onClick={() => onSelect(t)}
          className={cn(
            "rounded-t-md border border-b-0 px-3 py-1.5 text-sm",
            active === t ? "border-slate-300 bg-white font-medium text-brand-800" : "border-transparent text-slate-600 hover:bg-white/60",
          )}
        >
          {tableTabLabel(template, t)}
          {dirty.has(t) && <span className="ml-1 text-seal" aria-label="未保存">●</span>}
          {failing.has(t) && <span className="ml-1 text-xs text-seal">!</span>}
        </button>
      ))}
    </div>
  );
}
