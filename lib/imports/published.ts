/**
 * A published disclosure as a report's data, for units moving from another system: its printed
 * input cells (万元, two decimals) become the report's inputs (元), everything else is derived
 * again, and each derived cell is compared with the one the document prints. The differences
 * are listed for the user before anything is saved (lib/operations/reports/import-published.ts).
 *
 * The printed leaves are rounded, so their 元 amounts are chosen within half a printed unit such
 * that every printed subtotal is reproduced (lib/imports/fit-printed.ts); what still differs after
 * that is a real inconsistency of the document, and is listed.
 */
import type { LoadedFixture } from "../fixture/load";
import { fitTree, type SumNode } from "./fit-printed";
import { fenToWanHundredths, formatScaled, FEN_PER_WAN, type Fen } from "../money";
import { viewFromDerived, type CodedView, type FixedView, type NumericView, type Values } from "../rules/view";
import { deriveReport } from "../tables/derive";
import { emptyInputs, FISCAL_FIELDS, ITEM_CODE, type ReportInputs } from "../tables/inputs";
import { CODED_TABLE_KEYS, FUNDS, type CodedTableKey, type FixedTableKey, type TableKey } from "../tables/types";

/** 1 printed hundredth of 万元 = 100 元 = 10,000 分. */
const FEN_PER_HUNDREDTH = FEN_PER_WAN / 100n;

export interface ImportDifference {
  readonly table: TableKey;
  /** "公开03表 2010301「行政运行」「本年支出合计」". */
  readonly where: string;
  readonly printed: string;
  readonly derived: string;
  readonly difference: string;
}

export interface PublishedImportPlan {
  readonly inputs: ReportInputs;
  /** Function 项 codes the inputs use, for the catalog check. */
  readonly codes: readonly string[];
  /** Economic 款 codes of 公开06 with money. */
  readonly economicCodes: readonly string[];
  /** How many input cells each table receives. */
  readonly cellsPerTable: Readonly<Record<TableKey, number>>;
  readonly differences: readonly ImportDifference[];
  /** The names the document prints, by code (used where the catalog lacks one). */
  readonly names: ReadonlyMap<string, string>;
}

const CODED_FIELDS: Readonly<Record<CodedTableKey, "income" | "expenditure" | "gp" | "gf" | "soe">> = {
  t02: "income",
  t03: "expenditure",
  t05: "gp",
  t07: "gf",
  t08: "soe",
};

const toFen = (hundredths: bigint | null | undefined): Fen | undefined =>
  hundredths === null || hundredths === undefined ? undefined : hundredths * FEN_PER_HUNDREDTH;

/** Input fields of a coded table's columns, by column key (the input columns only). */
function inputColumns(loaded: LoadedFixture, table: CodedTableKey): string[] {
  return loaded.template.tables[table].columns.flatMap((c) => (c.source.kind === "input" ? [c.source.field] : []));
}

/** The inputs a published document states: the printed cells that are inputs in the template. */
export function inputsFromPublished(loaded: LoadedFixture): ReportInputs {
  const { view, template } = loaded;
  const inputs = emptyInputs();
  for (const table of CODED_TABLE_KEYS) {
    const group = inputs[CODED_FIELDS[table]] as Record<string, Record<string, Fen>>;
    for (const row of view[table].rows) {
      if (!row.code || !ITEM_CODE.test(row.code)) continue;
      const record: Record<string, Fen> = {};
      for (const field of inputColumns(loaded, table)) {
        const fen = toFen(row.values[field]);
        if (fen !== undefined) record[field] = fen;
      }
      if (Object.keys(record).length > 0) group[row.code] = { ...group[row.code], ...record };
    }
  }
  const t04 = view.t04.income;
  for (const fund of FUNDS) {
    const income = toFen(t04.get(`fund:${fund}`)?.values.amount);
    const opening = toFen(t04.get(`openingBalance:${fund}`)?.values.amount);
    if (income !== undefined) inputs.fiscal[FISCAL_FIELDS[fund].income] = income;
    if (opening !== undefined) inputs.fiscal[FISCAL_FIELDS[fund].opening] = opening;
  }
  const t01 = view.t01.income;
  const used = toFen(t01.get("nonFiscalBalanceUsed")?.values.amount);
  if (used !== undefined) inputs.balances.nonFiscalBalanceUsed = used;
  const surplus = toFen(view.t01.expenditure.get("surplusDistribution")?.values.amount);
  if (surplus !== undefined) inputs.balances.surplusDistribution = surplus;
  // 公开01 line 29 is 公开04's fiscal opening balance plus the non-fiscal part, which is the input.
  const opening = t01.get("openingBalance")?.values.amount ?? null;
  if (opening !== null) {
    const fiscalOpening = t04.get("openingBalance")?.values.amount ?? 0n;
    inputs.balances.nonFiscalOpening = (opening - fiscalOpening) * FEN_PER_HUNDREDTH;
  }
  const economic = new Set(template.tables.t06.classes.flatMap((c) => c.items.map((i) => i.code)));
  for (const row of view.t06.rows) {
    const fen = toFen(row.value);
    if (economic.has(row.code) && fen !== undefined) inputs.basicByEconomic[row.code] = fen;
  }
  for (const group of ["budget", "actual"] as const) {
    for (const field of ["abroad", "vehiclePurchase", "vehicleOps", "reception"] as const) {
      const fen = toFen(view.t09.values[`${group}.${field}`]);
      if (fen !== undefined) inputs.threePublic[group][field] = fen;
    }
  }
  fitToPrinted(loaded, inputs);
  return inputs;
}

/** Every printed sum as a tree over the inputs it adds, each leaf writing its fitted amount back. */
function fitToPrinted(loaded: LoadedFixture, inputs: ReportInputs): void {
  const { view, template } = loaded;
  const node = (printed: bigint | null | undefined, children: SumNode[], assign?: (fen: Fen) => void): SumNode => ({ printed: toFen(printed) ?? null, children, assign });
  for (const table of CODED_TABLE_KEYS) {
    const group = inputs[CODED_FIELDS[table]] as Record<string, Record<string, Fen>>;
    const rows = view[table].rows;
    const codes = new Set(rows.map((r) => r.code).filter((c): c is string => c !== null));
    // A row's parent is the nearest printed 款 or 类 above it, else the 合计 row.
    const parentOf = (code: string) => [code.slice(0, 5), code.slice(0, 3)].find((p) => p !== code && p.length < code.length && codes.has(p)) ?? null;
    const total = rows.find((r) => r.code === null);
    if (!total) continue;
    /** One column's tree under the 合计 row. */
    const columnTree = (field: string): SumNode | null => {
      const build = (parent: string | null): SumNode[] =>
        rows.flatMap((r): SumNode[] => {
          if (r.code === null || parentOf(r.code) !== parent) return [];
          if (ITEM_CODE.test(r.code)) {
            const code = r.code;
            return group[code]?.[field] === undefined ? [] : [node(r.values[field], [], (fen) => (group[code][field] = fen))];
          }
          const children = build(r.code);
          return children.length > 0 ? [node(r.values[field], children)] : [];
        });
      const children = build(null);
      return children.length > 0 ? node(total.values[field], children) : null;
    };
    // The 合计 of the total column (本年收入合计, 本年支出小计) adds the columns' 合计: fitted together,
    // so the grand total 公开01/04 repeat rounds to the printed one too.
    const totalColumn = template.tables[table].columns.find((c) => c.key === "total");
    const summed = totalColumn?.source.kind === "formula" && !totalColumn.source.minus?.length ? totalColumn.source.plus : [];
    const fields = inputColumns(loaded, table);
    const joint = fields.filter((f) => summed.includes(f)).map(columnTree).filter((t): t is SumNode => t !== null);
    if (joint.length > 0) fitTree(node(total.values.total, joint));
    for (const field of fields.filter((f) => !summed.includes(f))) {
      const tree = columnTree(field);
      if (tree) fitTree(tree);
    }
  }
  const economic = new Map(view.t06.rows.map((r) => [r.code, r.value]));
  for (const groupKey of ["personnel", "public"] as const) {
    const classes = template.tables.t06.classes.filter((c) => c.group === groupKey);
    const children = classes.flatMap((c): SumNode[] => {
      const items = c.items.flatMap((i) => (inputs.basicByEconomic[i.code] === undefined ? [] : [node(economic.get(i.code), [], (fen) => (inputs.basicByEconomic[i.code] = fen))]));
      return items.length > 0 ? [node(economic.get(c.code), items)] : [];
    });
    if (children.length > 0) fitTree(node(groupKey === "personnel" ? view.t06.personnelTotal : view.t06.publicTotal, children));
  }
  for (const group of ["budget", "actual"] as const) {
    const record = inputs.threePublic[group];
    const leaf = (field: keyof typeof record) => (record[field] === undefined ? [] : [node(view.t09.values[`${group}.${field}`], [], (fen) => (record[field] = fen))]);
    const vehicles = [...leaf("vehiclePurchase"), ...leaf("vehicleOps")];
    const children = [...leaf("abroad"), ...(vehicles.length > 0 ? [node(view.t09.values[`${group}.vehicles`], vehicles)] : []), ...leaf("reception")];
    if (children.length > 0) fitTree(node(view.t09.values[`${group}.total`], children));
  }
}

/** Plans the import: inputs, codes, and every printed cell the derivation does not reproduce. */
export function planPublishedImport(loaded: LoadedFixture, catalogNames: ReadonlyMap<string, string>): PublishedImportPlan {
  const inputs = inputsFromPublished(loaded);
  const names = new Map<string, string>();
  for (const table of CODED_TABLE_KEYS) for (const row of loaded.view[table].rows) if (row.code) names.set(row.code, row.name);
  const allNames = new Map([...names, ...catalogNames]);
  const derived = viewFromDerived(loaded.template, deriveReport(loaded.template, allNames, inputs));
  const differences = compareViews(loaded, derived);
  const codes = [...new Set([inputs.income, inputs.expenditure, inputs.gp, inputs.gf, inputs.soe].flatMap((g) => Object.keys(g)))].sort();
  const count = (record: object) => Object.values(record).reduce<number>((n, v) => n + (typeof v === "bigint" ? 1 : Object.keys(v as object).length), 0);
  return {
    inputs,
    codes,
    economicCodes: Object.keys(inputs.basicByEconomic).sort(),
    cellsPerTable: {
      t01: count(inputs.balances),
      t02: count(inputs.income),
      t03: count(inputs.expenditure),
      t04: count(inputs.fiscal),
      t05: count(inputs.gp),
      t06: count(inputs.basicByEconomic),
      t07: count(inputs.gf),
      t08: count(inputs.soe),
      t09: count(inputs.threePublic.budget) + count(inputs.threePublic.actual),
    },
    differences,
    names,
  };
}

function compareViews(loaded: LoadedFixture, derived: NumericView): ImportDifference[] {
  const { view: printed, template } = loaded;
  const out: ImportDifference[] = [];
  const wan = (h: bigint) => `${formatScaled(h, 2, template.tableNumberStyle)} 万元`;
  const compare = (table: TableKey, where: string, printedValue: bigint | null | undefined, derivedFen: bigint | null | undefined) => {
    if (printedValue === null || printedValue === undefined) return;
    const d = fenToWanHundredths(derivedFen ?? 0n);
    const gap = printedValue - d;
    if (gap === 0n) return;
    out.push({ table, where: `${template.tables[table].number} ${where}`, printed: wan(printedValue), derived: wan(d), difference: wan(gap < 0n ? -gap : gap) });
  };
  const columnTitle = (table: TableKey, key: string): string => {
    const spec = template.tables[table];
    if (spec.kind === "fixed") return [spec.incomeColumn, ...spec.expenditureColumns].find((c) => c.key === key)?.title ?? key;
    if (spec.kind === "economic") return "金额";
    return spec.columns.find((c) => c.key === key)?.title ?? key;
  };
  const values = (table: TableKey, where: string, p: Values, d: Values | undefined) => {
    for (const key of Object.keys(p)) compare(table, `${where}「${columnTitle(table, key)}」`, p[key], d?.[key]);
  };
  for (const table of ["t01", "t04"] as FixedTableKey[]) {
    for (const side of ["income", "expenditure"] as const) {
      const [p, d] = [printed[table], derived[table]].map((v: FixedView) => v[side]);
      for (const [key, line] of p) values(table, `「${line.label}」`, line.values, d.get(key)?.values);
    }
  }
  for (const table of CODED_TABLE_KEYS) {
    const byCode = (v: CodedView) => new Map(v.rows.map((r) => [r.code ?? "合计", r]));
    const d = byCode(derived[table]);
    for (const row of printed[table].rows) {
      const code = row.code ?? "合计";
      values(table, code === "合计" ? "合计行" : `${code}「${row.name}」`, row.values, d.get(code)?.values);
    }
  }
  const economic = (v: NumericView) => new Map(v.t06.rows.map((r) => [r.code, r.value]));
  const d06 = economic(derived);
  for (const row of printed.t06.rows) compare("t06", `${row.code}「${row.name}」`, row.value, d06.get(row.code));
  const spec06 = template.tables.t06;
  compare("t06", `「${spec06.personnelTotalLabel}」`, printed.t06.personnelTotal, derived.t06.personnelTotal);
  compare("t06", `「${spec06.publicTotalLabel}」`, printed.t06.publicTotal, derived.t06.publicTotal);
  values("t09", "", printed.t09.values, derived.t09.values);
  return out;
}
