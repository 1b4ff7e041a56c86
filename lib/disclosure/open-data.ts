/**
 * A published version as open data: the disclosure JSON of docs/domain/disclosure-json.md — the
 * same format the repository's transcriptions use, so `npm run check` reads a published file like
 * any transcription. Amounts are the printed figures (万元, two decimals; a cell printed blank is
 * null), written as number tokens with exactly two decimals.
 */
import { fenToWanHundredths, formatScaled, PLAIN_NUMBER_STYLE } from "../money";
import { blockText } from "../narrative/render";
import { evaluateDocument } from "../performance/document-view";
import type { DerivedCell, DerivedCodedTable, DerivedFixedLine, DerivedFixedTable, DerivedReport } from "../tables/report";
import type { DisclosureModel } from "./model";
import type { PublicationMeta } from "./publication-meta";

/** Stands for a number token until the text is written (a NUL cannot occur in stored text). */
const TOKEN = "\u0000wan:";

function amount(cell: DerivedCell | undefined): string | null {
  if (!cell || cell.fen === null || cell.fen === 0n) return null;
  return `${TOKEN}${formatScaled(fenToWanHundredths(cell.fen), 2, PLAIN_NUMBER_STYLE)}`;
}

function fixedSide(lines: readonly DerivedFixedLine[]) {
  return lines
    .filter((l) => l.label !== "")
    .map((l) => ({
      line: l.line,
      ...(l.ordinal !== null ? { ordinal: l.ordinal } : {}),
      ...(l.role ? { role: l.role } : {}),
      code: l.code,
      label: l.label,
      ...(l.cells.length === 1 ? { amount: amount(l.cells[0]) } : { values: l.cells.map(amount) }),
    }));
}

const fixedTable = (t: DerivedFixedTable) => ({ income: fixedSide(t.income), expenditure: fixedSide(t.expenditure) });

const codedTable = (t: DerivedCodedTable) => ({
  columns: t.columns.map((c) => c.title),
  rows: t.rows.map((r) => ({ code: r.code ?? "合计", name: r.name, values: r.cells.map(amount) })),
  ...(t.isEmpty ? { noDataStatement: true } : {}),
});

export interface OpenDataInput {
  readonly derived: DerivedReport;
  readonly model: DisclosureModel;
  readonly meta: PublicationMeta;
  readonly department: string | null;
  /** The public address of this version, for `source`. */
  readonly url: string;
}

export function openDataDocument({ derived, model, meta, department, url }: OpenDataInput) {
  const t = derived.tables;
  const t09 = t.t09;
  const part = (prefix: string) => t09.columns.flatMap((c, i) => (c.key.startsWith(prefix) ? [{ title: c.title, cell: t09.cells[i] }] : []));
  const performance = model.performance ? evaluateDocument(model.performance) : null;
  return {
    unit: model.unit.name,
    unitCode: model.unit.code,
    department,
    level: model.level ?? "unit",
    year: model.year,
    template: model.templateId,
    amountUnit: "万元",
    source: `${model.title}（第${meta.versionNumber}版），${url}`,
    version: meta.versionNumber,
    publishedAt: meta.publishedAt,
    correctionNote: meta.correctionNote,
    statements: { secrecyReview: "已审查", signOff: "已审签" },
    overview: {
      dutiesCount: model.overview.duties.length,
      duties: model.overview.duties,
      organization: model.overview.organization,
      ...(model.level === "department" ? { memberUnits: (model.members ?? []).map((m) => ({ name: m.name, note: m.merged ? "预算不单列，并入本级" : "" })) } : {}),
    },
    t01: fixedTable(t.t01),
    t02: codedTable(t.t02),
    t03: codedTable(t.t03),
    t04: fixedTable(t.t04),
    t05: codedTable(t.t05),
    t06: {
      rows: t.t06.blocks.flatMap((b) => b.rows.map((r) => ({ code: r.code, name: r.name, amount: amount(r.cell) }))),
      personnelTotal: amount(t.t06.personnelTotal.cell),
      publicTotal: amount(t.t06.publicTotal.cell),
    },
    t07: codedTable(t.t07),
    t08: codedTable(t.t08),
    t09: { columns: part("budget.").map((p) => p.title), budget: part("budget.").map((p) => amount(p.cell)), actual: part("actual.").map((p) => amount(p.cell)) },
    narrative: {
      sections: model.sections.map((s) => ({ number: s.number, title: s.title, paragraphs: s.blocks.map((b) => blockText(b)).filter((p) => p !== "") })),
    },
    glossary: model.glossary.map((g) => ({ term: g.term, code: g.code, definition: g.definition })),
    performance: performance && {
      summaryFiledOn: model.performance?.summaryFiledOn ?? null,
      projects: performance.projects.map((p) => ({ name: p.project.name, score: p.score === null ? null : `${TOKEN}${p.score.toFixed(2)}` })),
    },
    knownDefects: [],
  };
}

/** The file as served: pretty-printed, amounts as exact two-decimal number tokens. */
export function openDataJson(input: OpenDataInput): string {
  const text = JSON.stringify(openDataDocument(input), null, 2);
  return text.replace(/"\\u0000wan:(-?\d+\.\d{2})"/g, "$1");
}
