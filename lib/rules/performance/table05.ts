import type { DerivedCodedTable } from "../../tables/report";

/** 公开05 项目支出合计, in 分: the money the 绩效 self-evaluations must cover. */
export function table05ProjectFen(t05: DerivedCodedTable): bigint {
  const column = t05.columns.findIndex((c) => c.key === "project");
  return (column >= 0 ? t05.rows.find((r) => r.key === "合计")?.cells[column]?.fen : null) ?? 0n;
}
