/**
 * The generator against the published 2024 disclosure of 枣庄市人民政府办公室本级: every number it
 * prints is matched, by source, to the transcription of the published 第三部分, and every number
 * printed must be one of those. Its wording: lib/narrative/seed-wording.test.ts.
 */
import { describe, expect, it } from "vitest";
import { formatScaled } from "../money";
import { missingReasons } from "./generate";
import { at, hundredths, ITEM_CODES, numberRuns, result, style, token } from "./seed-narrative";
import type { NumberRun } from "./types";

// ---- every number, by source ----

type Check = readonly [source: string, fixturePath: string, kind?: "count"];

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
