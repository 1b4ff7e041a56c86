/**
 * 公开06 一般公共预算财政拨款基本支出决算表: the economic-classification amounts staff enter,
 * their class sums, and the 人员经费 / 公用经费 footer totals.
 */
import type { IssueSink } from "./derive-context";
import type { ReportInputs } from "./report-inputs";
import type { DerivedEconomicRow, DerivedEconomicTable } from "./report";
import { tableMeta } from "./table-meta";
import type { ReportTemplate } from "./types";

export function deriveEconomic(template: ReportTemplate, inputs: ReportInputs, issue: IssueSink): DerivedEconomicTable {
  const spec = template.tables.t06;
  const amounts = inputs.basicByEconomic;
  const known = new Set(spec.classes.flatMap((c) => c.items.map((i) => i.code)));
  for (const code of Object.keys(amounts)) {
    if (!known.has(code)) issue("t06", code, `经济分类科目「${code}」不在${spec.number}的科目列表中，未计入合计`);
  }

  let personnel = 0n;
  let publicTotal = 0n;
  let anyValue = false;
  const rowsByClass = new Map<string, DerivedEconomicRow[]>();
  for (const cls of spec.classes) {
    let classTotal = 0n;
    const itemRows = cls.items.map((item): DerivedEconomicRow => {
      const fen = amounts[item.code] ?? null;
      if (fen !== null) {
        classTotal += fen;
        anyValue ||= fen !== 0n;
      }
      const address = { table: "t06", row: item.code, column: "amount" } as const;
      return { code: item.code, name: item.name, level: "item", cell: { fen, kind: "input", address } };
    });
    if (cls.group === "personnel") personnel += classTotal;
    else publicTotal += classTotal;
    rowsByClass.set(cls.code, [
      { code: cls.code, name: cls.name, level: "class", cell: { fen: classTotal, kind: "derived" } },
      ...itemRows,
    ]);
  }
  return {
    kind: "economic",
    key: "t06",
    meta: tableMeta(spec, !anyValue),
    blocks: spec.blocks.map((b) => ({ heading: b.heading, rows: b.classes.flatMap((code) => rowsByClass.get(code) ?? []) })),
    personnelTotal: { label: spec.personnelTotalLabel, cell: { fen: personnel, kind: "derived" } },
    publicTotal: { label: spec.publicTotalLabel, cell: { fen: publicTotal, kind: "derived" } },
    isEmpty: !anyValue,
  };
}
