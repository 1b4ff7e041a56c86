/**
 * How a report's 单位概况 and 情况说明 facts sit in ReportNarrative:
 *   overview = { duties: string[]; organization: string }
 *   facts    = { form: NarrativeFactsForm; settings: NarrativeSettingsForm }  ({} until first saved)
 * The facts are kept as the strings staff typed, so the form reopens exactly as it was left and
 * the schemas (lib/validation/facts.ts) stay the one place that turns text into values.
 *
 * Stored JSON is read defensively: a damaged record yields an empty (or partly empty) value plus
 * a warning, never an exception, so no page breaks on it.
 */
import { z } from "zod";
import { normalizeAmountText, parseYuan, type Fen } from "../money";
import type { DerivedCodedTable, DerivedReport } from "../tables/report";
import { narrativeFactsSchema, narrativeSettingsSchema, type NarrativeFactsForm } from "../validation/facts";
import {
  DEFAULT_NARRATIVE_SETTINGS,
  EXPENDITURE_KINDS,
  INCOME_SOURCES,
  PERFORMANCE_GRADES,
  UNIT_KINDS,
  VEHICLE_CATEGORIES,
  type NarrativeFacts,
  type NarrativeSettings,
  type PerformanceGrade,
  type UnitKind,
} from "./facts";
import { REASON_KEY_PATTERN } from "./reasons";
import type { NarrativeResult } from "./types";

export type NarrativeSettingsForm = z.input<typeof narrativeSettingsSchema>;

// Type aliases rather than interfaces, so the values are assignable to Prisma's Json input.
export type StoredOverview = {
  /** 单位职责, in printed order, without their "（一）" numbering. */
  duties: string[];
  /** 机构设置 */
  organization: string;
};

export type StoredFacts = {
  form: NarrativeFactsForm;
  settings: NarrativeSettingsForm;
};

export type StoredNarrativeRecord = {
  overview: StoredOverview;
  facts: StoredFacts;
};

export const DUTY_MAX = 500;
export const DUTIES_MAX = 50;
export const ORGANIZATION_MAX = 3000;

// Published text: markup and control characters are refused rather than escaped later.
const FORBIDDEN_INLINE = /[<>\u0000-\u001f\u007f]/;
const FORBIDDEN_BLOCK = /[<>\u0000-\u0009\u000b-\u001f\u007f]/;

/** The 单位概况 form and its server action: duties lose typed line breaks, the text its edges. */
export const overviewSchema = z.strictObject({
  duties: z
    .array(z.string({ error: "单位职责应为文字" }), { error: "单位职责格式不正确" })
    .max(DUTIES_MAX, `单位职责最多 ${DUTIES_MAX} 条`)
    .transform((duties) => duties.map((d) => d.replace(/\s*[\r\n]+\s*/g, "").trim()))
    .superRefine((duties, ctx) => {
      duties.forEach((d, i) => {
        const label = `单位职责第 ${i + 1} 条`;
        if (d === "") ctx.addIssue({ code: "custom", path: [i], message: `${label}不能为空（不需要请删除该条）` });
        else if (d.length > DUTY_MAX) ctx.addIssue({ code: "custom", path: [i], message: `${label}最多 ${DUTY_MAX} 个字符` });
        else if (FORBIDDEN_INLINE.test(d)) ctx.addIssue({ code: "custom", path: [i], message: `${label}不能包含尖括号或控制字符` });
      });
    }),
  organization: z
    .string({ error: "机构设置应为文字" })
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .refine((s) => s.length <= ORGANIZATION_MAX, `机构设置最多 ${ORGANIZATION_MAX} 个字符`)
    .refine((s) => !FORBIDDEN_BLOCK.test(s), "机构设置不能包含尖括号或控制字符"),
});

export interface Read<T> {
  readonly value: T;
  /** Shown to staff and reviewers when the stored record could not be read in full. */
  readonly warning: string | null;
}

export const EMPTY_OVERVIEW: StoredOverview = { duties: [], organization: "" };

const DAMAGED_OVERVIEW = "单位概况的存储数据部分无法读取，无法读取的内容已按空白显示，请核对后重新保存。";
const DAMAGED_FACTS = "情况说明事实数据的存储内容部分无法读取，无法读取的项目已按空白显示，请核对后重新保存。";

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

export function readOverview(json: Json): Read<StoredOverview> {
  if (json === null || json === undefined) return { value: EMPTY_OVERVIEW, warning: null };
  const parsed = overviewSchema.safeParse(json);
  if (parsed.success) return { value: parsed.data, warning: null };
  // Keep whatever is still text: losing one damaged duty is better than losing all of them.
  const duties = isObject(json) && Array.isArray(json.duties) ? json.duties.filter((d): d is string => typeof d === "string").slice(0, DUTIES_MAX) : [];
  const organization = isObject(json) && typeof json.organization === "string" ? json.organization : "";
  return { value: { duties, organization }, warning: DAMAGED_OVERVIEW };
}

export const DEFAULT_SETTINGS_FORM: NarrativeSettingsForm = {
  flatThresholdPercent: "1",
  lastYearZero: "growth100",
  arithmetic: "printed",
};

/** The budget 项 codes the form asks a 年初预算 for, per fund table. */
export interface BudgetCodes {
  readonly gp: readonly string[];
  readonly gf: readonly string[];
  readonly soe: readonly string[];
}

const itemCodes = (table: DerivedCodedTable) => table.rows.flatMap((r) => (r.level === "item" && r.code !== null ? [r.code] : []));

/** The 项 of 公开05, 07 and 08: each needs its 年初预算 for 五(三), 七 and 八. */
export function budgetCodesOf(derived: DerivedReport): BudgetCodes {
  return { gp: itemCodes(derived.tables.t05), gf: itemCodes(derived.tables.t07), soe: itemCodes(derived.tables.t08) };
}

const blankRecord = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, ""])) as Record<K, string>;

/** A blank form: nothing entered except what the system knows (unit kind, year end, budget rows). */
export function emptyFactsForm(opts: { unitKind: UnitKind; year: number; budgetCodes?: BudgetCodes }): NarrativeFactsForm {
  const codes = opts.budgetCodes ?? { gp: [], gf: [], soe: [] };
  return {
    unitKind: opts.unitKind,
    lastYear: { total: "", income: blankRecord(INCOME_SOURCES), expenditure: blankRecord(EXPENDITURE_KINDS), fiscalTotal: "", gp: "" },
    budgets: { gp: blankRecord(codes.gp), gf: blankRecord(codes.gf), soe: blankRecord(codes.soe), gpTotal: "" },
    operatingCostBudget: "",
    threePublic: {
      abroadGroups: "",
      abroadPersons: "",
      vehiclesBought: "",
      vehiclesHeld: "",
      domesticBatches: "",
      domesticPersons: "",
      foreignAffairsBatches: "",
      foreignAffairsPersons: "",
      abroadReception: "",
      abroadReceptionBatches: "",
      abroadReceptionPersons: "",
      receptionPurpose: "",
    },
    procurement: { goods: "", works: "", services: "", smeGoods: "", smeWorks: "", smeServices: "", small: "" },
    assets: { asOf: `${opts.year}-12-31`, vehicles: blankRecord(VEHICLE_CATEGORIES), otherVehiclesNote: "", equipmentOver1m: "" },
    performance: { level: "", selfEvaluatedProjects: "", selfEvaluatedMoney: "", gradeCounts: [], assessment: "", highlights: [], keyEvaluations: [] },
    reasons: {},
  };
}

/**
 * Copies every string found at the place `shape` has one; anything else found there marks the
 * read as damaged. Records (budgets, reasons) take the keys that fit their pattern.
 */
class Salvage {
  damaged = false;

  text(v: Json, fallback = ""): string {
    if (typeof v === "string") return v;
    if (v !== undefined && v !== null) this.damaged = true;
    return fallback;
  }

  object(v: Json): Record<string, Json> {
    if (isObject(v)) return v;
    if (v !== undefined && v !== null) this.damaged = true;
    return {};
  }

  fields<K extends string>(keys: readonly K[], v: Json): Record<K, string> {
    const o = this.object(v);
    return Object.fromEntries(keys.map((k) => [k, this.text(o[k])])) as Record<K, string>;
  }

  record(v: Json, key: RegExp, max: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, value] of Object.entries(this.object(v)).slice(0, max)) {
      if (key.test(k) && typeof value === "string") out[k] = value;
      else this.damaged = true;
    }
    return out;
  }

  list<T>(v: Json, max: number, item: (o: Record<string, Json>) => T): T[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.damaged = true;
      return [];
    }
    return v.slice(0, max).map((e) => item(this.object(e)));
  }

  oneOf<T extends string>(values: readonly T[], v: Json, fallback: T): T {
    if ((values as readonly Json[]).includes(v)) return v as T;
    this.damaged = true;
    return fallback;
  }
}

const ITEM_CODE = /^\d{7}$/;

export interface FactsRead {
  /** false until the facts were first saved. */
  readonly entered: boolean;
  readonly form: NarrativeFactsForm;
  readonly settings: NarrativeSettingsForm;
  readonly warning: string | null;
}

/** Stored facts → the form to show. `blank` supplies what an unsaved report starts from. */
export function readFacts(json: Json, blank: NarrativeFactsForm): FactsRead {
  if (json === null || json === undefined || (isObject(json) && Object.keys(json).length === 0)) {
    return { entered: false, form: blank, settings: DEFAULT_SETTINGS_FORM, warning: null };
  }
  const s = new Salvage();
  const root = s.object(json);
  const f = s.object(root.form);
  const lastYear = s.object(f.lastYear);
  const budgets = s.object(f.budgets);
  const tp = s.object(f.threePublic);
  const assets = s.object(f.assets);
  const perf = s.object(f.performance);
  const form: NarrativeFactsForm = {
    unitKind: s.oneOf(UNIT_KINDS, f.unitKind, blank.unitKind),
    lastYear: {
      total: s.text(lastYear.total),
      income: s.fields(INCOME_SOURCES, lastYear.income),
      expenditure: s.fields(EXPENDITURE_KINDS, lastYear.expenditure),
      fiscalTotal: s.text(lastYear.fiscalTotal),
      gp: s.text(lastYear.gp),
    },
    budgets: {
      gp: s.record(budgets.gp, ITEM_CODE, 2000),
      gf: s.record(budgets.gf, ITEM_CODE, 2000),
      soe: s.record(budgets.soe, ITEM_CODE, 2000),
      gpTotal: s.text(budgets.gpTotal),
    },
    operatingCostBudget: s.text(f.operatingCostBudget),
    threePublic: s.fields(
      [
        "abroadGroups",
        "abroadPersons",
        "vehiclesBought",
        "vehiclesHeld",
        "domesticBatches",
        "domesticPersons",
        "foreignAffairsBatches",
        "foreignAffairsPersons",
        "abroadReception",
        "abroadReceptionBatches",
        "abroadReceptionPersons",
        "receptionPurpose",
      ] as const,
      tp,
    ),
    procurement: s.fields(["goods", "works", "services", "smeGoods", "smeWorks", "smeServices", "small"] as const, f.procurement),
    assets: {
      asOf: s.text(assets.asOf, blank.assets.asOf),
      vehicles: s.fields(VEHICLE_CATEGORIES, assets.vehicles),
      otherVehiclesNote: s.text(assets.otherVehiclesNote),
      equipmentOver1m: s.text(assets.equipmentOver1m),
    },
    performance: {
      level: s.text(perf.level),
      selfEvaluatedProjects: s.text(perf.selfEvaluatedProjects),
      selfEvaluatedMoney: s.text(perf.selfEvaluatedMoney),
      gradeCounts: s.list(perf.gradeCounts, PERFORMANCE_GRADES.length, (g) => ({
        grade: s.oneOf(PERFORMANCE_GRADES, g.grade, "优"),
        count: s.text(g.count),
      })),
      assessment: s.text(perf.assessment),
      highlights: s.list(perf.highlights, 50, (h) => s.fields(["project", "score", "budgetFull", "executed", "summary"] as const, h)),
      keyEvaluations: s.list(perf.keyEvaluations, 50, (k) => ({
        ...s.fields(["project", "money", "score"] as const, k),
        grade: s.oneOf(PERFORMANCE_GRADES, k.grade, "优"),
      })),
    },
    reasons: s.record(f.reasons, REASON_KEY_PATTERN, 2000),
  };
  const st = s.object(root.settings);
  const settings: NarrativeSettingsForm = {
    flatThresholdPercent: s.text(st.flatThresholdPercent, DEFAULT_SETTINGS_FORM.flatThresholdPercent),
    lastYearZero: s.oneOf(["growth100", "omitPercent"] as const, st.lastYearZero, DEFAULT_SETTINGS_FORM.lastYearZero),
    arithmetic: s.oneOf(["printed", "exact"] as const, st.arithmetic, DEFAULT_SETTINGS_FORM.arithmetic),
  };
  return { entered: true, form, settings, warning: s.damaged ? DAMAGED_FACTS : null };
}

/** What a save sends: both schemas must accept it before anything is written. */
export const storedFactsSchema = z.strictObject({ form: narrativeFactsSchema, settings: narrativeSettingsSchema });

const FUND_TABLES: Readonly<Record<string, string>> = { gp: "公开05表", gf: "公开07表", soe: "公开08表" };
const LISTS: Readonly<Record<string, string>> = { gradeCounts: "自评等级", highlights: "展示的自评项目", keyEvaluations: "重点评价项目" };

/**
 * storedFactsSchema's complaints as people read them: a 年初预算 names its table and code, a
 * row of a list its number ("公开05表 2010301 一般公共预算年初预算：不能为负数").
 * `fieldErrors` is keyed by the schema path ("form.lastYear.total").
 */
export function describeFactsIssues(issues: readonly z.core.$ZodIssue[]): { summary: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const messages = issues.map((issue) => {
    const path = issue.path.map(String);
    // zod's own English messages only reach a client that bypassed the form (a missing group, an extra key).
    let message = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `情况说明数据格式不正确（${path.join(".") || "整体"}）`;
    if (path[1] === "budgets" && FUND_TABLES[path[2]] && path[3]) message = `${FUND_TABLES[path[2]]} ${path[3]} ${message}`;
    else if (path[1] === "performance" && LISTS[path[2]] && /^\d+$/.test(path[3] ?? "")) message = `${LISTS[path[2]]}第 ${Number(path[3]) + 1} 行：${message}`;
    else if (path[1] === "reasons") message = `主要原因：${message}`;
    fieldErrors[path.join(".")] ??= message;
    return message;
  });
  const more = messages.length > 1 ? `（另有 ${messages.length - 1} 处需要修改）` : "";
  return { summary: `未保存：${messages[0] ?? "情况说明事实数据有误"}${more}`, fieldErrors };
}

export interface ResolvedFacts {
  readonly facts: NarrativeFacts;
  readonly settings: NarrativeSettings;
  /** The schemas' first complaint when the form does not validate (then `facts` is lenient). */
  readonly invalid: string | null;
}

/**
 * The facts to generate from: exactly the schema's values when the form validates; otherwise
 * `lenientFacts`, so a page can still show the text while saying what is wrong.
 */
export function resolveFacts(form: NarrativeFactsForm, settings: NarrativeSettingsForm, year: number): ResolvedFacts {
  const parsed = storedFactsSchema.safeParse({ form, settings });
  if (parsed.success) return { facts: parsed.data.form, settings: parsed.data.settings, invalid: null };
  return { facts: lenientFacts(form, year), settings: lenientSettings(settings), invalid: parsed.error.issues[0]?.message ?? "情况说明事实数据有误" };
}

const optionalFen = (text: string | undefined): Fen | null => {
  const r = parseYuan(text ?? "");
  return r.ok ? r.fen : null;
};
const fen = (text: string | undefined): Fen => optionalFen(text) ?? 0n;
const whole = (text: string | undefined): number => {
  const s = normalizeAmountText(text ?? "");
  return /^\d{1,7}$/.test(s) ? Number(s) : 0;
};
const hundredths = (text: string | undefined): bigint => {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(normalizeAmountText(text ?? ""));
  const v = m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0")) : 0n;
  return v <= 10_000n ? v : 0n;
};
const phrase = (text: string | undefined): string | null => {
  const s = (text ?? "").trim();
  return s === "" || FORBIDDEN_INLINE.test(s) ? null : s;
};
const budgets = (r: Readonly<Record<string, string>> | undefined): Record<string, Fen> => {
  const out: Record<string, Fen> = {};
  for (const [code, text] of Object.entries(r ?? {})) {
    const v = optionalFen(text);
    if (ITEM_CODE.test(code) && v !== null) out[code] = v;
  }
  return out;
};
const isGrade = (g: string): g is PerformanceGrade => (PERFORMANCE_GRADES as readonly string[]).includes(g);
const isDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * The facts as far as they can be read while the form still has errors, for the live text only:
 * a value that does not parse counts as not entered (figures that may be missing) or 0.
 * For a valid form this equals the schema's output (stored.test.ts checks it on the seed).
 */
export function lenientFacts(form: NarrativeFactsForm, year: number): NarrativeFacts {
  const tp = form.threePublic;
  const p = form.procurement;
  const perf = form.performance;
  const reasons: Record<string, string> = {};
  for (const [key, text] of Object.entries(form.reasons)) {
    const t = phrase(text);
    if (REASON_KEY_PATTERN.test(key) && t !== null) reasons[key] = t;
  }
  return {
    unitKind: (UNIT_KINDS as readonly string[]).includes(form.unitKind) ? form.unitKind : "administrative",
    lastYear: {
      total: optionalFen(form.lastYear.total),
      income: Object.fromEntries(INCOME_SOURCES.map((k) => [k, optionalFen(form.lastYear.income[k])])) as NarrativeFacts["lastYear"]["income"],
      expenditure: Object.fromEntries(EXPENDITURE_KINDS.map((k) => [k, optionalFen(form.lastYear.expenditure[k])])) as NarrativeFacts["lastYear"]["expenditure"],
      fiscalTotal: optionalFen(form.lastYear.fiscalTotal),
      gp: optionalFen(form.lastYear.gp),
    },
    budgets: { gp: budgets(form.budgets.gp), gf: budgets(form.budgets.gf), soe: budgets(form.budgets.soe), gpTotal: optionalFen(form.budgets.gpTotal) },
    operatingCostBudget: optionalFen(form.operatingCostBudget),
    threePublic: {
      abroadGroups: whole(tp.abroadGroups),
      abroadPersons: whole(tp.abroadPersons),
      vehiclesBought: whole(tp.vehiclesBought),
      vehiclesHeld: whole(tp.vehiclesHeld),
      domesticBatches: whole(tp.domesticBatches),
      domesticPersons: whole(tp.domesticPersons),
      foreignAffairsBatches: whole(tp.foreignAffairsBatches),
      foreignAffairsPersons: whole(tp.foreignAffairsPersons),
      abroadReception: fen(tp.abroadReception),
      abroadReceptionBatches: whole(tp.abroadReceptionBatches),
      abroadReceptionPersons: whole(tp.abroadReceptionPersons),
      receptionPurpose: phrase(tp.receptionPurpose),
    },
    procurement: {
      goods: fen(p.goods),
      works: fen(p.works),
      services: fen(p.services),
      smeGoods: fen(p.smeGoods),
      smeWorks: fen(p.smeWorks),
      smeServices: fen(p.smeServices),
      small: fen(p.small),
    },
    assets: {
      asOf: isDate(form.assets.asOf) ? form.assets.asOf : `${year}-12-31`,
      vehicles: Object.fromEntries(VEHICLE_CATEGORIES.map((k) => [k, whole(form.assets.vehicles[k])])) as NarrativeFacts["assets"]["vehicles"],
      otherVehiclesNote: phrase(form.assets.otherVehiclesNote),
      equipmentOver1m: whole(form.assets.equipmentOver1m),
    },
    performance: {
      level: phrase(perf.level) ?? "",
      selfEvaluatedProjects: whole(perf.selfEvaluatedProjects),
      selfEvaluatedMoney: fen(perf.selfEvaluatedMoney),
      gradeCounts: perf.gradeCounts.flatMap((g) => (isGrade(g.grade) ? [{ grade: g.grade, count: whole(g.count) }] : [])),
      assessment: phrase(perf.assessment),
      highlights: perf.highlights.flatMap((h) => {
        const project = phrase(h.project);
        return project === null
          ? []
          : [{ project, score: hundredths(h.score), budgetFull: fen(h.budgetFull), executed: fen(h.executed), summary: phrase(h.summary) }];
      }),
      keyEvaluations: perf.keyEvaluations.flatMap((k) => {
        const project = phrase(k.project);
        return project === null || !isGrade(k.grade) ? [] : [{ project, money: fen(k.money), score: hundredths(k.score), grade: k.grade }];
      }),
    },
    reasons,
  };
}

/** Each setting that does not parse falls back to its default on its own. */
export function lenientSettings(form: NarrativeSettingsForm): NarrativeSettings {
  const one = <K extends keyof NarrativeSettingsForm>(key: K) => {
    const r = narrativeSettingsSchema.safeParse({ ...DEFAULT_SETTINGS_FORM, [key]: form[key] });
    return r.success ? r.data : DEFAULT_NARRATIVE_SETTINGS;
  };
  return {
    flatThreshold: one("flatThresholdPercent").flatThreshold,
    lastYearZero: one("lastYearZero").lastYearZero,
    arithmetic: one("arithmetic").arithmetic,
  };
}

/**
 * Everything the generated text still lacks, as the submission gate lists it: each missing
 * reason by its place ("五(三)2 行政运行：决算数大于年初预算数"), then each generator problem.
 */
export function openNarrativeItems(result: NarrativeResult): string[] {
  return [...result.requiredReasons.filter((r) => !r.filled).map((r) => r.label), ...result.problems];
}

export const FACTS_NOT_ENTERED = "尚未填写情况说明所需的事实数据";
