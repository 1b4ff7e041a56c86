import { FIXED_INPUT_ROWS, type InputCellAddress } from "@/lib/tables/inputs";
import type { ReportTemplate } from "@/lib/tables/types";

/** "公开03表 2010301 行政运行 · 基本支出" — how a person finds an input cell. */
export function describeCell(template: ReportTemplate, names: ReadonlyMap<string, string>, a: InputCellAddress): string {
  const spec = template.tables[a.table];
  switch (spec.kind) {
    case "coded": {
      const column = spec.columns.find((c) => c.key === a.column)?.title ?? a.column;
      return `${spec.number} ${a.row} ${names.get(a.row) ?? ""} · ${column}`;
    }
    case "fixed":
      return `${spec.number} ${(FIXED_INPUT_ROWS[spec.key] as Record<string, string>)[a.row] ?? a.row}`;
    case "economic": {
      const item = spec.classes.flatMap((c) => c.items).find((i) => i.code === a.row);
      return `${spec.number} ${a.row} ${item?.name ?? ""}`;
    }
    case "single": {
      const column = spec.columns.find((c) => c.key === `${a.row}.${a.column}`)?.title ?? `${a.row}.${a.column}`;
      return `${spec.number} ${column}`;
    }
  }
}
