/**
 * The generator against the seed (枣庄市人民政府办公室本级 2024): every number it prints is
 * matched, by source, to the fixture's transcription of the published 第三部分, and every
 * number printed must be one of those. Sentences are compared with the published text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JsonNumber, parseJsonExact, wanTokenToHundredths, type JsonValue } from "../fixture/json";
import { formatScaled } from "../money";
import { deriveReport } from "../tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames, ZAOZHUANG_2024_UNIT } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { generateNarrative, missingReasons } from "./generate";
import { blockText, renderPlainText } from "./render";
import { zaozhuang2024Facts, zaozhuang2024PerformanceFigures } from "./seed/zaozhuang-2024";
import { itemPathText } from "./subjects";
import type { NarrativeResult, NumberRun, Section } from "./types";

const FIXTURE_PATH = new URL("../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url);
const fixture = parseJsonExact(readFileSync(FIXTURE_PATH, "utf8"));
const style = shandong2024.narrativeNumberStyle;
const derived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);

function generate(settings?: Parameters<typeof generateNarrative>[0]["settings"]): NarrativeResult {
  return generateNarrative({
    template: shandong2024,
    unitName: ZAOZHUANG_2024_UNIT,
    year: 2024,
    derived,
    inputs: zaozhuang2024Inputs,
    facts: zaozhuang2024Facts,
    performance: zaozhuang2024PerformanceFigures,
    settings,
  });
}

const result = generate();

/** fixture.narrative at a dotted path ("items.1.actual"). */
function at(path: string): JsonValue {
  let node: JsonValue = (fixture as Record<string, JsonValue>).narrative;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || node instanceof JsonNumber) throw new Error(`no ${path} in fixture`);
    node = Array.isArray(node) ? node[Number(key)] : node[key];
  }
  if (node === undefined) throw new Error(`no ${path} in fixture`);
  return node;
}

function token(path: string): JsonNumber {
  const node = at(path);
  if (!(node instanceof JsonNumber)) throw new Error(`${path} is not a number`);
  return node;
}

function hundredths(path: string): bigint {
  const value = wanTokenToHundredths(token(path));
  if (value === null) throw new Error(`${path} has more than two decimals`);
  return value;
}

function numberRuns(sections: readonly Section[]): NumberRun[] {
  return sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === "paragraph" ? b.runs.filter((r): r is NumberRun => r.kind !== "text" && r.kind !== "reason") : [],
    ),
  );
}

function sectionText(number: number): string {
  const s = result.sections[number - 1];
  return s.blocks.map((b) => blockText(b)).join("\n");
}

/** The published text has PDF line-break spaces and half-width punctuation. */
function normalize(text: string): string {
  const map: Record<string, string> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"' };
  return text.replace(/\s+/g, "").replace(/[，：；（）“”]/g, (ch) => map[ch]);
}

// ---- every number, by source ----

type Check = readonly [source: string, fixturePath: string, kind?: "count"];

const ITEM_CODES = ["2010150", "2010301", "2010302", "2010350", "2010399", "2080505", "2080506", "2080801", "2101101", "2101102", "2101103", "2210201"];
const INCOME = ["fiscal", "superior", "business", "operating", "affiliated", "other"];
const KINDS = ["basic", "project", "toSuperior", "operating", "toAffiliated"];
const VEHICLES = ["领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车"];

const change = (now: string, last: string) => `(${now}, ${last})`;
const tp = (key: string) => `facts.threePublic.${key}`;
const procurementTotal = "sum(facts.procurement.goods, facts.procurement.works, facts.procurement.services)";
const smeTotal = "sum(facts.procurement.smeGoods, facts.procurement.smeWorks, facts.procurement.smeServices)";
const detailed = "performance.detailed[0]";

const CHECKS: readonly Check[] = [
  // 一
  ["t01.income.grandTotal", "totalAmount"],
  [`change${change("t01.income.grandTotal", "facts.lastYear.total")}`, "changeAmount"],
  [`changePercent${change("t01.income.grandTotal", "facts.lastYear.total")}`, "changePercent"],
  // 二
  ["t01.income.total", "incomeTotal"],
  ...INCOME.map((k, i): Check => [`t02[合计].${k}`, `incomeSources.${i}.amount`]),
  ["share(t02[合计].fiscal, t01.income.total)", "incomeSources.0.sharePercent"],
  [`change${change("t02[合计].fiscal", "facts.lastYear.income.fiscal")}`, "incomeSources.0.changeAmount"],
  [`changePercent${change("t02[合计].fiscal", "facts.lastYear.income.fiscal")}`, "incomeSources.0.changePercent"],
  // 三
  ["t01.expenditure.total", "expenditureTotal"],
  ...KINDS.map((k, i): Check => [`t03[合计].${k}`, `expenditureKinds.${i}.amount`]),
  ["share(t03[合计].basic, t01.expenditure.total)", "basicShare"],
  ["share(t03[合计].project, t01.expenditure.total)", "projectShare"],
  ...KINDS.slice(0, 2).flatMap((k, i): Check[] => [
    [`change${change(`t03[合计].${k}`, `facts.lastYear.expenditure.${k}`)}`, `expenditureKinds.${i}.changeAmount`],
    [`changePercent${change(`t03[合计].${k}`, `facts.lastYear.expenditure.${k}`)}`, `expenditureKinds.${i}.changePercent`],
  ]),
  // 四
  ["t04.income.grandTotal", "fiscalTotal"],
  [`change${change("t04.income.grandTotal", "facts.lastYear.fiscalTotal")}`, "fiscalChangeAmount"],
  [`changePercent${change("t04.income.grandTotal", "facts.lastYear.fiscalTotal")}`, "fiscalChangePercent"],
  // 五
  ["t05[合计].total", "gpExpenditure"],
  ["share(t05[合计].total, t01.expenditure.total)", "gpShareOfTotal"],
  [`change${change("t05[合计].total", "facts.lastYear.gp")}`, "gpChangeAmount"],
  [`changePercent${change("t05[合计].total", "facts.lastYear.gp")}`, "gpChangePercent"],
  ...["201", "208", "210", "221"].flatMap((code, i): Check[] => [
    [`t05[${code}].total`, `gpStructure.${i}.amount`],
    [`share(t05[${code}].total, t05[合计].total)`, `gpStructure.${i}.sharePercent`],
  ]),
  ["facts.budgets.gpTotal", "gpBudgetInitial"],
  ["completion(t05[合计].total, facts.budgets.gpTotal)", "gpCompletionPercent"],
  ...ITEM_CODES.flatMap((code, i): Check[] => [
    [`t05[${code}].total`, `items.${i}.actual`],
    [`facts.budgets.gp[${code}]`, `items.${i}.budgetInitial`],
    ...(at(`items.${i}.completionPercent`) === null
      ? []
      : [[`completion(t05[${code}].total, facts.budgets.gp[${code}])`, `items.${i}.completionPercent`] as const]),
  ]),
  // 六
  ["t05[合计].basic", "basicExpenditure"],
  ["t06.personnelTotal", "personnel"],
  ["t06.publicTotal", "public"],
  // 七
  ["t07[合计].opening", "govFund.openingBalance"],
  ["t07[合计].income", "govFund.income"],
  ["t07[合计].total", "govFund.expenditure"],
  ["t07[合计].closing", "govFund.closingBalance"],
  ["t07[2120899].total", "govFund.items.0.actual"],
  ["facts.budgets.gf[2120899]", "govFund.items.0.budgetInitial"],
  ["completion(t07[2120899].total, facts.budgets.gf[2120899])", "govFund.items.0.completionPercent"],
  // 九
  ["t09.budget.total", "threePublic.budget"],
  ["t09.actual.total", "threePublic.actual"],
  ["completion(t09.actual.total, t09.budget.total)", "threePublic.completionPercent"],
  ["t09.budget.abroad", "threePublic.outboundBudget"],
  ["t09.actual.abroad", "threePublic.outboundActual"],
  ["completion(t09.actual.abroad, t09.budget.abroad)", "threePublic.outboundCompletionPercent"],
  [tp("abroadGroups"), "threePublic.trips", "count"],
  [tp("abroadPersons"), "threePublic.persons", "count"],
  ["t09.budget.vehicles", "threePublic.vehicleBudget"],
  ["t09.actual.vehicles", "threePublic.vehicleActual"],
  ["completion(t09.actual.vehicles, t09.budget.vehicles)", "threePublic.vehicleCompletionPercent"],
  ["t09.actual.vehiclePurchase", "threePublic.vehiclePurchase"],
  [tp("vehiclesBought"), "threePublic.vehiclesBought", "count"],
  ["t09.actual.vehicleOps", "threePublic.vehicleOperation"],
  [tp("vehiclesHeld"), "threePublic.vehiclesHeld", "count"],
  ["t09.budget.reception", "threePublic.receptionBudget"],
  ["t09.actual.reception", "threePublic.receptionActual"],
  ["completion(t09.actual.reception, t09.budget.reception)", "threePublic.receptionCompletionPercent"],
  ["difference(t09.actual.reception, facts.threePublic.abroadReception)", "threePublic.receptionDomestic"],
  [tp("domesticBatches"), "threePublic.receptionBatches", "count"],
  [tp("domesticPersons"), "threePublic.receptionPersons", "count"],
  [tp("foreignAffairsBatches"), "threePublic.foreignAffairsBatches", "count"],
  [tp("foreignAffairsPersons"), "threePublic.foreignAffairsPersons", "count"],
  [tp("abroadReception"), "threePublic.receptionAbroad"],
  [tp("abroadReceptionBatches"), "threePublic.receptionAbroadBatches", "count"],
  [tp("abroadReceptionPersons"), "threePublic.receptionAbroadPersons", "count"],
  // 十 (the amount is t06.publicTotal, checked above; the fixture repeats it)
  ["t06.publicTotal", "operatingCost.amount"],
  [`change${change("t06.publicTotal", "facts.operatingCostBudget")}`, "operatingCost.changeAmount"],
  [`changePercent${change("t06.publicTotal", "facts.operatingCostBudget")}`, "operatingCost.changePercent"],
  // 十一
  [procurementTotal, "procurement.total"],
  ["facts.procurement.goods", "procurement.goods"],
  ["facts.procurement.works", "procurement.works"],
  ["facts.procurement.services", "procurement.services"],
  [smeTotal, "procurement.sme"],
  [`share(${smeTotal}, ${procurementTotal})`, "procurement.smeShare"],
  ["facts.procurement.small", "procurement.small"],
  [`share(facts.procurement.small, ${procurementTotal})`, "procurement.smallShare"],
  ["share(facts.procurement.smeGoods, facts.procurement.goods)", "procurement.goodsSmeShare"],
  ["share(facts.procurement.smeServices, facts.procurement.services)", "procurement.servicesSmeShare"],
  // 十二
  ["sum(facts.assets.vehicles)", "assets.vehiclesTotal", "count"],
  ...VEHICLES.map((k): Check => [`facts.assets.vehicles.${k}`, `assets.vehicles.${k}`, "count"]),
  ["facts.assets.equipmentOver1m", "assets.equipmentOver1m", "count"],
  // 十三
  // 十三: from the 绩效 data, except the money covered, which the seed's staff typed.
  ["performance.projects", "performance.selfEvaluatedProjects", "count"],
  ["facts.performance.coveredMoney", "performance.selfEvaluatedMoney"],
  ["share(facts.performance.coveredMoney, t05[合计].project)", "performance.coveragePercent"],
  ["count(performance.keyEvaluations)", "performance.keyEvaluations", "count"],
  ["sum(performance.keyEvaluations.moneyFen)", "performance.keyEvaluationMoney"],
  ["performance.gradeCounts.优", "performance.gradeCounts.优", "count"],
  ["count(performance.detailed)", "performance.selfEvaluationTablesShown", "count"],
  [`${detailed}.score`, "performance.highlight.score"],
  [`${detailed}.budgetFull`, "performance.highlight.budgetFull"],
  [`${detailed}.executed`, "performance.highlight.executed"],
  [`completion(${detailed}.executed, ${detailed}.budgetFull)`, "performance.highlight.executionRate"],
  ["performance.keyEvaluations[0].score", "performance.keyEvaluationResult.score"],
];

describe("the seed's 第三部分, number by number", () => {
  const runs = numberRuns(result.sections);
  const bySource = new Map<string, NumberRun[]>();
  for (const run of runs) bySource.set(run.source, [...(bySource.get(run.source) ?? []), run]);

  it.each(CHECKS.map((c) => [c[1], c[0], c[2]] as const))("%s ← %s", (path, source, kind) => {
    const printed = bySource.get(source) ?? [];
    expect(printed.length, `no number from ${source}`).toBeGreaterThan(0);
    const expected = kind === "count" ? BigInt(token(path).raw) : hundredths(path);
    for (const run of printed) {
      expect(run.value).toBe(expected);
      expect(run.text).toBe(kind === "count" ? expected.toString() : formatScaled(expected, 2, style));
    }
  });

  it("prints no number the fixture does not account for", () => {
    const checked = new Set(CHECKS.map((c) => c[0]));
    expect(runs.filter((r) => !checked.has(r.source)).map((r) => `${r.source} = ${r.text}`)).toEqual([]);
  });

  it("needs no more reasons and reports no problems", () => {
    expect(result.problems).toEqual([]);
    expect(missingReasons(result)).toEqual([]);
  });
});

describe("the seed's wording", () => {
  it("titles the thirteen sections as the body does, and the contents as the contents do", () => {
    expect(result.sections.map((s) => s.title)).toEqual([
      "一、收入支出决算总体情况说明",
      "二、收入决算情况说明",
      "三、支出决算情况说明",
      "四、财政拨款收入支出决算总体情况说明",
      "五、一般公共预算财政拨款支出决算情况说明",
      "六、一般公共预算财政拨款基本支出决算情况说明",
      "七、政府性基金预算财政拨款收入支出决算情况说明",
      "八、国有资本经营预算财政拨款支出决算情况说明",
      "九、财政拨款“三公”经费支出决算情况说明",
      "十、机关运行经费支出情况",
      "十一、政府采购支出情况",
      "十二、国有资产占用情况",
      "十三、预算绩效情况说明",
    ]);
    expect(result.sections[9].tocTitle).toBe("十、机关运行经费支出说明");
  });

  it.each([
    [1, "2024年度收、支总计均为 4,299.91 万元。与 2023年度相比,收、支总计各减少 2,208.06 万元,下降 33.93%。主要是因机构改革,相关项目经费已调整预算指标至枣庄市大数据局和枣庄市市民诉求办理服务中心。"],
    [2, "2024年度收入合计 4,299.91万元,其中:财政拨款收入 4,299.91万元,占 100%。"],
    [2, "2、上级补助收入0万元。与上年决算数一致。"],
    [3, "2024年度支出合计 4,299.91万元,其中:基本支出 2,089.95万元,占48.6%;项目支出2,209.95万元,占51.4%。"],
    [5, "2024年度一般公共预算财政拨款支出 4,275.7万元,占本年支出合计的 99.44%。与 2023年度相比,一般公共预算财政拨款支出减少 619.86万元,下降 12.66%。主要是因机构改革,相关项目经费已调整预算指标至枣庄市大数据局和枣庄市市民诉求办理服务中心。"],
    [5, "2024年度一般公共预算财政拨款支出 4,275.7万元,主要用于以下方面:一般公共服务(类)支出 3,736.62万元,占 87.39%;社会保障和就业(类)支出 266.68万元,占 6.24%;卫生健康(类)支出 117.52万元,占 2.75%;住房保障(类)支出 154.88万元,占 3.62%。"],
    [5, "2024年度一般公共预算财政拨款支出年初预算为 4,286.87万元,支出决算为4,275.7万元,完成年初预算的 99.74%。与年初预算基本持平。其中:"],
    [5, "1、一般公共服务支出(类)人大事务(款)事业运行(项)。 年初预算为 0 万元,支出决算为 23.81 万元,年初无预算。 决算数大于年初预算数的主要原因是 2024 年度年中追加 2023 年度事业单位绩效考核奖金。"],
    [5, '3、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)一般行政管理事务(项)。年初预算为1,962万元,支出决算为1,849.3万元,完成年初预算的94.26%。决算数小于年初预算数的主要原因是因机构改革,"数字山东"发展资金已调整预算指标至枣庄市大数据局;"枣解决·枣满意"工作专班专项经费已调整预算指标至枣庄市市民诉求办理服务中心。'],
    [5, "4、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)事业运行(项)。年初预算为481.19万元,支出决算为483.79万元,完成年初预算的100.54%。与年初预算基本持平。"],
    [5, "10、卫生健康支出(类)行政事业单位医疗(款)事业单位医疗(项)。年初预算为 26.37 万元,支出决算为 26.37 万元,完成年初预算的 100%。与年初预算持平。"],
    [6, "人员经费 1,924.68 万元,主要包括:基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、医疗费、其他工资福利支出、离休费、退休费、抚恤金、生活补助、助学金、奖励金、其他对个人和家庭的补助等。"],
    [7, "2024年度政府性基金预算财政拨款年初结转和结余 0 万元,本年收入 24.21 万元,本年支出 24.21 万元,年末结转和结余 0 万元。支出具体情况如下:"],
    [8, "本单位没有国有资本经营预算财政拨款支出。"],
    [9, "2024年度财政拨款“三公”经费支出全年预算为72.55万元, 支出决算为72.55万元, 与2024年全年预算基本持平。 完成全年预算的100%。"],
    [9, "公务用车购置费支出 0 万元, 2024 年枣庄市人民政府办公室本级使用财政拨款购置公务用车 0 辆。"],
    [9, "国内接待费 32.46 万元,主要用于上级部门检查指导工作、外地市学习交流,共计接待 98 批次、875 人次(含外事接待 0 批次、0 人次);"],
    [10, "2024年度机关运行经费支出 165.27万元, 比年初预算数增加 21.29万元, 增长 14.79%, 主要原因是 2024年度年中追加因公出国(境)费。"],
    [11, "2024年度政府采购支出总额 1,077.95万元,其中:政府采购货物支出 4.33万元、政府采购工程支出 0万元、政府采购服务支出 1,073.62万元。授予中小企业合同金额 879.63万元,占政府采购支出总额的 81.6%,其中:授予小微企业合同金额 288.63万元,占政府采购支出总额的 26.78%。货物采购授予中小企业合同金额占货物支出金额的 100%,服务采购授予中小企业合同金额占服务支出金额的81.53%。"],
    [12, "截至2024年12月31日,本单位共有车辆7辆,其中,符合规定领导干部用车1辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车6辆,其他用车主要是驻北京办事处和驻济南办事处各有3辆其他用车;单价100万元(含)以上设备(不含车辆)0台(套)。"],
    [13, "1、单位运行经费项目绩效自评综述:根据年初设定的绩效目标,项目自评得分为98.2分。全年预算数为352万元,执行数为337.28万元,完成预算的95.82%。项目绩效目标完成情况:项目执行和完成情况较好,资金使用比较规范,绩效指标达到了预期值。"],
  ] as const)("section %i prints: %s", (section, published) => {
    const paragraphs = sectionText(section).split("\n").map(normalize);
    expect(paragraphs).toContain(normalize(published));
  });

  it("words each 项 as the fixture records: path, comparison and whether a reason follows", () => {
    const text = sectionText(5).split("\n");
    ITEM_CODES.forEach((code, i) => {
      const path = (at(`items.${i}.printedPath`) as string[]).map(String);
      const line = text.find((l) => l.startsWith(`${i + 1}、`)) ?? "";
      expect(line).toContain(itemPathText({ className: path[0], sectionName: path[1], itemName: path[2] }));
      const phrase = {
        大于: "决算数大于年初预算数的主要原因是",
        小于: "决算数小于年初预算数的主要原因是",
        基本持平: "与年初预算基本持平。",
        持平: "与年初预算持平。",
      }[String(at(`items.${i}.comparison`))];
      expect(line).toContain(phrase);
      expect(line.includes("主要原因是")).toBe(at(`items.${i}.reasonGiven`));
    });
  });

  it("lists 公用经费 items by name in code order", () => {
    const names = (at("publicItems") as string[]).join("、");
    expect(sectionText(6)).toContain(`公用经费165.27万元，主要包括：${names}等。`);
  });

  it("places the six figures after their paragraphs, with the seed's captions", () => {
    const figures = result.sections.flatMap((s) => s.blocks.filter((b) => b.kind === "figure").map((b) => [s.number, blockText(b)]));
    expect(figures).toEqual([
      [1, "图1：收入支出决算变动情况（单位：万元）"],
      [2, "图2：本年收入构成情况"],
      [3, "图3：本年支出构成情况"],
      [4, "图4：财政拨款收、支决算总计变动情况（单位：万元）"],
      [5, "图5：一般公共预算财政拨款支出决算变动情况（单位：万元）"],
      [5, "图6：一般公共预算财政拨款支出决算结构"],
    ]);
  });

  it("reproduces the seed from exact 分 as well as from printed 万元", () => {
    const exact = generate({ flatThreshold: 100n, lastYearZero: "growth100", arithmetic: "exact" });
    expect(renderPlainText(exact.sections)).toBe(renderPlainText(result.sections));
  });

  it("lists the required reasons with their places", () => {
    expect(result.requiredReasons.map((r) => `${r.key} | ${r.label}`)).toEqual([
      "total | 一 收、支总计：较2023年度减少",
      "income:fiscal | 二(二)1 财政拨款收入：较2023年度减少",
      "basic | 三(二)1 基本支出：较2023年度减少",
      "project | 三(二)2 项目支出：较2023年度减少",
      "fiscalTotal | 四 财政拨款收、支总计：较2023年度减少",
      "gp | 五(一) 一般公共预算财政拨款支出：较2023年度减少",
      "item:2010150 | 五(三)1 事业运行：决算数大于年初预算数",
      "item:2010301 | 五(三)2 行政运行：决算数大于年初预算数",
      "item:2010302 | 五(三)3 一般行政管理事务：决算数小于年初预算数",
      "item:2010399 | 五(三)5 其他政府办公厅(室)及相关机构事务支出：决算数大于年初预算数",
      "item:2080801 | 五(三)8 死亡抚恤：决算数大于年初预算数",
      "item:2210201 | 五(三)12 住房公积金：决算数大于年初预算数",
      "gf:2120899 | 七(一) 其他国有土地使用权出让收入安排的支出：决算数小于年初预算数",
      "operatingCost | 十 机关运行经费：决算数大于年初预算数",
    ]);
  });
});
