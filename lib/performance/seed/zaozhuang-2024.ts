/**
 * 枣庄市人民政府办公室本级, 2024: the 第五部分 附件 of the seed disclosure
 * (transcribed in lib/fixture/samples/zaozhuang-gov-office-2024.json) as performance inputs.
 *
 * - 13 projects of the 项目支出绩效自评结果汇总表. Only 单位运行经费 has its 自评表 printed, so it is
 *   the only project whose score is computed; the other 12 carry the printed score as
 *   `reportedScore`. Their 全年执行数 are not printed (null), except 12345市长热线运行保障经费,
 *   whose 1,356.16 the key-evaluation report states.
 * - The 12345市长热线 重点绩效评价报告: indicators, tables and prose. The prose is the PDF text with
 *   conversion damage repaired (full-width punctuation, no stray spaces inside words);
 *   四(一)'s sentence is generated (`conclusionSentence`), so it is not stored.
 * - 单位运行经费's 年度总体目标 cells are cut off in the PDF text; they are completed by
 *   reading the visible fragments.
 * Scores are computed, so the self-evaluation's scores do not appear here:
 * lib/performance/seed.test.ts checks that they come out as printed.
 */
import type { ProjectEntry, SelfEvaluationInput } from "../evaluation";
import type { KeyEvaluationInput, KeyIndicatorInput } from "../key-evaluation";
import { dec, type Decimal } from "../numbers";
import { parsePrintedActual, parsePrintedTarget } from "../printed";
import type { IndicatorInput } from "../scoring";

function printedIndicator(
  level1: string,
  level2: string,
  level3: string,
  target: string,
  actual: string,
  weight: string,
  deviationReason: string | null = null,
): IndicatorInput {
  const t = parsePrintedTarget(target);
  const a = parsePrintedActual(actual);
  if (!t.ok) throw new Error(t.error);
  if (!a.ok) throw new Error(a.error);
  return { level1, level2, level3, target: t.value, actual: a.value, weight: dec(weight), deviationReason };
}

function keyIndicator(
  level1: string,
  level2: string,
  level3: string,
  level4: string,
  target: string,
  actual: string,
  weight: string,
): KeyIndicatorInput {
  return { ...printedIndicator(level1, level2, level3, target, actual, weight), level4 };
}

const SUPERVISOR = "枣庄市人民政府办公室";

export const UNIT_OPERATING_FUNDS_2024: SelfEvaluationInput = {
  projectName: "单位运行经费",
  supervisor: SUPERVISOR,
  execution: {
    funding: {
      currentYear: { initial: dec("352"), full: dec("352"), executed: dec("337.28") },
      carryOver: { initial: dec("0"), full: dec("0"), executed: dec("0") },
      other: { initial: dec("0"), full: dec("0"), executed: dec("0") },
    },
    weight: dec("10"),
  },
  overallGoal: {
    expected: "通过合理分配单位运行经费，保障单位正常运行，提供高质量的办公服务。",
    achieved: "通过合理分配单位运行经费，保障了单位正常运行，提供了高质量的办公服务。",
  },
  indicators: [
    printedIndicator("成本指标", "经济成本指标", "办公经费", "≤85万元", "85万元", "2.5"),
    printedIndicator("成本指标", "经济成本指标", "差旅费", "≤130万元", "130万元", "7.5"),
    printedIndicator("产出指标", "数量指标", "办公用品采购数量", "≥300个/套", "260个/套", "7.5", "办公用品采购数量未达到目标值"),
    printedIndicator("产出指标", "数量指标", "出差人次", "≥2000人次", "1900人次", "7.5", "出差人次未达到目标值"),
    printedIndicator("产出指标", "时效指标", "办公用品采购及时率", "=100%", "100%", "5"),
    printedIndicator("产出指标", "时效指标", "公务出差及时率", "=100%", "100%", "5"),
    printedIndicator("产出指标", "质量指标", "办公用品采购质量", "优", "优", "7.5"),
    printedIndicator("产出指标", "质量指标", "出差工作开展质量", "优", "优", "7.5"),
    printedIndicator("效益指标", "社会效益", "保障办公室充分发挥效能", "是", "是", "7.5"),
    printedIndicator("效益指标", "社会效益", "保障办公室工作顺利开展", "是", "是", "7.5"),
    printedIndicator("效益指标", "可持续影响", "保障单位正常运转", "是", "是", "15"),
    printedIndicator("满意度指标", "服务对象满意度指标", "工作人员满意度", "≥90%", "90%", "10"),
  ],
};

export const HOTLINE_KEY_EVALUATION_2024: KeyEvaluationInput = {
  projectName: "12345市长热线运行保障经费",
  year: 2024,
  supervisor: SUPERVISOR,
  budget: dec("1370"),
  executed: dec("1356.16"),
  fundingSource: "一般公共预算拨款",
  executionRow: { level1: "过程", level2: "资金管理", level3: "预算执行率", level4: "预算资金执行率", weight: dec("10") },
  indicators: [
    keyIndicator("过程", "资金管理", "经济成本指标", "12345市长热线运行保障经费", "≤1370万元", "1356.16万元", "10"),
    keyIndicator("产出", "产出数量", "数量指标", "工作人员数量", "≥150人", "150人", "15"),
    keyIndicator("产出", "产出实效", "时效指标", "解决民生诉求及时率", "=100%", "100%", "10"),
    keyIndicator("产出", "产出实效", "质量指标", "话务员业务熟练度", "≥90%", "90%", "15"),
    keyIndicator("效益", "项目效益", "社会效益", "保障民意传达顺畅", "是", "是", "15"),
    keyIndicator("效益", "项目效益", "可持续影响", "保障12345市长热线正常运行", "是", "是", "15"),
    keyIndicator("效益", "项目效益", "满意度", "社会公众满意度", "≥90%", "90%", "10"),
  ],
  annualGoal: {
    projectCategory: "业务类项目支出",
    implementer: "枣庄市市长热线服务中心",
    fundsTotal: dec("1370"),
    fiscalFunds: dec("1370"),
    basis: "《山东省政务服务热线管理办法》；该项目是常年延续项目。",
    goal: "通过支付人员工资、场地租金、水电暖物业费等，保障12345市长热线平稳运行，实现畅通群众诉求渠道、提升政府服务水平的目标。",
    indicators: [
      { level1: "过程指标", level2: "成本指标", content: "12345市长热线运行保障经费", value: "1370万元", note: "" },
      { level1: "产出指标", level2: "数量指标", content: "工作人员数量", value: "150人", note: "" },
      { level1: "产出指标", level2: "时效指标", content: "解决民生诉求及时率", value: "100%", note: "" },
      { level1: "产出指标", level2: "质量指标", content: "话务员业务熟练度", value: "90%", note: "" },
      { level1: "效益指标", level2: "社会效益指标", content: "保障民意传达顺畅", value: "是", note: "" },
      { level1: "效益指标", level2: "可持续影响指标", content: "保障12345市长热线正常运行", value: "是", note: "" },
      { level1: "效益指标", level2: "满意度指标", content: "社会公众满意度", value: "90%", note: "" },
    ],
    otherNotes: "",
  },
  evaluators: [
    { name: "崔海鸥", position: "枣庄市人民政府办公室主任", responsibility: "项目效益指标" },
    { name: "朱鹏霖", position: "枣庄市市长热线服务中心负责人", responsibility: "项目效益指标" },
    { name: "闵玲玲", position: "枣庄市人民政府办公室财务科科长", responsibility: "项目资金管理指标" },
  ],
  sections: {
    "basic.background":
      "坚决贯彻落实习近平总书记“坚持以人民为中心”的发展思想，把增强人民群众的获得感、幸福感、安全感作为主要目标，以《山东省政务服务热线管理办法》为指导，整合现有群众诉求渠道，构建全市统一的“群众诉求办理服务平台”，形成“扎口受理、闭环办理、分类处置、多方联动、协调督办、反馈考核”的工作机制，立足“快、好、准、实、全”，让民意诉求更畅通、解决问题更及时、群众办事更便捷、政府决策更高效，切实提升政府公共服务水平和公众满意度，努力打造高效、务实、廉洁服务型政府的枣庄品牌、枣庄样板。",
    "basic.budget": [
      "项目预算资金：1370万元。",
      "资金来源为：一般公共预算拨款。",
      "项目支出情况：本年度支出1356.16万元。因机构改革，枣庄市人民政府办公室不再承担枣庄市市长热线服务中心工作职责，部分经费转出。",
    ].join("\n"),
    "basic.content": [
      "项目立项时间：2024年度。",
      "项目批复单位：枣庄市财政局。",
      "项目具体内容：12345热线24小时全天候人工服务。",
      "项目所在区域：枣庄新城。",
      "项目计划完成时间：2024年12月31日。",
    ].join("\n"),
    "basic.organization": [
      "项目主管部门：枣庄市人民政府办公室。负责监督指导运行市级政务服务热线。",
      "项目具体实施单位：枣庄市市长热线服务中心。负责受理群众的咨询、求助、投诉和建议；对群众反映的问题进行答复，对需要办理的事项转至相关单位；督促相关单位对群众反映的问题进行答复和解决。",
      "项目具体实施流程：枣庄市人民政府办公室根据12345热线坐席实际规模，通过社会化购买服务方式，将话务服务工作外包给中标单位中国联合网络通信有限公司枣庄市分公司，由该公司负责12345市长热线的来电受理、记录、整理、转办、回访、统计、分析等工作。",
      "资金拨付流程：资金于年初全部到位，分阶段支付给中国联合网络通信有限公司枣庄市分公司，已按照工作进度拨付。",
    ].join("\n"),
    "goals.overall":
      "进一步畅通群众诉求渠道，提升政府服务水平，切实提高群众满意度，积极为政府决策服务，真正把矛盾解决在萌芽状态。",
    "method.purpose":
      "严格执行《预算法》，提高预算管理水平，提高资金使用效益，既客观评价项目绩效，又如实反映项目实施中存在的问题。强化支出责任，践行“花钱必问效、无效必问责”。",
    "method.scope": "12345政务服务便民热线运行服务。",
    "method.basis": "《山东省政务服务热线管理办法》、省政府办公厅《政务服务热线标准规范体系》。",
    "method.principles":
      "本着客观公正和有效性原则，按照设定的指标体系，抽取单位中层以上干部参与评价进行打分，由项目负责人进行梳理并整改。",
    "method.process": [
      "前期准备：成立部门绩效评价小组，学习评价指标体系和绩效相关文件通知。",
      "组织实施：按照规定的工作程序组织绩效评价自评，注重评价质量，撰写绩效评价报告。",
      "分析评价：对评价结果进行分析整改，充分运用分析评价的指导意义。",
    ].join("\n"),
    "conclusion.analysis":
      "从评价结果看，项目支出绩效管理的重视程度进一步提升，项目执行和完成情况较好，资金使用比较规范，但是仍存在群众满意度没有明显提升的问题，主要原因是部分领域诉求问题在治理后容易复发，常态长效化解机制有待进一步健全完善。",
    "analysis.decision":
      "通过社会化购买服务方式，确定中标单位中国联合网络通信有限公司枣庄市分公司，由该公司负责12345市长热线的来电受理、记录、整理、转办、回访、统计、分析等工作。",
    "analysis.process": "项目预算金额1370万元，于年初全部到位。分阶段共支付1356.16万元，保障了项目顺利实施。",
    "analysis.output":
      "24小时全天候接听，平均每天接听电话量近3600个。承办中国政府网、国务院“互联网+督查”、省“接诉即办”等国家、省级网民留言万余件。",
    "analysis.benefit":
      "进一步畅通群众诉求渠道，提高政府服务水平，切实提高群众满意度，积极为政府决策服务，真正把矛盾解决在萌芽状态。",
    experience: "加强组织领导，建立联席会议制度，建立领导干部定期接听热线电话制度，健全完善限时办理机制等。",
    problems: "对标先进城市，还需进一步加大对12345市长热线办理工作的投入力度，进一步完善工作机制，全面提升工作质效。",
    suggestions:
      "完善经费保障机制，通过优化工作流程、引入智能化手段等，提高热线服务效率，减少运营成本，确保12345市长热线在民生服务领域发挥更大作用。",
  },
};

function reported(name: string, score: string, executed: Decimal | null = null): ProjectEntry {
  return { name, detail: null, reportedScore: dec(score), executed };
}

export interface PerformanceSeed {
  readonly unit: string;
  /** 部门(单位)名称 as the 汇总表 prints it. */
  readonly summaryUnitName: string;
  readonly year: number;
  readonly summaryFiledOn: string;
  /** 汇总表 order. */
  readonly projects: readonly ProjectEntry[];
  readonly keyEvaluations: readonly KeyEvaluationInput[];
  /** What 情况说明 十三 states, for checking the computed figures against. */
  readonly narrative: {
    readonly selfEvaluatedProjects: number;
    readonly selfEvaluatedMoney: Decimal;
    readonly coveragePercent: Decimal;
    readonly keyEvaluationMoney: Decimal;
  };
}

export const SEED_PERFORMANCE_2024: PerformanceSeed = {
  unit: "枣庄市人民政府办公室本级",
  summaryUnitName: SUPERVISOR,
  year: 2024,
  summaryFiledOn: "2025-02-24",
  projects: [
    reported("挂职人员补助", "99.3"),
    reported("招商经费", "99.53"),
    reported("12345市长热线运行保障经费", "99.9", dec("1356.16")),
    reported("政务活动经费", "100"),
    reported("车辆运行维护费", "100"),
    reported("委托业务费", "96.66"),
    { name: "单位运行经费", detail: UNIT_OPERATING_FUNDS_2024 },
    reported("打私专项经费", "99.67"),
    reported("2023年度缉私经费", "97.42"),
    reported('"数字山东"发展资金', "97.36"),
    reported('"枣解决•枣满意"工作专班专项经费', "94.91"),
    reported("驻济办综合楼基础设施改造费", "99.94"),
    reported("出国出境经费", "100"),
  ],
  keyEvaluations: [HOTLINE_KEY_EVALUATION_2024],
  narrative: {
    selfEvaluatedProjects: 13,
    selfEvaluatedMoney: dec("2185.74"),
    coveragePercent: dec("100"),
    keyEvaluationMoney: dec("1356.16"),
  },
};
