/**
 * The 情况说明 facts form (lib/narrative/facts.ts), shared by the form and its server action.
 * Everything arrives as text: amounts in 元 (parsed to exact 分), counts as whole numbers,
 * scores with up to two decimals. Checks that need only the facts are here; checks against
 * the tables are reported by the generator.
 */
import { z } from "zod";
import { normalizeAmountText, parseYuan, type Fen } from "../money";
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_KIND_LABELS,
  INCOME_SOURCES,
  INCOME_SOURCE_LABELS,
  PERFORMANCE_GRADES,
  UNIT_KINDS,
  VEHICLE_CATEGORIES,
  type NarrativeFacts,
  type NarrativeSettings,
} from "../narrative/facts";
import { REASON_KEY_PATTERN } from "../narrative/reasons";
import { optionalPlainText, plainText } from "./text";

export const REASON_MAX = 500;
const MAX_COUNT = 9_999_999;
const MAX_ITEMS = 2_000;

const FORBIDDEN = /[<>\u0000-\u001f\u007f]/;

function yuanText(label: string) {
  return z
    .string({ error: `${label}应为文字` })
    .max(64, `${label}过长`)
    .transform((text, ctx): Fen | null => {
      const parsed = parseYuan(text);
      if (parsed.ok) return parsed.fen;
      ctx.addIssue({ code: "custom", message: `${label}：${parsed.message}` });
      return z.NEVER;
    });
}

/** Blank allowed: the generator lists what is still missing. */
const optionalYuan = (label: string) => yuanText(label);

const requiredYuan = (label: string) =>
  yuanText(label).transform((fen, ctx): Fen => {
    if (fen !== null) return fen;
    ctx.addIssue({ code: "custom", message: `请填写${label}（没有请填0）` });
    return z.NEVER;
  });

function countText(label: string) {
  return z
    .string({ error: `${label}应为文字` })
    .max(16, `${label}过长`)
    .transform((text, ctx): number => {
      const s = normalizeAmountText(text);
      if (s === "") ctx.addIssue({ code: "custom", message: `请填写${label}（没有请填0）` });
      else if (!/^\d+$/.test(s)) ctx.addIssue({ code: "custom", message: `${label}只能填写不小于0的整数` });
      else if (s.replace(/^0+(?=\d)/, "").length > 7 || Number(s) > MAX_COUNT) {
        ctx.addIssue({ code: "custom", message: `${label}过大` });
      } else return Number(s);
      return z.NEVER;
    });
}

/** "98.2" → 9820n: a score out of 100 with at most two decimals. */
function scoreText(label: string) {
  return z
    .string({ error: `${label}应为文字` })
    .max(16, `${label}过长`)
    .transform((text, ctx): bigint => {
      const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(normalizeAmountText(text));
      const value = match ? BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0")) : null;
      if (value !== null && value <= 10_000n) return value;
      ctx.addIssue({ code: "custom", message: `${label}应为0到100之间、最多两位小数的数` });
      return z.NEVER;
    });
}

const isoDate = z
  .string({ error: "请填写日期" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2024-12-31")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "日期不存在");

function recordOf<K extends string, T extends z.ZodType>(keys: readonly K[], values: (key: K) => T) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, values(k)])) as Record<K, T>);
}

const lastYearSchema = z.strictObject({
  total: optionalYuan("上年收、支总计"),
  income: recordOf(INCOME_SOURCES, (k) => optionalYuan(`上年${INCOME_SOURCE_LABELS[k]}`)),
  expenditure: recordOf(EXPENDITURE_KINDS, (k) => optionalYuan(`上年${EXPENDITURE_KIND_LABELS[k]}`)),
  fiscalTotal: optionalYuan("上年财政拨款收、支总计"),
  gp: optionalYuan("上年一般公共预算财政拨款支出"),
});

/** 年初预算 by 项 code; a blank cell means "not entered" and is dropped. */
const budgetMap = (label: string) =>
  z
    .record(z.string().regex(/^\d{7}$/), optionalYuan(`${label}年初预算`), {
      error: (issue) => (issue.code === "invalid_key" ? `${label}的科目编码应为7位项级编码` : undefined),
    })
    .refine((r) => Object.keys(r).length <= MAX_ITEMS, `${label}科目过多`)
    .transform((r) => {
      const out: Record<string, Fen> = {};
      for (const [code, fen] of Object.entries(r)) if (fen !== null) out[code] = fen;
      return out;
    });

const threePublicSchema = z.strictObject({
  abroadGroups: countText("因公出国（境）团组数"),
  abroadPersons: countText("因公出国（境）人次"),
  vehiclesBought: countText("购置公务用车数"),
  vehiclesHeld: countText("公务用车保有量"),
  domesticBatches: countText("国内接待批次"),
  domesticPersons: countText("国内接待人次"),
  foreignAffairsBatches: countText("外事接待批次"),
  foreignAffairsPersons: countText("外事接待人次"),
  abroadReception: requiredYuan("国（境）外接待费"),
  abroadReceptionBatches: countText("国（境）外接待批次"),
  abroadReceptionPersons: countText("国（境）外接待人次"),
  receptionPurpose: optionalPlainText("国内接待主要用途", 200).transform((s) => s ?? null),
});

const procurementSchema = z.strictObject({
  goods: requiredYuan("政府采购货物支出"),
  works: requiredYuan("政府采购工程支出"),
  services: requiredYuan("政府采购服务支出"),
  smeGoods: requiredYuan("货物采购授予中小企业合同金额"),
  smeWorks: requiredYuan("工程采购授予中小企业合同金额"),
  smeServices: requiredYuan("服务采购授予中小企业合同金额"),
  small: requiredYuan("授予小微企业合同金额"),
});

const assetsSchema = z.strictObject({
  asOf: isoDate,
  vehicles: recordOf(VEHICLE_CATEGORIES, (k) => countText(k)),
  otherVehiclesNote: optionalPlainText("其他用车说明", 200).transform((s) => s ?? null),
  equipmentOver1m: countText("单价100万元以上设备数"),
});

const gradeSchema = z.enum(PERFORMANCE_GRADES, { error: "等级应为优、良、中、差、合格或不合格" });

const performanceSchema = z.strictObject({
  level: plainText("预算级次（如市级）", 10),
  selfEvaluatedProjects: countText("绩效自评项目数"),
  selfEvaluatedMoney: requiredYuan("绩效自评涉及预算资金"),
  gradeCounts: z
    .array(z.strictObject({ grade: gradeSchema, count: countText("项目数") }))
    .max(PERFORMANCE_GRADES.length, "等级过多"),
  assessment: optionalPlainText("自评总体情况", 1000).transform((s) => s ?? null),
  highlights: z
    .array(
      z.strictObject({
        project: plainText("项目名称", 100),
        score: scoreText("自评得分"),
        budgetFull: requiredYuan("全年预算数"),
        executed: requiredYuan("全年执行数"),
        summary: optionalPlainText("绩效目标完成情况", 500).transform((s) => s ?? null),
      }),
    )
    .max(50, "展示的自评表过多"),
  keyEvaluations: z
    .array(
      z.strictObject({
        project: plainText("项目名称", 100),
        money: requiredYuan("涉及预算资金"),
        score: scoreText("评价得分"),
        grade: gradeSchema,
      }),
    )
    .max(50, "重点评价项目过多"),
});

/** Reasons: blank or spaces-only entries are missing, not "filled with nothing". */
const reasonsSchema = z
  .record(
    z.string().regex(REASON_KEY_PATTERN),
    z
      .string({ error: "主要原因应为文字" })
      .trim()
      .max(REASON_MAX, `主要原因最多 ${REASON_MAX} 个字符`)
      .refine((s) => !FORBIDDEN.test(s), "主要原因不能包含尖括号或控制字符"),
    { error: (issue) => (issue.code === "invalid_key" ? "原因编号不正确" : undefined) },
  )
  .refine((r) => Object.keys(r).length <= MAX_ITEMS, "主要原因条目过多")
  .transform((r) => {
    const out: Record<string, string> = {};
    for (const [key, text] of Object.entries(r)) if (text !== "") out[key] = text;
    return out;
  });

export const narrativeFactsSchema = z
  .strictObject({
    unitKind: z.enum(UNIT_KINDS, { error: "请选择单位类型" }),
    lastYear: lastYearSchema,
    budgets: z.strictObject({
      gp: budgetMap("一般公共预算"),
      gf: budgetMap("政府性基金预算"),
      soe: budgetMap("国有资本经营预算"),
      gpTotal: optionalYuan("一般公共预算财政拨款支出年初预算合计"),
    }),
    operatingCostBudget: optionalYuan("机关运行经费年初预算"),
    threePublic: threePublicSchema,
    procurement: procurementSchema,
    assets: assetsSchema,
    performance: performanceSchema,
    reasons: reasonsSchema,
  })
  .superRefine((f, ctx) => {
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

    const perf = f.performance;
    const grades = new Set(perf.gradeCounts.map((g) => g.grade));
    if (grades.size !== perf.gradeCounts.length) {
      ctx.addIssue({ code: "custom", path: ["performance", "gradeCounts"], message: "同一等级填写了两次" });
    }
    const graded = perf.gradeCounts.reduce((s, g) => s + g.count, 0);
    if (graded !== perf.selfEvaluatedProjects) {
      ctx.addIssue({
        code: "custom",
        path: ["performance", "gradeCounts"],
        message: `各等级项目数合计${graded}个，与绩效自评项目数${perf.selfEvaluatedProjects}个不一致`,
      });
    }
  })
  .transform((f): NarrativeFacts => f);

export type NarrativeFactsForm = z.input<typeof narrativeFactsSchema>;

/** Settings an administrator chooses per region/template: "1" (%) → 100n hundredths. */
export const narrativeSettingsSchema = z.strictObject({
  flatThresholdPercent: z
    .string({ error: "基本持平幅度应为文字" })
    .max(8, "基本持平幅度过长")
    .transform((text, ctx): bigint => {
      const match = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(normalizeAmountText(text));
      if (match) return BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
      ctx.addIssue({ code: "custom", message: "基本持平幅度应为0到99之间、最多两位小数的百分数（例如 1）" });
      return z.NEVER;
    }),
  lastYearZero: z.enum(["growth100", "omitPercent"], { error: "请选择上年为0时的写法" }),
  arithmetic: z.enum(["printed", "exact"], { error: "请选择百分比的计算口径" }),
}).transform(
  (s): NarrativeSettings => ({ flatThreshold: s.flatThresholdPercent, lastYearZero: s.lastYearZero, arithmetic: s.arithmetic }),
);
