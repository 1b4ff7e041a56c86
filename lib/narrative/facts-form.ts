/**
 * The 情况说明 facts form of one report: an empty form (with a 年初预算 box for every 项 the
 * tables have), the stored record read back into it, and the facts to generate from.
 */
import type { DerivedCodedTable, DerivedReport } from "../tables/report";
import {
  blankStoredFacts,
  lenientFacts,
  lenientSettings,
  readStoredFacts,
  storedFactsSchema,
  type FormContext,
  type NarrativeFactsForm,
  type NarrativeSettingsForm,
} from "../validation/facts";
import type { NarrativeFacts, NarrativeSettings } from "./facts";

/** The budget 项 codes the form asks a 年初预算 for, per fund table. */
export interface BudgetCodes {
  readonly gp: readonly string[];
  readonly gf: readonly string[];
  readonly soe: readonly string[];
}

const itemCodes = (table: DerivedCodedTable) => table.rows.flatMap((r) => (r.level === "item" && r.code !== null ? [r.code] : []));

export function budgetCodesOf(derived: DerivedReport): BudgetCodes {
  return { gp: itemCodes(derived.tables.t05), gf: itemCodes(derived.tables.t07), soe: itemCodes(derived.tables.t08) };
}

export interface FormOptions extends FormContext {
  readonly budgetCodes?: BudgetCodes;
}

const blankBoxes = (codes: readonly string[]) => Object.fromEntries(codes.map((code) => [code, ""]));

/** A blank form: nothing entered except what the system knows (unit kind, year end, budget rows). */
export function emptyFactsForm(opts: FormOptions): NarrativeFactsForm {
  const form = blankStoredFacts(opts).form;
  const codes = opts.budgetCodes ?? { gp: [], gf: [], soe: [] };
  return { ...form, budgets: { ...form.budgets, gp: blankBoxes(codes.gp), gf: blankBoxes(codes.gf), soe: blankBoxes(codes.soe) } };
}

export const DEFAULT_SETTINGS_FORM: NarrativeSettingsForm = blankStoredFacts({ year: 0, unitKind: "administrative" }).settings;

export interface FactsRead {
  /** false until the facts were first saved. */
  readonly entered: boolean;
  readonly form: NarrativeFactsForm;
  readonly settings: NarrativeSettingsForm;
  readonly warning: string | null;
}

const isEmpty = (json: unknown) =>
  json === null || json === undefined || (typeof json === "object" && !Array.isArray(json) && Object.keys(json).length === 0);

/** ReportNarrative.facts → the form to show; an unsaved report starts from the empty form. */
export function readFacts(json: unknown, opts: FormOptions): FactsRead {
  if (isEmpty(json)) return { entered: false, form: emptyFactsForm(opts), settings: DEFAULT_SETTINGS_FORM, warning: null };
  return { entered: true, ...readStoredFacts(json, opts) };
}

export interface ResolvedFacts {
  readonly facts: NarrativeFacts;
  readonly settings: NarrativeSettings;
  /** The schemas' first complaint when the form does not validate (then `facts` is lenient). */
  readonly invalid: string | null;
}

/**
 * The facts to generate from: exactly the schema's values when the form validates; otherwise
 * the lenient values, so a page can still show the text while saying what is wrong.
 */
export function resolveFacts(form: NarrativeFactsForm, settings: NarrativeSettingsForm, year: number): ResolvedFacts {
  const parsed = storedFactsSchema.safeParse({ form, settings });
  if (parsed.success) return { facts: parsed.data.form, settings: parsed.data.settings, invalid: null };
  return { facts: lenientFacts(form, year), settings: lenientSettings(settings), invalid: parsed.error.issues[0]?.message ?? "情况说明事实数据有误" };
}
