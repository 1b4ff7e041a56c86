/**
 * The one numeric view every rule reads. A derived report gives exact 分; a transcribed
 * disclosure gives printed hundredths of 万元. The same rule code serves both, with the
 * scale deciding tolerance and units in messages.
 */
import type { DerivedReport } from "../tables/report";
import { FISCAL_FIELDS, FIXED_INPUT_ROWS, ITEM_CODE, type InputCellAddress } from "../tables/inputs";
import { FUNDS, type CodedTableKey, type FixedLineRole, type FixedTableKey, type ReportTemplate, type TableKey } from "../tables/types";

/** `fen`: exact amounts from inputs. `wanHundredths`: figures as printed, 0.01 万元 units. */
export type Scale = "fen" | "wanHundredths";

export type Values = Readonly<Record<string, bigint | null>>;

export interface ViewLine {
  /** Role ("total", "fund:gp") or category code ("201"). */
  readonly key: string;
  readonly line: number | null;
  readonly label: string;
  readonly values: Values;
}

export interface FixedView {
  readonly income: ReadonlyMap<string, ViewLine>;
  readonly expenditure: ReadonlyMap<string, ViewLine>;
}

export interface ViewRow {
  /** null on the 合计 row. */
  readonly code: string | null;
  readonly name: string;
  readonly values: Values;
}

export interface CodedView {
  /** As printed: 合计 first, then 类/款/项 rows. */
  readonly rows: readonly ViewRow[];
}

export interface EconomicView {
  readonly rows: readonly { readonly code: string; readonly name: string; readonly value: bigint | null }[];
  readonly personnelTotal: bigint | null;
  readonly publicTotal: bigint | null;
}

export interface NumericView {
  readonly scale: Scale;
  readonly template: ReportTemplate;
  readonly t01: FixedView;
  readonly t02: CodedView;
  readonly t03: CodedView;
  readonly t04: FixedView;
  readonly t05: CodedView;
  readonly t06: EconomicView;
  readonly t07: CodedView;
  readonly t08: CodedView;
  readonly t09: { readonly values: Values };
}

export function viewFromDerived(template: ReportTemplate, report: DerivedReport): NumericView {
  const { tables } = report;
  const fixed = (key: FixedTableKey): FixedView => {
    const table = tables[key];
    const side = (lines: typeof table.income, columns: typeof table.incomeColumns) =>
      new Map(
        lines
          .filter((l) => l.label !== "")
          .map((l) => [
            l.key,
            { key: l.key, line: l.line, label: l.label, values: valuesOf(columns.map((c) => c.key), l.cells) },
          ]),
      );
    return { income: side(table.income, table.incomeColumns), expenditure: side(table.expenditure, table.expenditureColumns) };
  };
  const coded = (key: CodedTableKey): CodedView => {
    const table = tables[key];
    const keys = table.columns.map((c) => c.key);
    return { rows: table.rows.map((r) => ({ code: r.code, name: r.name, values: valuesOf(keys, r.cells) })) };
  };
  const t06 = tables.t06;
  return {
    scale: "fen",
    template,
    t01: fixed("t01"),
    t02: coded("t02"),
    t03: coded("t03"),
    t04: fixed("t04"),
    t05: coded("t05"),
    t06: {
      rows: t06.blocks.flatMap((b) => b.rows.map((r) => ({ code: r.code, name: r.name, value: r.cell.fen }))),
      personnelTotal: t06.personnelTotal.cell.fen,
      publicTotal: t06.publicTotal.cell.fen,
    },
    t07: coded("t07"),
    t08: coded("t08"),
    t09: { values: valuesOf(tables.t09.columns.map((c) => c.key), tables.t09.cells) },
  };
}

function valuesOf(keys: readonly string[], cells: readonly { fen: bigint | null }[]): Values {
  const values: Record<string, bigint | null> = {};
  keys.forEach((k, i) => (values[k] = cells[i]?.fen ?? null));
  return values;
}

/** Printed lines of 公开01/04 that are input cells, by line role. */
const FIXED_ROLE_INPUTS: Readonly<Record<FixedTableKey, Partial<Record<FixedLineRole, string>>>> = {
  t01: { nonFiscalBalanceUsed: "nonFiscalBalanceUsed", surplusDistribution: "surplusDistribution" },
  t04: Object.fromEntries(
    FUNDS.flatMap((f) => [
      [`fund:${f}`, FISCAL_FIELDS[f].income],
      [`openingBalance:${f}`, FISCAL_FIELDS[f].opening],
    ]),
  ),
};

/**
 * The input cell behind a printed cell, when there is one: what a rule message links to so
 * the editor can jump there. Works for published figures too, since it reads only the template.
 */
export function inputAddressOf(
  template: ReportTemplate,
  table: TableKey,
  row: string,
  column: string,
): InputCellAddress | undefined {
  const spec = template.tables[table];
  switch (spec.kind) {
    case "coded": {
      const col = spec.columns.find((c) => c.key === column);
      return ITEM_CODE.test(row) && col?.source.kind === "input" ? { table, row, column } : undefined;
    }
    case "fixed": {
      const roles = FIXED_ROLE_INPUTS[spec.key];
      const inputRow = Object.hasOwn(roles, row) ? roles[row as FixedLineRole] : undefined;
      return inputRow && Object.hasOwn(FIXED_INPUT_ROWS[spec.key], inputRow) ? { table, row: inputRow, column: "amount" } : undefined;
    }
    case "economic":
      return /^\d{5}$/.test(row) ? { table, row, column: "amount" } : undefined;
    case "single": {
      const col = spec.columns.find((c) => c.key === column);
      if (col?.source.kind !== "input") return undefined;
      const [group, field] = col.source.field.split(".");
      return { table, row: group, column: field };
    }
  }
}
