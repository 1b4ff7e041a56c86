"use client";
/** The tab row over the editor: one tab per table, marked when unsaved or failing a rule. */
import { cn } from "@/lib/cn";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";

/** What each table holds, in a word; the tab shows it after the template's own number. */
const TABLE_TABS: Record<TableKey, string> = {
  t01: "收支总表",
  t02: "收入",
  t03: "支出",
  t04: "财政拨款总表",
  t05: "一般公共预算",
  t06: "基本支出明细",
  t07: "政府性基金",
  t08: "国有资本经营",
  t09: "三公经费",
};

/** "公开06表" → "06", "表七" → "七". */
const shortNumber = (number: string) => number.replace(/^公开/, "").replace(/表/g, "");

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
          {shortNumber(template.tables[t].number)} {TABLE_TABS[t]}
          {dirty.has(t) && <span className="ml-1 text-seal" aria-label="未保存">●</span>}
          {failing.has(t) && <span className="ml-1 text-xs text-seal">!</span>}
        </button>
      ))}
    </div>
  );
}
