/**
 * 公开09 “三公”经费支出决算表: one printed row of budget and actual amounts, with the
 * template's 合计/小计 formulas.
 */
import type { Fen } from "../money";
import { evaluateRow, planColumns } from "./columns";
import type { ReportInputs } from "./report-inputs";
import type { DerivedCell, DerivedSingleRowTable } from "./report";
import { renderColumns, tableMeta } from "./table-meta";
import type { ReportTemplate } from "./types";

type AmountRecord = Readonly<Record<string, Fen | undefined>>;

export function deriveThreePublic(template: ReportTemplate, inputs: ReportInputs): DerivedSingleRowTable {
  const spec = template.tables.t09;
  const plan = planColumns(spec.columns);
  const place = (field: string) => {
    const [row, column] = field.split(".");
    return { row: row === "actual" ? ("actual" as const) : ("budget" as const), column };
  };
  const values = evaluateRow(plan, (c) => {
    if (c.source.kind !== "input") return null;
    const { row, column } = place(c.source.field);
    return (inputs.threePublic[row] as AmountRecord)[column];
  });
  const cells = values.map((fen, i): DerivedCell => {
    const source = spec.columns[i].source;
    return source.kind === "input"
      ? { fen, kind: "input", address: { table: "t09", ...place(source.field) } }
      : { fen, kind: "derived" };
  });
  const isEmpty = !values.some((v) => v !== null && v !== 0n);
  return { kind: "single", key: "t09", meta: tableMeta(spec, isEmpty), columns: renderColumns(spec.columns), cells, isEmpty, layout: spec.layout ?? "sideBySide" };
}
