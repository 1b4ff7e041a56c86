import { get, set, type FieldErrors, type FieldPath, type Resolver } from "react-hook-form";
import type { BudgetCodes, NarrativeSettingsForm, StoredFacts } from "@/lib/narrative/stored";
import { storedFactsSchema } from "@/lib/narrative/stored";
import type { NarrativeFactsForm } from "@/lib/validation/facts";

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

/** Stored → editor: every table 项 gets a 年初预算 box; optional texts become "". */
export function toEditor(stored: StoredFacts, codes: BudgetCodes): EditorValues {
  const f = stored.form;
  return {
    form: {
      ...f,
      budgets: {
        gp: prefixed(f.budgets.gp, codes.gp),
        gf: prefixed(f.budgets.gf, codes.gf),
        soe: prefixed(f.budgets.soe, codes.soe),
        gpTotal: f.budgets.gpTotal,
      },
      threePublic: { ...f.threePublic, receptionPurpose: f.threePublic.receptionPurpose ?? "" },
      assets: { ...f.assets, otherVehiclesNote: f.assets.otherVehiclesNote ?? "" },
      performance: {
        ...f.performance,
        assessment: f.performance.assessment ?? "",
        highlights: f.performance.highlights.map((h) => ({ ...h, summary: h.summary ?? "" })),
      },
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
 * category, the grade counts) goes to "<group>.root".
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
