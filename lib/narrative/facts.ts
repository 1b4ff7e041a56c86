/**
 * What the 情况说明 needs that the nine tables do not hold, as staff enter it in one form
 * (lib/validation/facts.ts parses the form). Money is exact 分; counts are whole numbers.
 */
import type { Fen } from "../money";

export const INCOME_SOURCES = ["fiscal", "superior", "business", "operating", "affiliated", "other"] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const EXPENDITURE_KINDS = ["basic", "project", "toSuperior", "operating", "toAffiliated"] as const;
export type ExpenditureKind = (typeof EXPENDITURE_KINDS)[number];

/** 公开02 合计 cols 2–7 and 公开03 合计 cols 2–6, as the narrative names them. */
export const INCOME_SOURCE_LABELS: Readonly<Record<IncomeSource, string>> = {
  fiscal: "财政拨款收入",
  superior: "上级补助收入",
  business: "事业收入",
  operating: "经营收入",
  affiliated: "附属单位上缴收入",
  other: "其他收入",
};

export const EXPENDITURE_KIND_LABELS: Readonly<Record<ExpenditureKind, string>> = {
  basic: "基本支出",
  project: "项目支出",
  toSuperior: "上缴上级支出",
  operating: "经营支出",
  toAffiliated: "对附属单位补助支出",
};

/**
 * Last year's 决算 figures, only those the sections compare with. null = not entered:
 * the generator then leaves the comparison out and lists a problem.
 */
export interface LastYearFigures {
  /** 收、支总计 (公开01 总计). */
  readonly total: Fen | null;
  readonly income: Readonly<Record<IncomeSource, Fen | null>>;
  readonly expenditure: Readonly<Record<ExpenditureKind, Fen | null>>;
  /** 财政拨款收、支总计 (公开04 总计). */
  readonly fiscalTotal: Fen | null;
  /** 一般公共预算财政拨款支出 (公开05 合计). */
  readonly gp: Fen | null;
  /** Where the figures were taken from, as the 情况说明 states it; null when typed by hand. */
  readonly source?: string | null;
}

/** 年初预算 by 7-digit 项 code, per fund table (公开05 / 07 / 08). */
export interface BudgetFacts {
  readonly gp: Readonly<Record<string, Fen>>;
  readonly gf: Readonly<Record<string, Fen>>;
  readonly soe: Readonly<Record<string, Fen>>;
  /**
   * The 一般公共预算 年初预算 total. It can exceed Σ `gp`: a 项 that was budgeted but spent
   * nothing is not a row of 公开05 (in the published 2024 disclosure of 枣庄市人民政府办公室本级, 4,286.87 − Σ items 4,268.49 = 18.38 万元).
   * null: the total is Σ `gp`.
   */
  readonly gpTotal: Fen | null;
}

export interface ThreePublicFacts {
  /** 因公出国(境) 团组 and 人次. */
  readonly abroadGroups: number;
  readonly abroadPersons: number;
  /** 使用财政拨款购置公务用车 (辆) and 财政拨款开支运行维护费的公务用车保有量 (辆). */
  readonly vehiclesBought: number;
  readonly vehiclesHeld: number;
  /** 国内接待 批次/人次, including 外事接待 (reported again in brackets). */
  readonly domesticBatches: number;
  readonly domesticPersons: number;
  readonly foreignAffairsBatches: number;
  readonly foreignAffairsPersons: number;
  /** 国(境)外接待费: part of 公开09 公务接待费; the rest is 国内接待费. */
  readonly abroadReception: Fen;
  readonly abroadReceptionBatches: number;
  readonly abroadReceptionPersons: number;
  /** "上级部门检查指导工作、外地市学习交流" — what 国内接待 was mainly for. */
  readonly receptionPurpose: string | null;
}

export interface ProcurementFacts {
  readonly goods: Fen;
  readonly works: Fen;
  readonly services: Fen;
  /** 授予中小企业合同金额 per kind; the total is their sum. */
  readonly smeGoods: Fen;
  readonly smeWorks: Fen;
  readonly smeServices: Fen;
  /** 授予小微企业合同金额 (part of the 中小企业 total). */
  readonly small: Fen;
}

export const VEHICLE_CATEGORIES = [
  "领导干部用车",
  "机要通信用车",
  "应急保障用车",
  "执法执勤用车",
  "特种专业技术用车",
  "离退休干部用车",
  "其他用车",
] as const;
export type VehicleCategory = (typeof VEHICLE_CATEGORIES)[number];

export interface AssetFacts {
  /** ISO date, e.g. "2024-12-31". */
  readonly asOf: string;
  readonly vehicles: Readonly<Record<VehicleCategory, number>>;
  /** "驻北京办事处和驻济南办事处各有3辆其他用车" — printed after 其他用车 when given. */
  readonly otherVehiclesNote: string | null;
  /** 单价100万元(含)以上设备(不含车辆), 台(套). */
  readonly equipmentOver1m: number;
}

/**
 * What section 十三 needs that the 绩效 data cannot say (the figures themselves come from it:
 * lib/performance/figures.ts).
 */
export interface PerformanceFacts {
  /** 市级 / 省级 / 县级: the budget level the projects belong to. */
  readonly level: string;
  /** "从自评情况看，…" — staff's overall assessment. */
  readonly assessment: string | null;
  /**
   * 绩效自评涉及预算资金 as typed: used only while the 绩效 data cannot give it (some project
   * lacks its 全年执行数, PerformanceFigures.coveredFen null).
   */
  readonly coveredMoney: Fen | null;
  /** "项目执行和完成情况较好，…" — the 项目绩效目标完成情况 of a project with a 自评表. */
  readonly summaries: readonly { readonly project: string; readonly summary: string | null }[];
}

/** 机关运行经费 is 公用经费 for 行政 and 参公 units; other 事业单位 have none. */
export const UNIT_KINDS = ["administrative", "civilServiceManaged", "institution"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface NarrativeFacts {
  readonly unitKind: UnitKind;
  readonly lastYear: LastYearFigures;
  readonly budgets: BudgetFacts;
  /** 机关运行经费 年初预算; null = not entered. */
  readonly operatingCostBudget: Fen | null;
  readonly threePublic: ThreePublicFacts;
  readonly procurement: ProcurementFacts;
  readonly assets: AssetFacts;
  readonly performance: PerformanceFacts;
  /** The staff-written "主要原因" by reason key ("total", "item:2010301", …; see reasons.ts). */
  readonly reasons: Readonly<Record<string, string>>;
}

export interface NarrativeSettings {
  /**
   * A budget comparison whose printed completion rate is within this many hundredths of a
   * percent of 100% reads 基本持平 and needs no reason; ±1% inclusive (100n) by default, for the
   * reasons in docs/decisions/008-roughly-equal-within-one-percent.md.
   */
  readonly flatThreshold: bigint;
  /** Last year 0 and this year > 0: print "增长100%" (Shanghai) or leave the percentage out. */
  readonly lastYearZero: "growth100" | "omitPercent";
  /**
   * What the percentages and change amounts are computed from. "printed": the 万元 figures the
   * sentence prints, so a reader can check every sentence with a calculator; "exact": the 分
   * amounts. The seed reproduces either way (see generate.test.ts).
   */
  readonly arithmetic: "printed" | "exact";
}

export const DEFAULT_NARRATIVE_SETTINGS: NarrativeSettings = {
  flatThreshold: 100n,
  lastYearZero: "growth100",
  arithmetic: "printed",
};
