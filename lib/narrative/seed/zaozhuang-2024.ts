/**
 * The narrative facts of 枣庄市人民政府办公室本级 2024, as staff would type them into the facts
 * form (元, whole numbers). Figures the seed prints only as a change are recovered as
 * this year ∓ the change: last year's 收、支总计 = 4,299.91 + 2,208.06 = 6,507.97 万元.
 * The reasons are the seed's own sentences. Section 十三's figures are the 绩效 data's
 * (zaozhuang2024PerformanceFigures, from lib/performance/seed/zaozhuang-2024.ts).
 */
import { narrativeFactsSchema, type NarrativeFactsForm } from "../../validation/facts";
import type { PerformanceFigures } from "../../performance/figures";
import type { NarrativeFacts } from "../facts";

const REORGANISATION = "因机构改革，相关项目经费已调整预算指标至枣庄市大数据局和枣庄市市民诉求办理服务中心";

export const zaozhuang2024FactsForm: NarrativeFactsForm = {
  unitKind: "administrative",
  lastYear: {
    total: "65,079,700", // 4,299.91 + 2,208.06 万元
    income: { fiscal: "65,065,400", superior: "0", business: "0", operating: "0", affiliated: "0", other: "0" },
    expenditure: {
      basic: "22,323,200", // 2,089.95 + 142.37
      project: "42,756,500", // 2,209.95 + 2,065.70
      toSuperior: "0",
      operating: "0",
      toAffiliated: "0",
    },
    fiscalTotal: "65,079,700",
    gp: "48,955,600", // 4,275.70 + 619.86
    // Typed by hand from the 2023 disclosure: the published text names no source.
    source: "",
  },
  budgets: {
    gp: {
      "2010150": "0",
      "2010301": "9,906,400",
      "2010302": "19,620,000",
      "2010350": "4,811,900",
      "2010399": "3,330,800",
      "2080505": "1,666,900",
      "2080506": "783,800",
      "2080801": "0",
      "2101101": "496,800",
      "2101102": "263,700",
      "2101103": "416,800",
      "2210201": "1,387,800",
    },
    gf: { "2120899": "6,043,900" },
    soe: {},
    // Σ of the items above is 4,268.49 万元; the printed total includes 项 without spending.
    gpTotal: "42,868,700",
  },
  operatingCostBudget: "1,439,800", // 165.27 − 21.29
  threePublic: {
    abroadGroups: "2",
    abroadPersons: "4",
    vehiclesBought: "0",
    vehiclesHeld: "7",
    domesticBatches: "98",
    domesticPersons: "875",
    foreignAffairsBatches: "0",
    foreignAffairsPersons: "0",
    abroadReception: "0",
    abroadReceptionBatches: "0",
    abroadReceptionPersons: "0",
    receptionPurpose: "上级部门检查指导工作、外地市学习交流",
  },
  procurement: {
    goods: "43,300",
    works: "0",
    services: "10,736,200",
    smeGoods: "43,300", // 100% of 货物
    smeWorks: "0",
    smeServices: "8,753,000", // 879.63 − 4.33
    small: "2,886,300",
  },
  assets: {
    asOf: "2024-12-31",
    vehicles: {
      领导干部用车: "1",
      机要通信用车: "0",
      应急保障用车: "0",
      执法执勤用车: "0",
      特种专业技术用车: "0",
      离退休干部用车: "0",
      其他用车: "6",
    },
    otherVehiclesNote: "驻北京办事处和驻济南办事处各有3辆其他用车",
    equipmentOver1m: "0",
  },
  performance: {
    level: "市级",
    assessment:
      "从自评情况看，项目支出绩效管理的重视程度进一步提升，大部分项目有序开展，执行和完成情况较好，资金使用比较规范，但也存在部分项目产出指标低于预期、项目实施进展慢等问题，主要原因是部分项目绩效目标内容制定不够详细，对项目具体实施指导性不强。",
    // The 绩效 data has no 全年执行数 for 11 of the 13 projects, so the money covered is typed.
    coveredMoney: "21,857,400",
    summaries: [{ project: "单位运行经费", summary: "项目执行和完成情况较好，资金使用比较规范，绩效指标达到了预期值。" }],
  },
  reasons: {
    total: REORGANISATION,
    "income:fiscal": REORGANISATION,
    basic: "2024年度单位在职人员减少",
    project: REORGANISATION,
    fiscalTotal: REORGANISATION,
    gp: REORGANISATION,
    "item:2010150": "2024年度年中追加2023年度事业单位绩效考核奖金",
    "item:2010301": "2024年度年中追加2023年度行政单位绩效考核奖金",
    "item:2010302":
      "因机构改革，“数字山东”发展资金已调整预算指标至枣庄市大数据局；“枣解决·枣满意”工作专班专项经费已调整预算指标至枣庄市市民诉求办理服务中心",
    "item:2010399": "2024年度年中下达出国出境经费",
    "item:2080801": "2024年度一名离退休干部离世",
    "item:2210201": "2024年度年中追加2023年度绩效考核奖金公积金",
    "gf:2120899": "因机构改革，信息化项目建设专项经费已调整预算指标至枣庄市大数据局",
    operatingCost: "2024年度年中追加因公出国（境）费",
  },
};

export const zaozhuang2024Facts: NarrativeFacts = narrativeFactsSchema.parse(zaozhuang2024FactsForm);

/**
 * What lib/performance/seed/zaozhuang-2024.ts gives section 十三: 13 projects all graded 优, the
 * 自评表 of 单位运行经费 (98.20 分, 352 / 337.28 万元) and the 重点评价 of the 12345 hotline
 * (1,356.16 万元, 99.9 分, 优). coveredFen is null: most projects print no 全年执行数.
 */
export const zaozhuang2024PerformanceFigures: PerformanceFigures = {
  projects: 13,
  coveredFen: null,
  gradeCounts: [{ grade: "优", count: 13 }],
  detailed: [{ project: "单位运行经费", scoreHundredths: 9_820n, budgetFullFen: 352_000_000n, executedFen: 337_280_000n }],
  keyEvaluations: [{ project: "12345市长热线运行保障经费", moneyFen: 1_356_160_000n, scoreHundredths: 9_990n, grade: "优" }],
};
