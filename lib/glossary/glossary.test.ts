import { describe, expect, it } from "vitest";
import { FUNCTION_CATALOG_2024 } from "../../prisma/seed-data/catalog-2024";
import { FIXED_GLOSSARY } from "../../prisma/seed-data/glossary-fixed";
import { chineseOrdinal } from "../narrative/numerals";
import { deriveReport } from "../tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { buildGlossary, orderedItemCodes, usedItemCodesOf } from "./index";

/** 第四部分 entries 十六–二十八 as the seed prints them (PDF line breaks removed). */
const SEED_SUBJECT_ENTRIES = [
  "十六、一般公共服务支出(类)人大事务(款)事业运行(项):反映事业单位的基本支出,不包括行政单位(包括实行公务员管理的事业单位)后勤服务中心、医务室等附属事业单位。",
  "十七、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项):反映行政单位(包括实行公务员管理的事业单位)的基本支出。",
  "十八、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)一般行政管理事务(项):反映行政单位(包括实行公务员管理的事业单位)未单独设置项级科目的其他项目支出。",
  "十九、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)事业运行(项):反映事业单位的基本支出,不包括行政单位(包括实行公务员管理的事业单位)后勤服务中心、医务室等附属事业单位。",
  "二十、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)其他政府办公厅(室)及相关机构事务支出(项):反映除上述项目以外的其他政府办公厅(室)及相关机构事务支出。",
  "二十一、社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。",
  "二十二、社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位职业年金缴费支出(项):反映机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出(含职业年金补记支出)。",
  "二十三、社会保障和就业支出(类)抚恤(款)死亡抚恤(项):反映按规定用于烈士和牺牲、病故人员家属的一次性和定期抚恤金、丧葬补助费以及烈士褒扬金。",
  "二十四、卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项):反映财政部门安排的行政单位(包括实行公务员管理的事业单位,下同)基本医疗保险缴费经费,未参加医疗保险的行政单位的公费医疗经费,按国家规定享受离休人员、红军老战士待遇人员的医疗经费。",
  "二十五、卫生健康支出(类)行政事业单位医疗(款)事业单位医疗(项):反映财政部门安排的事业单位基本医疗保险缴费经费,未参加医疗保险的事业单位的公费医疗经费,按国家规定享受离休人员待遇的医疗经费。",
  "二十六、卫生健康支出(类)行政事业单位医疗(款)公务员医疗补助(项):反映财政部门安排的公务员医疗补助经费。",
  "二十七、住房保障支出(类)住房改革支出(款)住房公积金(项):反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。",
  "二十八、城乡社区支出(类)国有土地使用权出让收入安排的支出(款)其他国有土地使用权出让收入安排的支出(项):反映土地出让收入用于其他方面的支出。不包括市县级政府当年按规定用土地出让收入向中央和省级政府缴纳的新增建设用地土地有偿使用费的支出。",
];

/** The seed's extraction turned full-width punctuation half-width. */
const halfWidth = (s: string) =>
  s.replace(/[，：（）]/g, (ch) => ({ "，": ",", "：": ":", "（": "(", "）": ")" })[ch] ?? ch);

const derived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
const used = usedItemCodesOf(derived);
const glossary = buildGlossary({ fixed: FIXED_GLOSSARY, subjects: FUNCTION_CATALOG_2024, usedItemCodes: used });

describe("the seed's 名词解释", () => {
  it("starts with the fifteen fixed definitions, numbered 一 … 十五", () => {
    expect(glossary.entries.slice(0, 15).map((e) => e.text)).toEqual(
      FIXED_GLOSSARY.map((d, i) => `${chineseOrdinal(i + 1)}、${d.term}：${d.definition}`),
    );
  });

  it("continues with one entry per 项 used, exactly as entries 十六–二十八", () => {
    expect(glossary.entries.slice(15).map((e) => halfWidth(e.text))).toEqual(SEED_SUBJECT_ENTRIES);
    expect(glossary.entries).toHaveLength(28);
    expect(glossary.warnings).toEqual([]);
  });

  it("finds the codes by table: 公开05, then 公开07, then the rest", () => {
    expect(used.gf).toEqual(["2120899"]);
    expect(used.soe).toEqual([]);
    expect(orderedItemCodes(used).at(-1)).toBe("2120899");
  });
});

describe("ordering and warnings", () => {
  const subjects = [
    { code: "201", name: "一般公共服务支出" },
    { code: "20103", name: "政府办公厅(室)及相关机构事务" },
    { code: "2010301", name: "行政运行", explanation: "反映行政单位的基本支出。" },
    { code: "2010350", name: "事业运行", explanation: "  " },
    { code: "212", name: "城乡社区支出" },
    { code: "21208", name: "国有土地使用权出让收入安排的支出" },
    { code: "2120899", name: "其他国有土地使用权出让收入安排的支出", explanation: "反映土地出让收入用于其他方面的支出。" },
    { code: "221", name: "住房保障支出" },
    { code: "22102", name: "住房改革支出" },
    { code: "2210201", name: "住房公积金", explanation: "反映住房公积金。" },
  ];

  it("orders 一般公共预算 项 first, each group in code order, each code once", () => {
    const codes = orderedItemCodes({ gp: ["2210201", "2010301"], gf: ["2120899"], soe: [], other: ["2010301", "2010101"] });
    expect(codes).toEqual(["2010301", "2210201", "2120899", "2010101"]);
  });

  it("warns about a 项 without explanation and keeps the numbering without a gap", () => {
    const result = buildGlossary({
      fixed: [{ term: "基本支出", definition: "指……" }],
      subjects,
      usedItemCodes: { gp: ["2010350", "2010301"], gf: ["2120899"], soe: [], other: ["2999999"] },
    });
    expect(result.entries.map((e) => e.text)).toEqual([
      "一、基本支出：指……",
      "二、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：反映行政单位的基本支出。",
      "三、城乡社区支出(类)国有土地使用权出让收入安排的支出(款)其他国有土地使用权出让收入安排的支出(项)：反映土地出让收入用于其他方面的支出。",
    ]);
    expect(result.entries.map((e) => e.code)).toEqual([null, "2010301", "2120899"]);
    expect(result.warnings).toEqual([
      "科目2010350 事业运行缺少名词解释说明，请管理员在科目编码中补充",
      "科目2999999在本年度科目编码中找不到（或缺少其类、款），未列入名词解释，请管理员核对科目编码",
    ]);
  });

  it("can number with Arabic numerals", () => {
    const result = buildGlossary({ fixed: [], subjects, usedItemCodes: { gp: ["2210201"], gf: [], soe: [], other: [] }, numbering: "arabic" });
    expect(result.entries.map((e) => e.text)).toEqual(["1. 住房保障支出(类)住房改革支出(款)住房公积金(项)：反映住房公积金。"]);
  });
});
