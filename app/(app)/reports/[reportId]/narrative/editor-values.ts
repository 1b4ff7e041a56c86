import { get, set, type FieldErrors, type FieldPath, type Resolver } from "react-hook-form";
import type { BudgetCodes } from "@/lib/narrative/facts-form";
import type { PerformanceFigures } from "@/lib/performance/figures";
import { storedFactsSchema, type NarrativeFactsForm, type NarrativeSettingsForm, type StoredFacts } from "@/lib/validation/facts";

/**
 * The facts form as react-hook-form holds it. The one difference from the stored form: 年初预算
 * keys carry a "c" ("c2010301"), because react-hook-form reads an all-digit path segment as an
 * array index and would build a two-million-slot array for 2010301.
 */
export interface EditorValues {
  form: NarrativeFactsForm;
  settings: NarrativeSettingsForm;
}

export type EditorPath = FieldPath<EditorValues>;

const FUNDS = ["gp", "gf", "soe"] as const;
export type BudgetFund = (typeof FUNDS)[number];

const prefixed = (r: Readonly<Record<string, string>>, codes: readonly string[]) => {
  const out: Record<string, string> = {};
  for (const code of codes) out[`c${code}`] = "";
  for (const [code, text] of Object.entries(r)) out[`c${code}`] = text;
  return out;
};

const unprefixed = (r: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.slice(1), v]));

/**
 * Stored → editor: every table 项 gets a 年初预算 box and every project with a 自评表 in the 绩效
 * data a 绩效目标完成情况 box (kept in the data's order; a summary of a project the data no longer
 * details is kept after them).
 */
export function toEditor(stored: StoredFacts, codes: BudgetCodes, figures: PerformanceFigures | null): EditorValues {
  const f = stored.form;
  const typed = new Map(f.performance.summaries.map((s) => [s.project, s.summary]));
  const detailed = figures?.detailed.map((d) => d.project) ?? [];
  const summaries = [
    ...detailed.map((project) => ({ project, summary: typed.get(project) ?? "" })),
    ...f.performance.summaries.filter((s) => !detailed.includes(s.project)),
  ];
  return {
    form: {
      ...f,
      budgets: {
        gp: prefixed(f.budgets.gp, codes.gp),
        gf: prefixed(f.budgets.gf, codes.gf),
        soe: prefixed(f.budgets.soe, codes.soe),
        gpTotal: f.budgets.gpTotal,
      },
      performance: { ...f.performance, summaries },
    },
    settings: stored.settings,
  };
}

export function fromEditor(values: EditorValues): StoredFacts {
  const b = values.form.budgets;
  return {
    form: { ...values.form, budgets: { gp: unprefixed(b.gp), gf: unprefixed(b.gf), soe: unprefixed(b.soe), gpTotal: b.gpTotal } },
    settings: values.settings,
  };
}

/**
 * A schema path as the editor names the field. A complaint about a whole group (车辆 by
 * category) goes to "<group>.root".
 */
export function editorPath(path: readonly PropertyKey[], values: EditorValues): string {
  const parts = path.map(String);
  if (parts[0] === "form" && parts[1] === "budgets" && (FUNDS as readonly string[]).includes(parts[2]) && parts[3]) parts[3] = `c${parts[3]}`;
  const joined = parts.join(".");
  const value: unknown = get(values, joined);
  return typeof value === "object" && value !== null ? `${joined}.root` : joined;
}

export const editorResolver: Resolver<EditorValues> = async (values) => {
  const r = storedFactsSchema.safeParse(fromEditor(values));
  if (r.success) return { values, errors: {} };
  const errors: FieldErrors<EditorValues> = {};
  for (const issue of r.error.issues) {
    const path = editorPath(issue.path, values);
    if (!get(errors, path)) set(errors, path, { type: "custom", message: issue.message });
  }
  return { values: {}, errors };
};
