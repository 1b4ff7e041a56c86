/**
 * The 情况说明 facts form (what staff type for the narrative that the tables and the 绩效 data do
 * not hold) and its settings: one definition (lib/validation/facts/definition.ts) and every reader
 * of it — the strict schema of the form (zodResolver), the server action and the gate; the reader
 * of a stored record, which blanks a damaged part and reads an older record; and the lenient
 * values the live text uses while the form has errors. Everything arrives as text: amounts in 元
 * (parsed to exact 分), counts as whole numbers, percentages with up to two decimals.
 */
import { z } from "zod";
import type { Fen } from "../money";
import { VEHICLE_CATEGORIES, type NarrativeFacts, type NarrativeSettings } from "../narrative/facts";
import { FACT_FIELDS, SETTINGS_FIELDS } from "./facts/definition";
import type { FormContext } from "./facts/leaves";
import { build, type FormOf, type Mode, type ValueOf } from "./facts/tree";
import { unknownKeys } from "./parse";

export { REASON_MAX } from "./facts/definition";
export type { FormContext } from "./facts/leaves";

export type NarrativeFactsForm = FormOf<typeof FACT_FIELDS>;
export type NarrativeSettingsForm = FormOf<typeof SETTINGS_FIELDS>;

type FactValues = ValueOf<typeof FACT_FIELDS>;
type SettingValues = ValueOf<typeof SETTINGS_FIELDS>;

// The strict readers do not depend on the report.
const ANY_REPORT: FormContext = { year: 0, unitKind: "administrative" };

/** Checks between fields of a form that parsed field by field. */
function crossChecks(f: FactValues, ctx: z.RefinementCtx) {
  const p = f.procurement;
  const over = (part: Fen, whole: Fen, path: string, message: string) => {
    if (part > whole) ctx.addIssue({ code: "custom", path: ["procurement", path], message });
  };
  over(p.smeGoods, p.goods, "smeGoods", "货物采购授予中小企业合同金额不能大于政府采购货物支出");
  over(p.smeWorks, p.works, "smeWorks", "工程采购授予中小企业合同金额不能大于政府采购工程支出");
  over(p.smeServices, p.services, "smeServices", "服务采购授予中小企业合同金额不能大于政府采购服务支出");
  over(p.small, p.smeGoods + p.smeWorks + p.smeServices, "small", "授予小微企业合同金额不能大于授予中小企业合同金额");

  const tp = f.threePublic;
  if (tp.foreignAffairsBatches > tp.domesticBatches || tp.foreignAffairsPersons > tp.domesticPersons) {
    ctx.addIssue({ code: "custom", path: ["threePublic", "foreignAffairsBatches"], message: "外事接待包含在国内接待中，不能多于国内接待" });
  }
  const vehicles = VEHICLE_CATEGORIES.reduce((s, k) => s + f.assets.vehicles[k], 0);
  if (vehicles !== tp.vehiclesHeld) {
    ctx.addIssue({
      code: "custom",
      path: ["assets", "vehicles"],
      message: `各类车辆合计${vehicles}辆，与“三公”经费中公务用车保有量${tp.vehiclesHeld}辆不一致`,
    });
  }
  const projects = f.performance.summaries.map((s) => s.project);
  const twice = projects.findIndex((name, i) => projects.indexOf(name) !== i);
  if (twice >= 0) {
    ctx.addIssue({ code: "custom", path: ["performance", "summaries", twice, "summary"], message: `“${projects[twice]}”的绩效目标完成情况填写了两次` });
  }
}

const strictFacts = build(FACT_FIELDS, "strict", ANY_REPORT) as z.ZodType<FactValues, NarrativeFactsForm>;

export const narrativeFactsSchema = strictFacts.superRefine(crossChecks).transform((f): NarrativeFacts => f);

const toSettings = (s: SettingValues): NarrativeSettings => ({
  flatThreshold: s.flatThresholdPercent,
  lastYearZero: s.lastYearZero,
  arithmetic: s.arithmetic,
});

/** Settings an administrator chooses per region/template: "1" (%) → 100n hundredths. */
export const narrativeSettingsSchema = (build(SETTINGS_FIELDS, "strict", ANY_REPORT) as z.ZodType<SettingValues, NarrativeSettingsForm>).transform(toSettings);

/** What a save sends and what the gate re-reads: both schemas must accept it. */
export const storedFactsSchema = z.strictObject({ form: narrativeFactsSchema, settings: narrativeSettingsSchema }, { error: unknownKeys });

/**
 * What may be stored while the form still has errors (a draft): every box any safe text, the shape
 * as strict. Nothing typed is lost on a failed check; the submission gate reads the stored form
 * strictly and lists what must still be fixed (lib/rules/narrative/check-narrative.ts).
 */
export const draftFactsSchema = z.strictObject(
  { form: build(FACT_FIELDS, "draft", ANY_REPORT), settings: build(SETTINGS_FIELDS, "draft", ANY_REPORT) },
  { error: unknownKeys },
);

/** How a report's facts sit in ReportNarrative.facts: the text as typed, so the form reopens as left. */
export type StoredFacts = z.input<typeof storedFactsSchema>;

const RECORD_FIELDS = { form: FACT_FIELDS, settings: SETTINGS_FIELDS };

const readers = new Map<string, z.ZodType>();
/** Readers depend only on the mode and the context; built once per pair. */
function reader(mode: Mode, ctx: FormContext): z.ZodType {
  const key = `${mode}:${ctx.year}:${ctx.unitKind}`;
  let r = readers.get(key);
  if (!r) readers.set(key, (r = build(RECORD_FIELDS, mode, ctx)));
  return r;
}

export const DAMAGED_FACTS = "情况说明事实数据的存储内容部分无法读取，无法读取的项目已按空白显示，请核对后重新保存。";

/** A stored record read back: the form's text, and a warning when part of it was damaged. */
export interface StoredFactsRead {
  readonly form: NarrativeFactsForm;
  readonly settings: NarrativeSettingsForm;
  readonly warning: string | null;
}

/**
 * Stored JSON → the form to show. Missing leaves are blank and fields the form no longer has are
 * dropped (an older record reads without a warning); a leaf of the wrong kind is blanked and the
 * record flagged, every other value kept. Never throws.
 */
export function readStoredFacts(json: unknown, ctx: FormContext): StoredFactsRead {
  const exact = reader("stored", ctx).safeParse(json);
  const read = (exact.success ? exact.data : reader("salvage", ctx).parse(json)) as StoredFacts;
  return { form: read.form, settings: read.settings, warning: exact.success ? null : DAMAGED_FACTS };
}

/** An empty record: what the definition's blanks give (budget rows are added by the caller). */
export function blankStoredFacts(ctx: FormContext): StoredFacts {
  return reader("salvage", ctx).parse({}) as StoredFacts;
}

/**
 * The facts as far as they can be read while the form still has errors, for the live text only:
 * each value that does not parse counts as not entered (figures that may be missing), 0, or
 * blank, on its own. For a valid form this equals the schema's output (facts-form.test.ts checks it
 * on the seed).
 */
export function lenientFacts(form: NarrativeFactsForm, year: number): NarrativeFacts {
  return (reader("lenient", { year, unitKind: "administrative" }) as z.ZodType<{ form: FactValues }>).parse({ form, settings: {} }).form;
}

/** Each setting that does not parse falls back to its default on its own. */
export function lenientSettings(settings: NarrativeSettingsForm): NarrativeSettings {
  const read = (reader("lenient", ANY_REPORT) as z.ZodType<{ settings: SettingValues }>).parse({ form: {}, settings });
  return toSettings(read.settings);
}
