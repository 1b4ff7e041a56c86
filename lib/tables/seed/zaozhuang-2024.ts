/**
 * 枣庄市人民政府办公室本级, 2024: inputs in 元 that derive to the published 公开01–09 exactly.
 *
 * The disclosure prints only 万元 to two decimals, so the 元 amounts behind it are unknown.
 * These were chosen by hand, each leaf within ±50 元 of its printed figure (so it still rounds
 * to it), with the offsets set so every rounded subtotal lands on the printed value too:
 * - 208 shows 266.68 while 20805 + 20808 show 244.62 + 22.05 = 266.67, so the three 208 leaves
 *   are together 59.34 元 above their printed sum; the other 基本支出 leaves are 24.00 元 below
 *   theirs, leaving 基本支出合计 35.34 元 above 2,089.95 万元 (still 2,089.95).
 * - 项目支出 leaves are +18.94 元 (05) and −2.33 元 (07), so 05 合计 (+54.28 元 over 4,275.69)
 *   rounds up to 4,275.70 and 03 合计 (+51.95 元 over 4,299.90) rounds up to 4,299.91.
 * - 公开06 must add up to the same 20,899,535.34 元 of 基本支出 (rule 56) while 301 shows
 *   1,852.78 (its items show 1,852.79), 303 shows 71.91 (items 71.90), 302 shows 165.27 (items
 *   165.28) and 人员经费合计 shows 1,924.68: offsets −131.24, +53.81 and −87.23 元.
 * - 三公 actual amounts stay at or under budget and above the matching 公开06 lines (rule 96).
 * lib/tables/seed/zaozhuang-2024.test.ts checks every rendered cell against the fixture.
 */
import { parseYuan, type Fen } from "../../money";
import type { SubjectNames } from "../derive";
import type { ReportInputs } from "../inputs";

function yuan(text: string): Fen {
  const parsed = parseYuan(text);
  if (!parsed.ok || parsed.fen === null) throw new Error(`seed amount ${text} is invalid`);
  return parsed.fen;
}

const basic = (text: string) => ({ basic: yuan(text) });
const project = (text: string) => ({ project: yuan(text) });
const fiscal = (text: string) => ({ fiscal: yuan(text) });

export const ZAOZHUANG_2024_UNIT = "枣庄市人民政府办公室本级";

export const zaozhuang2024Inputs: ReportInputs = {
  income: {
    "2010150": fiscal("238,096.52"),
    "2010301": fiscal("10,432,788.63"),
    "2010302": fiscal("18,493,013.06"),
    "2010350": fiscal("4,837,895.85"),
    "2010399": fiscal("3,364,405.88"),
    "2080505": fiscal("1,663,925.61"),
    "2080506": fiscal("782,322.90"),
    "2080801": fiscal("220,510.83"),
    "2101101": fiscal("495,397.88"),
    "2101102": fiscal("263,701.57"),
    "2101103": fiscal("416,100.31"),
    "2120899": fiscal("242,097.67"),
    "2210201": fiscal("1,548,795.24"),
  },
  expenditure: {
    "2010150": basic("238,096.52"),
    "2010301": basic("10,432,788.63"),
    "2010302": project("18,493,013.06"),
    "2010350": basic("4,837,895.85"),
    "2010399": project("3,364,405.88"),
    "2080505": basic("1,663,925.61"),
    "2080506": basic("782,322.90"),
    "2080801": basic("220,510.83"),
    "2101101": basic("495,397.88"),
    "2101102": basic("263,701.57"),
    "2101103": basic("416,100.31"),
    "2120899": project("242,097.67"),
    "2210201": basic("1,548,795.24"),
  },
  gp: {
    "2010150": basic("238,096.52"),
    "2010301": basic("10,432,788.63"),
    "2010302": project("18,493,013.06"),
    "2010350": basic("4,837,895.85"),
    "2010399": project("3,364,405.88"),
    "2080505": basic("1,663,925.61"),
    "2080506": basic("782,322.90"),
    "2080801": basic("220,510.83"),
    "2101101": basic("495,397.88"),
    "2101102": basic("263,701.57"),
    "2101103": basic("416,100.31"),
    "2210201": basic("1,548,795.24"),
  },
  gf: {
    "2120899": { income: yuan("242,097.67"), project: yuan("242,097.67") },
  },
  soe: {},
  fiscal: {
    gpIncome: yuan("42,756,954.28"),
    gfIncome: yuan("242,097.67"),
  },
  balances: {},
  basicByEconomic: {
    "30101": yuan("4,977,676.55"),
    "30102": yuan("3,187,181.24"),
    "30103": yuan("2,744,885.68"),
    "30107": yuan("972,990.13"),
    "30108": yuan("1,840,887.96"),
    "30109": yuan("931,692.35"),
    "30110": yuan("700,488.77"),
    "30111": yuan("361,195.12"),
    "30112": yuan("100,796.88"),
    "30113": yuan("2,538,984.33"),
    "30114": yuan("121,093.46"),
    "30199": yuan("49,896.29"),
    "30201": yuan("172,187.66"),
    "30205": yuan("2,101.18"),
    "30206": yuan("26,596.23"),
    "30207": yuan("71,679.55"),
    "30209": yuan("8,502.63"),
    "30211": yuan("267,568.84"),
    "30217": yuan("24,598.11"),
    "30226": yuan("98.00"),
    "30227": yuan("2,200.55"),
    "30228": yuan("244,989.79"),
    "30229": yuan("300.16"),
    "30231": yuan("123,695.02"),
    "30239": yuan("708,195.05"),
    "30301": yuan("4,804.12"),
    "30302": yuan("263,113.88"),
    "30304": yuan("220,510.83"),
    "30305": yuan("50,809.06"),
    "30308": yuan("1,302.44"),
    "30309": yuan("108,810.35"),
    "30399": yuan("69,703.13"),
  },
  threePublic: {
    budget: { abroad: yuan("177,200.00"), vehicleOps: yuan("223,700.00"), reception: yuan("324,600.00") },
    actual: { abroad: yuan("177,196.40"), vehicleOps: yuan("223,695.30"), reception: yuan("324,588.62") },
  },
};

/** The 2024 function subjects the seed uses, named as the disclosure prints them. */
export const zaozhuang2024SubjectNames: SubjectNames = new Map([
  ["201", "一般公共服务支出"],
  ["20101", "人大事务"],
  ["2010150", "事业运行"],
  ["20103", "政府办公厅(室)及相关机构事务"],
  ["2010301", "行政运行"],
  ["2010302", "一般行政管理事务"],
  ["2010350", "事业运行"],
  ["2010399", "其他政府办公厅(室)及相关机构事务支出"],
  ["208", "社会保障和就业支出"],
  ["20805", "行政事业单位养老支出"],
  ["2080505", "机关事业单位基本养老保险缴费支出"],
  ["2080506", "机关事业单位职业年金缴费支出"],
  ["20808", "抚恤"],
  ["2080801", "死亡抚恤"],
  ["210", "卫生健康支出"],
  ["21011", "行政事业单位医疗"],
  ["2101101", "行政单位医疗"],
  ["2101102", "事业单位医疗"],
  ["2101103", "公务员医疗补助"],
  ["212", "城乡社区支出"],
  ["21208", "国有土地使用权出让收入安排的支出"],
  ["2120899", "其他国有土地使用权出让收入安排的支出"],
  ["221", "住房保障支出"],
  ["22102", "住房改革支出"],
  ["2210201", "住房公积金"],
]);
