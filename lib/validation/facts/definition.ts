/**
 * The 情况说明 facts form and its settings, field by field: the one definition every reader of
 * the form is built from (lib/validation/facts/tree.ts). What the nine tables and the 绩效 data
 * say is not asked for here: section 十三 reads the 绩效 figures (lib/performance/figures.ts).
 */
import { z } from "zod";
import type { Fen } from "../../money";
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_KIND_LABELS,
  INCOME_SOURCES,
  INCOME_SOURCE_LABELS,
  UNIT_KINDS,
  VEHICLE_CATEGORIES,
} from "../../narrative/facts";
import { REASON_KEY_PATTERN } from "../../narrative/reasons";
import { isUnsafeText, unsafeTextMessage } from "../text";
import { Leaf, choice, withBlank, count, optionalText, optionalYuan, percentText, requiredText, requiredYuan, yearEndDate } from "./leaves";
import { Dict, List, Migrated } from "./tree";

export const REASON_MAX = 500;
const MAX_ITEMS = 2_000;
const ITEM_CODE = /^\d{7}$/;

const byKey = <K extends string, T>(keys: readonly K[], leaf: (key: K) => T) =>
  Object.fromEntries(keys.map((k) => [k, leaf(k)])) as Record<K, T>;

const entered = (fen: Fen | null): fen is Fen => fen !== null;
const written = (text: string): text is string => text !== "";

/** 年初预算 by 项 code; a blank cell means "not entered" and is dropped. */
const budgets = (label: string) =>
  new Dict(ITEM_CODE, `${label}的科目编码应为7位项级编码`, optionalYuan(`${label}年初预算`), MAX_ITEMS, `${label}科目过多`, entered);

/** A reason: blank or spaces-only is missing, not "filled with nothing". */
const reasonText = new Leaf<string>(
  "主要原因",
  "text",
  z
    .string({ error: "主要原因应为文字" })
    .trim()
    .max(REASON_MAX, `主要原因最多 ${REASON_MAX} 个字符`)
    .refine((s) => !isUnsafeText(s), unsafeTextMessage("主要原因")),
  z.string(),
  () => "",
  () => "",
);

/**
 * Older records asked for the 绩效 figures again (项目数, 等级, each 自评表 project's score and
 * amounts, the 重点评价). They now come from the 绩效 data; what staff still write is carried
 * over — 涉及预算资金 and each summary by its project — and the rest is ignored.
 */
function migratePerformance(stored: Record<string, unknown>): Record<string, unknown> {
  const out = { ...stored };
  if (out.coveredMoney === undefined && typeof stored.selfEvaluatedMoney === "string") out.coveredMoney = stored.selfEvaluatedMoney;
  if (out.summaries === undefined && Array.isArray(stored.highlights)) {
    out.summaries = stored.highlights.map((h: unknown) =>
      typeof h === "object" && h !== null ? { project: (h as Record<string, unknown>).project, summary: (h as Record<string, unknown>).summary } : h,
    );
  }
  return out;
}

export const FACT_FIELDS = {
  unitKind: choice("单位类型", UNIT_KINDS, "请选择单位类型", (ctx) => ctx.unitKind),
  lastYear: {
    total: optionalYuan("上年收、支总计"),
    income: byKey(INCOME_SOURCES, (k) => optionalYuan(`上年${INCOME_SOURCE_LABELS[k]}`)),
    expenditure: byKey(EXPENDITURE_KINDS, (k) => optionalYuan(`上年${EXPENDITURE_KIND_LABELS[k]}`)),
    fiscalTotal: optionalYuan("上年财政拨款收、支总计"),
    gp: optionalYuan("上年一般公共预算财政拨款支出"),
    source: optionalText("上年数来源", 200),
  },
  budgets: {
    gp: budgets("一般公共预算"),
    gf: budgets("政府性基金预算"),
    soe: budgets("国有资本经营预算"),
    gpTotal: optionalYuan("一般公共预算财政拨款支出年初预算合计"),
  },
  operatingCostBudget: optionalYuan("机关运行经费年初预算"),
  threePublic: {
    abroadGroups: count("因公出国（境）团组数"),
    abroadPersons: count("因公出国（境）人次"),
    vehiclesBought: count("购置公务用车数"),
    vehiclesHeld: count("公务用车保有量"),
    domesticBatches: count("国内接待批次"),
    domesticPersons: count("国内接待人次"),
    foreignAffairsBatches: count("外事接待批次"),
    foreignAffairsPersons: count("外事接待人次"),
    abroadReception: requiredYuan("国（境）外接待费"),
    abroadReceptionBatches: count("国（境）外接待批次"),
    abroadReceptionPersons: count("国（境）外接待人次"),
    receptionPurpose: optionalText("国内接待主要用途", 200),
  },
  procurement: {
    goods: requiredYuan("政府采购货物支出"),
    smeGoods: requiredYuan("货物采购授予中小企业合同金额"),
    works: requiredYuan("政府采购工程支出"),
    smeWorks: requiredYuan("工程采购授予中小企业合同金额"),
    services: requiredYuan("政府采购服务支出"),
    smeServices: requiredYuan("服务采购授予中小企业合同金额"),
    small: requiredYuan("授予小微企业合同金额"),
  },
  assets: {
    asOf: yearEndDate("日期"),
    vehicles: byKey(VEHICLE_CATEGORIES, (k) => count(k)),
    otherVehiclesNote: optionalText("其他用车说明", 200),
    equipmentOver1m: count("单价100万元以上设备数"),
  },
  /** Section 十三: only what the 绩效 data cannot say. */
  performance: new Migrated(
    {
      level: requiredText("预算级次（如市级）", 10),
      assessment: optionalText("自评总体情况", 1000),
      /** Needed only while some project lacks its 全年执行数 (PerformanceFigures.coveredFen null). */
      coveredMoney: optionalYuan("绩效自评涉及预算资金"),
      /** 项目绩效目标完成情况 of each project with a 自评表, by its name. */
      summaries: new List(
        { project: requiredText("项目名称", 100), summary: optionalText("绩效目标完成情况", 500) },
        50,
        "项目绩效目标完成情况",
      ),
    },
    migratePerformance,
  ),
  reasons: new Dict(REASON_KEY_PATTERN, "原因编号不正确", reasonText, MAX_ITEMS, "主要原因条目过多", written),
};

export const SETTINGS_FIELDS = {
  flatThresholdPercent: withBlank(percentText("“基本持平”的幅度（%）", "基本持平幅度应为0到99之间、最多两位小数的百分数（例如 1）", 100n), "1"),
  lastYearZero: choice("上年为0、本年大于0时", ["growth100", "omitPercent"], "请选择上年为0时的写法", () => "growth100"),
  arithmetic: choice("百分比和增减额的计算口径", ["printed", "exact"], "请选择百分比的计算口径", () => "printed"),
};
