/**
 * deriveReport: staff inputs (分) + a template + subject names → every cell of 公开01–09.
 * Sums are exact; rounding to 万元 happens only when a cell is displayed (display.ts), which
 * is what reproduces the published 尾数误差.
 */
import type { Fen } from "../money";
import { planColumns, evaluateRow, type ColumnPlan } from "./columns";
import { FISCAL_FIELDS, ITEM_CODE, type InputCellAddress, type ReportInputs } from "./inputs";
import type {
  DeriveIssue,
  DerivedCell,
  DerivedCodedRow,
  DerivedCodedTable,
  DerivedEconomicRow,
  DerivedEconomicTable,
  DerivedFixedLine,
  DerivedFixedTable,
  DerivedReport,
  DerivedSingleRowTable,
  DerivedTables,
  RenderColumn,
  TableMeta,
} from "./report";
import type {
  CategorySpec,
  CodedTableKey,
  CodedTableSpec,
  ColumnSpec,
  FixedLineRole,
  FixedLineSpec,
  FixedTableSpec,
  Fund,
  ReportTemplate,
  TableKey,
  TableText,
} from "./types";
import { FUNDS } from "./types";

/** Function-subject names by 3/5/7-digit code, from the year's catalog. */
export type SubjectNames = ReadonlyMap<string, string>;

type AmountRecord = Readonly<Record<string, Fen | undefined>>;

export function deriveReport(template: ReportTemplate, names: SubjectNames, inputs: ReportInputs): DerivedReport {
  const d = createDerivation(template, names, inputs);
  const tables: DerivedTables = {
    t01: d.t01(),
    t02: d.coded("t02").table,
    t03: d.coded("t03").table,
    t04: d.t04(),
    t05: d.coded("t05").table,
    t06: d.t06(),
    t07: d.coded("t07").table,
    t08: d.coded("t08").table,
    t09: d.t09(),
  };
  return { templateId: template.id, tables, issues: d.issues };
}

/** One table only (plus what it needs): cheap enough to run on every keystroke. */
export function deriveTable<K extends TableKey>(
  template: ReportTemplate,
  names: SubjectNames,
  inputs: ReportInputs,
  key: K,
): DerivedTables[K] {
  const d = createDerivation(template, names, inputs);
  const table = (() => {
    switch (key) {
      case "t01":
        return d.t01();
      case "t04":
        return d.t04();
      case "t06":
        return d.t06();
      case "t09":
        return d.t09();
      default:
        return d.coded(key as CodedTableKey).table;
    }
  })();
  return table as DerivedTables[K];
}

interface CodedResult {
  readonly table: DerivedCodedTable;
  readonly plan: ColumnPlan;
  readonly total: readonly Fen[];
  readonly classTotals: ReadonlyMap<string, readonly Fen[]>;
}

function createDerivation(template: ReportTemplate, names: SubjectNames, inputs: ReportInputs) {
  const issues: DeriveIssue[] = [];
  const reported = new Set<string>();
  const issue = (table: TableKey, code: string, message: string) => {
    if (reported.has(`${table}:${code}`)) return;
    reported.add(`${table}:${code}`);
    issues.push({ table, code, message });
  };
  const categoryNames = new Map(template.categories.map((c) => [c.code, c.name]));
  const subjectName = (table: TableKey, code: string): string => {
    const name = names.get(code) ?? (code.length === 3 ? categoryNames.get(code) : undefined);
    if (name !== undefined) return name;
    issue(table, code, `科目「${code}」在本年度功能分类科目中找不到名称`);
    return "";
  };

  const codedCache = new Map<CodedTableKey, CodedResult>();
  const coded = (key: CodedTableKey): CodedResult => {
    let result = codedCache.get(key);
    if (!result) {
      result = deriveCoded(template.tables[key], inputs, subjectName, issue);
      codedCache.set(key, result);
    }
    return result;
  };

  const fiscal = (kind: "income" | "opening"): Record<Fund, Fen | undefined> => ({
    gp: inputs.fiscal[FISCAL_FIELDS.gp[kind]],
    gf: inputs.fiscal[FISCAL_FIELDS.gf[kind]],
    soe: inputs.fiscal[FISCAL_FIELDS.soe[kind]],
  });
  const fiscalIncome = fiscal("income");
  const fiscalOpening = fiscal("opening");
  const fiscalAddress = (kind: "income" | "opening", fund: Fund): InputCellAddress => ({
    table: "t04",
    row: FISCAL_FIELDS[fund][kind],
    column: "amount",
  });
  const sumFunds = (values: Record<Fund, Fen | undefined>) => FUNDS.reduce((s, f) => s + (values[f] ?? 0n), 0n);
  const fundTables: Record<Fund, CodedTableKey> = { gp: "t05", gf: "t07", soe: "t08" };

  let t04Cache: DerivedFixedTable | undefined;
  const t04 = (): DerivedFixedTable => {
    if (t04Cache) return t04Cache;
    const spec = template.tables.t04;
    const spent = {} as Record<Fund, Fen>;
    const closing = {} as Record<Fund, Fen>;
    for (const f of FUNDS) {
      const result = coded(fundTables[f]);
      spent[f] = columnTotal(result, null, "total");
      closing[f] = (fiscalOpening[f] ?? 0n) + (fiscalIncome[f] ?? 0n) - spent[f];
      for (const code of result.classTotals.keys()) {
        if (!categoryNames.has(code)) issue("t04", code, `支出功能分类「${code}」不是本模板的类级科目，无法列入${spec.number}`);
      }
    }
    const incomeLine = (role: FixedLineRole): DerivedCell | null => {
      const [base, fund] = role.split(":") as [string, Fund | undefined];
      if (role === "total") return derived(sumFunds(fiscalIncome));
      if (role === "openingBalance") return derived(sumFunds(fiscalOpening));
      if (role === "grandTotal") return derived(sumFunds(fiscalIncome) + sumFunds(fiscalOpening));
      if (base === "fund" && fund) return input(fiscalIncome[fund], fiscalAddress("income", fund));
      if (base === "openingBalance" && fund) return input(fiscalOpening[fund], fiscalAddress("opening", fund));
      return null;
    };
    const expenditureFunds = (key: string): Record<Fund, Fen> | null => {
      if (key === "total") return spent;
      if (key === "closingBalance") return closing;
      if (key === "grandTotal") return mapFunds((f) => spent[f] + closing[f]);
      if (categoryNames.has(key)) return mapFunds((f) => columnTotal(coded(fundTables[f]), key, "total"));
      return null;
    };
    t04Cache = buildFixedTable(template, spec, incomeLine, (key) => {
      const funds = expenditureFunds(key);
      return funds && { funds };
    });
    return t04Cache;
  };

  const t01 = (): DerivedFixedTable => {
    const spec = template.tables.t01;
    const t02 = coded("t02");
    const t03 = coded("t03");
    for (const code of t03.classTotals.keys()) {
      if (!categoryNames.has(code)) issue("t01", code, `支出功能分类「${code}」不是本模板的类级科目，无法列入${spec.number}`);
    }
    const balances = inputs.balances;
    const incomeTotal =
      sumFunds(fiscalIncome) +
      SOURCE_ROLES.reduce((s, role) => s + columnTotal(t02, null, role.slice("source:".length)), 0n);
    const opening = sumFunds(fiscalOpening) + (balances.nonFiscalOpening ?? 0n);
    const incomeGrandTotal = incomeTotal + (balances.nonFiscalBalanceUsed ?? 0n) + opening;
    const spent = columnTotal(t03, null, "total");
    const closing = incomeGrandTotal - spent - (balances.surplusDistribution ?? 0n);
    const t01Input = (row: "nonFiscalBalanceUsed" | "surplusDistribution") =>
      input(balances[row], { table: "t01", row, column: "amount" });

    const incomeLine = (role: FixedLineRole): DerivedCell | null => {
      const [base, detail] = role.split(":");
      if (base === "fund") return copied(fiscalIncome[detail as Fund] ?? 0n, fiscalAddress("income", detail as Fund));
      if (base === "source") return derived(columnTotal(t02, null, detail));
      if (role === "openingBalance") return derived(opening);
      if (base === "openingBalance") return copied(fiscalOpening[detail as Fund] ?? 0n, fiscalAddress("opening", detail as Fund));
      if (role === "total") return derived(incomeTotal);
      if (role === "nonFiscalBalanceUsed") return t01Input(role);
      if (role === "grandTotal") return derived(incomeGrandTotal);
      return null;
    };
    const expenditureLine = (key: string): ExpenditureAmount | null => {
      if (categoryNames.has(key)) return { amount: derived(columnTotal(t03, key, "total")) };
      if (key === "total") return { amount: derived(spent) };
      if (key === "surplusDistribution") return { amount: t01Input(key) };
      if (key === "closingBalance") return { amount: derived(closing) };
      if (key === "grandTotal") return { amount: derived(spent + (balances.surplusDistribution ?? 0n) + closing) };
      return null;
    };
    return buildFixedTable(template, spec, incomeLine, expenditureLine);
  };

  let t06Cache: DerivedEconomicTable | undefined;
  const t06 = (): DerivedEconomicTable => (t06Cache ??= deriveEconomic(template, inputs, issue));
  const t09 = (): DerivedSingleRowTable => deriveThreePublic(template, inputs);

  return { issues, coded, t01, t04, t06, t09 };
}

const SOURCE_ROLES = ["source:superior", "source:business", "source:operating", "source:affiliated", "source:other"] as const;

function mapFunds(f: (fund: Fund) => Fen): Record<Fund, Fen> {
  return { gp: f("gp"), gf: f("gf"), soe: f("soe") };
}

function columnTotal(result: CodedResult, classCode: string | null, key: string): Fen {
  const i = result.plan.index.get(key);
  if (i === undefined) return 0n;
  const values = classCode === null ? result.total : result.classTotals.get(classCode);
  return values?.[i] ?? 0n;
}

// ---- coded tables (公开02/03/05/07/08) ----

function deriveCoded(
  spec: CodedTableSpec,
  inputs: ReportInputs,
  subjectName: (table: TableKey, code: string) => string,
  issue: (table: TableKey, code: string, message: string) => void,
): CodedResult {
  const plan = planColumns(spec.columns);
  const width = spec.columns.length;
  const group = inputs[spec.inputGroup] as Readonly<Record<string, AmountRecord>>;

  const items: { code: string; values: (Fen | null)[] }[] = [];
  const total: Fen[] = new Array<Fen>(width).fill(0n);
  const classTotals = new Map<string, Fen[]>();
  const sectionTotals = new Map<string, Fen[]>();
  for (const code of Object.keys(group).sort()) {
    if (!ITEM_CODE.test(code)) {
      issue(spec.key, code, `「${code}」不是7位项级科目编码，未列入${spec.number}`);
      continue;
    }
    const record = group[code];
    const values = evaluateRow(plan, (c) => (c.source.kind === "input" ? record[c.source.field] : null));
    // Only rows with a non-zero value in some column are printed.
    if (!values.some((v) => v !== null && v !== 0n)) continue;
    items.push({ code, values });
    addInto(total, values);
    addInto(totalsFor(classTotals, code.slice(0, 3), width), values);
    addInto(totalsFor(sectionTotals, code.slice(0, 5), width), values);
  }

  const sumCells = (values: readonly Fen[]): DerivedCell[] => values.map((fen) => ({ fen, kind: "derived" }));
  const rows: DerivedCodedRow[] = [{ key: "合计", level: "total", code: null, name: "合计", cells: sumCells(total) }];
  let currentClass = "";
  let currentSection = "";
  for (const { code, values } of items) {
    const classCode = code.slice(0, 3);
    const sectionCode = code.slice(0, 5);
    if (classCode !== currentClass) {
      currentClass = classCode;
      currentSection = "";
      const cells = sumCells(classTotals.get(classCode) as Fen[]);
      rows.push({ key: classCode, level: "class", code: classCode, name: subjectName(spec.key, classCode), cells });
    }
    if (sectionCode !== currentSection) {
      currentSection = sectionCode;
      const cells = sumCells(sectionTotals.get(sectionCode) as Fen[]);
      rows.push({ key: sectionCode, level: "section", code: sectionCode, name: subjectName(spec.key, sectionCode), cells });
    }
    const cells = values.map((fen, i): DerivedCell => {
      const column = spec.columns[i];
      return column.source.kind === "input"
        ? { fen, kind: "input", address: { table: spec.key, row: code, column: column.key } }
        : { fen, kind: "derived" };
    });
    rows.push({ key: code, level: "item", code, name: subjectName(spec.key, code), cells });
  }

  const table: DerivedCodedTable = {
    kind: "coded",
    key: spec.key,
    meta: tableMeta(spec, items.length === 0),
    columns: renderColumns(spec.columns),
    rows,
    isEmpty: items.length === 0,
  };
  return { table, plan, total, classTotals };
}

function totalsFor(map: Map<string, Fen[]>, code: string, width: number): Fen[] {
  let totals = map.get(code);
  if (!totals) {
    totals = new Array<Fen>(width).fill(0n);
    map.set(code, totals);
  }
  return totals;
}

function addInto(totals: Fen[], values: readonly (Fen | null)[]) {
  for (let i = 0; i < totals.length; i++) totals[i] += values[i] ?? 0n;
}

// ---- fixed-line tables (公开01/04) ----

interface ExpenditureAmount {
  readonly amount?: DerivedCell;
  readonly funds?: Record<Fund, Fen>;
}

const derived = (fen: Fen): DerivedCell => ({ fen, kind: "derived" });
const copied = (fen: Fen, source: InputCellAddress): DerivedCell => ({ fen, kind: "derived", source });
const input = (fen: Fen | undefined, address: InputCellAddress): DerivedCell => ({ fen: fen ?? null, kind: "input", address });

interface ExpandedLine {
  readonly key: string;
  readonly line: number | null;
  readonly ordinal: number | null;
  readonly label: string;
  readonly role: FixedLineRole | null;
  readonly code: string | null;
}

// Keyed by both the line list and the category list: templates may share one and not the other.
const expandedLines = new WeakMap<readonly FixedLineSpec[], WeakMap<readonly CategorySpec[], ExpandedLine[]>>();

/** Template lines with the category placeholder expanded, cached per template side. */
export function expandLines(template: ReportTemplate, spec: FixedTableSpec, side: "income" | "expenditure"): readonly ExpandedLine[] {
  const lines = spec[side];
  let byCategories = expandedLines.get(lines);
  if (!byCategories) {
    byCategories = new WeakMap();
    expandedLines.set(lines, byCategories);
  }
  const cached = byCategories.get(template.categories);
  if (cached) return cached;
  const out: ExpandedLine[] = [];
  for (const l of lines) {
    if ("categories" in l) {
      template.categories.forEach((c, i) =>
        out.push({
          key: c.code,
          line: l.firstLine === null ? null : l.firstLine + i,
          ordinal: spec.categoryOrdinals ? i + 1 : null,
          label: c.name,
          role: null,
          code: c.code,
        }),
      );
    } else if ("blank" in l) {
      out.push({ key: `blank:${l.line ?? out.length}`, line: l.line, ordinal: null, label: "", role: null, code: null });
    } else {
      out.push({ key: l.role, line: l.line, ordinal: l.ordinal ?? null, label: l.label, role: l.role, code: null });
    }
  }
  byCategories.set(template.categories, out);
  return out;
}

function buildFixedTable(
  template: ReportTemplate,
  spec: FixedTableSpec,
  incomeLine: (role: FixedLineRole) => DerivedCell | null,
  expenditureLine: (key: string) => ExpenditureAmount | null,
): DerivedFixedTable {
  const incomeColumns = incomeColumnsOf(spec);
  const build = (
    side: "income" | "expenditure",
    columns: readonly ColumnSpec[],
    amounts: (line: ExpandedLine) => ExpenditureAmount | null,
  ): DerivedFixedLine[] => {
    const plan = planColumns(columns);
    return expandLines(template, spec, side).map((line) => {
      const value = line.label === "" ? null : amounts(line);
      const cells: DerivedCell[] = value
        ? evaluateRow(plan, (c) =>
            c.source.kind === "line" ? value.amount?.fen : c.source.kind === "fund" ? value.funds?.[c.source.fund] : null,
          ).map((fen, i) => (columns[i].source.kind === "line" && value.amount ? value.amount : { fen, kind: "derived" }))
        : columns.map(() => ({ fen: null, kind: "derived" }));
      return {
        key: line.key,
        line: line.line,
        ordinal: line.ordinal,
        label: line.label,
        printedLabel: line.ordinal === null ? line.label : `${chineseNumeral(line.ordinal)}、${line.label}`,
        role: line.role,
        code: line.code,
        cells,
      };
    });
  };
  const income = build("income", incomeColumns, (line) => {
    const amount = line.role ? incomeLine(line.role) : null;
    return amount && { amount };
  });
  const expenditure = build("expenditure", spec.expenditureColumns, (line) => expenditureLine(line.code ?? line.role ?? ""));
  return {
    kind: "fixed",
    key: spec.key,
    meta: tableMeta(spec, false),
    incomeHeading: spec.incomeHeading,
    expenditureHeading: spec.expenditureHeading,
    incomeColumns: renderColumns(incomeColumns),
    expenditureColumns: renderColumns(spec.expenditureColumns),
    income,
    expenditure,
  };
}

const incomeColumnLists = new WeakMap<FixedTableSpec, readonly ColumnSpec[]>();

/** A stable array per template, so the compiled column plan is cached too. */
function incomeColumnsOf(spec: FixedTableSpec): readonly ColumnSpec[] {
  let columns = incomeColumnLists.get(spec);
  if (!columns) {
    columns = [spec.incomeColumn];
    incomeColumnLists.set(spec, columns);
  }
  return columns;
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 26 → 二十六: the ordinals printed before fixed lines. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

// ---- 公开06 ----

function deriveEconomic(
  template: ReportTemplate,
  inputs: ReportInputs,
  issue: (table: TableKey, code: string, message: string) => void,
): DerivedEconomicTable {
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

// ---- 公开09 ----

function deriveThreePublic(template: ReportTemplate, inputs: ReportInputs): DerivedSingleRowTable {
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
  return { kind: "single", key: "t09", meta: tableMeta(spec, isEmpty), columns: renderColumns(spec.columns), cells, isEmpty };
}

// ---- shared ----

function tableMeta(spec: TableText & { key: TableKey }, isEmpty: boolean): TableMeta {
  return {
    key: spec.key,
    number: spec.number,
    title: spec.title,
    note: isEmpty && spec.emptyNote ? spec.emptyNote : spec.note,
    amountUnit: "万元",
  };
}

const renderedColumns = new WeakMap<readonly ColumnSpec[], RenderColumn[]>();

function renderColumns(columns: readonly ColumnSpec[]): RenderColumn[] {
  let out = renderedColumns.get(columns);
  if (!out) {
    out = columns.map((c) => ({
      key: c.key,
      number: c.number,
      header: c.header,
      title: c.title,
      kind: c.source.kind === "input" ? "input" : "derived",
    }));
    renderedColumns.set(columns, out);
  }
  return out;
}
