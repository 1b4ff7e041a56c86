/** The short names tables go by in tab rows: the template's own number, then what the table holds. */
import type { ReportTemplate, TableKey } from "./types";

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

/** "公开06表" → "06 基本支出明细", "表七" → "七 三公经费". */
export function tableTabLabel(template: ReportTemplate, table: TableKey): string {
  return `${template.tables[table].number.replace(/^公开/, "").replace(/表/g, "")} ${TABLE_TABS[table]}`;
}
