/** The 项 codes a derived report prints, grouped as the glossary orders them. */
import type { DerivedCodedTable, DerivedReport } from "../tables/report";
import type { UsedItemCodes } from "./build";

function items(table: DerivedCodedTable): string[] {
  return table.rows.flatMap((r) => (r.level === "item" && r.code !== null ? [r.code] : []));
}

export function usedItemCodesOf(report: DerivedReport): UsedItemCodes {
  const { t02, t03, t05, t07, t08 } = report.tables;
  return {
    gp: items(t05),
    gf: items(t07),
    soe: items(t08),
    other: [...new Set([...items(t02), ...items(t03)])],
  };
}
