/**
 * Checks that follow from what kind of unit reports (Unit.kind, set by the admin): a 行政单位
 * carries on no business activity, so it has no 经营收入 (公开02) and no 经营支出 (公开03). An
 * amount there is almost always a row pasted into the wrong columns. Reports whose kind is not
 * known (a published document read by `npm run check`) are not judged by it.
 */
import { formatYuan, type Fen } from "../money";
import type { SubjectNames } from "../tables/derive-context";
import type { ReportInputs } from "../tables/report-inputs";
import type { CheckDefinition, CheckMessage } from "./messages";

export type UnitKind = "ADMINISTRATIVE" | "INSTITUTION" | "CIVIL_SERVANT_INSTITUTION";

export const UNIT_KIND_CHECKS: readonly CheckDefinition[] = [
  { id: "K", severity: "error", part: "tables", title: "行政单位没有经营收入和经营支出（公开02、03表经营栏为空）" },
];

const PLACES = [
  { table: "t02", group: "income", column: "operating", label: "第5栏「经营收入」", what: "经营收入" },
  { table: "t03", group: "expenditure", column: "operating", label: "第5栏「经营支出」", what: "经营支出" },
] as const;

export function checkUnitKind(kind: UnitKind | null | undefined, inputs: ReportInputs, names: SubjectNames): CheckMessage[] {
  if (kind !== "ADMINISTRATIVE") return [];
  const out: CheckMessage[] = [];
  for (const place of PLACES) {
    const rows = inputs[place.group] as Readonly<Record<string, { operating?: Fen }>>;
    for (const [code, row] of Object.entries(rows)) {
      const fen = row.operating;
      if (!fen) continue;
      const name = names.get(code) ?? "";
      out.push({
        key: `K|${place.table}|${code}`,
        ruleId: "K",
        severity: "error",
        part: "tables",
        table: place.table,
        message: `${place.table === "t02" ? "公开02表" : "公开03表"} ${code}「${name}」${place.label}为 ${formatYuan(fen)} 元：行政单位没有${place.what}，应为空。多半是整行粘贴错了列，请核对该行各栏。`,
        cell: `${place.table}:${code}:${place.column}`,
        rowKey: code,
        field: null,
      });
    }
  }
  return out;
}
