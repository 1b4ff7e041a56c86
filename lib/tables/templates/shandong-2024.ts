/**
 * 山东省 2024 年度单位决算公开 (公开01–09表) as the province prints them: titles, notes, 栏次,
 * 行次, the 26 expenditure categories and the three-block economic list of 公开06. What each
 * table holds and how its lines relate is described in docs/domain/tables.md.
 */
import type {
  CategorySpec,
  ColumnSpec,
  EconomicClassSpec,
  FixedLineSpec,
  ReportTemplate,
} from "../types";

export const SHANDONG_2024_CATEGORIES: readonly CategorySpec[] = [
  { code: "201", name: "一般公共服务支出" },
  { code: "202", name: "外交支出" },
  { code: "203", name: "国防支出" },
  { code: "204", name: "公共安全支出" },
  { code: "205", name: "教育支出" },
  { code: "206", name: "科学技术支出" },
  { code: "207", name: "文化旅游体育与传媒支出" },
  { code: "208", name: "社会保障和就业支出" },
  { code: "210", name: "卫生健康支出" },
  { code: "211", name: "节能环保支出" },
  { code: "212", name: "城乡社区支出" },
  { code: "213", name: "农林水支出" },
  { code: "214", name: "交通运输支出" },
  { code: "215", name: "资源勘探工业信息等支出" },
  { code: "216", name: "商业服务业等支出" },
  { code: "217", name: "金融支出" },
  { code: "219", name: "援助其他地区支出" },
  { code: "220", name: "自然资源海洋气象等支出" },
  { code: "221", name: "住房保障支出" },
  { code: "222", name: "粮油物资储备支出" },
  { code: "223", name: "国有资本经营预算支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "229", name: "其他支出" },
  { code: "231", name: "债务还本支出" },
  { code: "232", name: "债务付息支出" },
  { code: "234", name: "抗疫特别国债安排的支出" },
];

/** Printed lines without a label, kept so both halves of 公开01/04 pair up line by line. */
export function blankLines(from: number, to: number): FixedLineSpec[] {
  const lines: FixedLineSpec[] = [];
  for (let line = from; line <= to; line++) lines.push({ line, blank: true });
  return lines;
}

export function inputColumn(key: string, number: number, header: readonly string[], title = header.at(-1) ?? key): ColumnSpec {
  return { key, number, header, title, source: { kind: "input", field: key } };
}

export function sumColumn(
  key: string,
  number: number,
  header: readonly string[],
  title: string,
  plus: readonly string[],
  ruleId: string,
): ColumnSpec {
  return { key, number, header, title, source: { kind: "formula", plus, ruleId } };
}

const amountColumn = (number: number): ColumnSpec => ({
  key: "amount",
  number,
  header: ["金额"],
  title: "金额",
  source: { kind: "line" },
});

/** 公开05 and 公开08 share this layout. */
const fundSpendingColumns = (ruleId: string): ColumnSpec[] => [
  sumColumn("total", 1, ["本年支出", "小计"], "本年支出小计", ["basic", "project"], ruleId),
  inputColumn("basic", 2, ["本年支出", "基本支出"]),
  inputColumn("project", 3, ["本年支出", "项目支出"]),
];

function threePublicColumns(group: "budget" | "actual", first: number, heading: string): ColumnSpec[] {
  const key = (field: string) => `${group}.${field}`;
  const vehicles = "公务用车购置及运行维护费";
  return [
    sumColumn(key("total"), first, [heading, "合计"], `${heading}合计`, [key("abroad"), key("vehicles"), key("reception")], "09a"),
    inputColumn(key("abroad"), first + 1, [heading, "因公出国(境)费"], `${heading}因公出国(境)费`),
    sumColumn(key("vehicles"), first + 2, [heading, vehicles, "小计"], `${heading}${vehicles}小计`, [key("vehiclePurchase"), key("vehicleOps")], "09a"),
    inputColumn(key("vehiclePurchase"), first + 3, [heading, vehicles, "公务用车购置费"], `${heading}公务用车购置费`),
    inputColumn(key("vehicleOps"), first + 4, [heading, vehicles, "公务用车运行维护费"], `${heading}公务用车运行维护费`),
    inputColumn(key("reception"), first + 5, [heading, "公务接待费"], `${heading}公务接待费`),
  ];
}

const item = (code: string, name: string) => ({ code, name });

export const SHANDONG_2024_ECONOMIC_CLASSES: readonly EconomicClassSpec[] = [
  {
    code: "301",
    name: "工资福利支出",
    group: "personnel",
    items: [
      item("30101", "基本工资"),
      item("30102", "津贴补贴"),
      item("30103", "奖金"),
      item("30106", "伙食补助费"),
      item("30107", "绩效工资"),
      item("30108", "机关事业单位基本养老保险缴费"),
      item("30109", "职业年金缴费"),
      item("30110", "职工基本医疗保险缴费"),
      item("30111", "公务员医疗补助缴费"),
      item("30112", "其他社会保障缴费"),
      item("30113", "住房公积金"),
      item("30114", "医疗费"),
      item("30199", "其他工资福利支出"),
    ],
  },
  {
    code: "302",
    name: "商品和服务支出",
    group: "public",
    items: [
      item("30201", "办公费"),
      item("30202", "印刷费"),
      item("30203", "咨询费"),
      item("30204", "手续费"),
      item("30205", "水费"),
      item("30206", "电费"),
      item("30207", "邮电费"),
      item("30208", "取暖费"),
      item("30209", "物业管理费"),
      item("30211", "差旅费"),
      item("30212", "因公出国(境)费用"),
      item("30213", "维修(护)费"),
      item("30214", "租赁费"),
      item("30215", "会议费"),
      item("30216", "培训费"),
      item("30217", "公务接待费"),
      item("30218", "专用材料费"),
      item("30224", "被装购置费"),
      item("30225", "专用燃料费"),
      item("30226", "劳务费"),
      item("30227", "委托业务费"),
      item("30228", "工会经费"),
      item("30229", "福利费"),
      item("30231", "公务用车运行维护费"),
      item("30239", "其他交通费用"),
      item("30240", "税金及附加费用"),
      item("30299", "其他商品和服务支出"),
    ],
  },
  {
    code: "303",
    name: "对个人和家庭的补助",
    group: "personnel",
    items: [
      item("30301", "离休费"),
      item("30302", "退休费"),
      item("30303", "退职(役)费"),
      item("30304", "抚恤金"),
      item("30305", "生活补助"),
      item("30306", "救济费"),
      item("30307", "医疗费补助"),
      item("30308", "助学金"),
      item("30309", "奖励金"),
      item("30310", "个人农业生产补贴"),
      item("30311", "代缴社会保险费"),
      item("30399", "其他对个人和家庭的补助"),
    ],
  },
  {
    code: "307",
    name: "债务利息及费用支出",
    group: "public",
    items: [item("30701", "国内债务付息"), item("30702", "国外债务付息")],
  },
  {
    code: "310",
    name: "资本性支出",
    group: "public",
    items: [
      item("31001", "房屋建筑物购建"),
      item("31002", "办公设备购置"),
      item("31003", "专用设备购置"),
      item("31005", "基础设施建设"),
      item("31006", "大型修缮"),
      item("31007", "信息网络及软件购置更新"),
      item("31008", "物资储备"),
      item("31009", "土地补偿"),
      item("31010", "安置补助"),
      item("31011", "地上附着物和青苗补偿"),
      item("31012", "拆迁补偿"),
      item("31013", "公务用车购置"),
      item("31019", "其他交通工具购置"),
      item("31021", "文物和陈列品购置"),
      item("31022", "无形资产购置"),
      item("31099", "其他资本性支出"),
    ],
  },
  {
    code: "399",
    name: "其他支出",
    group: "public",
    items: [
      item("39907", "国家赔偿费用支出"),
      // The seed's PDF cuts this name off at the cell edge ("对民间非营利组织和群众性").
      item("39908", "对民间非营利组织和群众性组织捐赠"),
      item("39909", "经常性赠与"),
      item("39910", "资本性赠与"),
      item("39999", "其他支出"),
    ],
  },
];

export const shandong2024: ReportTemplate = {
  id: "shandong-2024",
  name: "山东省2024年度单位决算公开表",
  amountUnit: "万元",
  tableNumberStyle: { thousands: true, trimZeros: false },
  narrativeNumberStyle: { thousands: true, trimZeros: true },
  categories: SHANDONG_2024_CATEGORIES,
  tables: {
    t01: {
      kind: "fixed",
      key: "t01",
      number: "公开01表",
      title: "收入支出决算总表",
      note: "注：1. 本表反映单位本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。",
      incomeHeading: "收入",
      expenditureHeading: "支出",
      incomeColumn: amountColumn(1),
      expenditureColumns: [amountColumn(2)],
      categoryOrdinals: true,
      income: [
        { line: 1, ordinal: 1, role: "fund:gp", label: "一般公共预算财政拨款收入" },
        { line: 2, ordinal: 2, role: "fund:gf", label: "政府性基金预算财政拨款收入" },
        { line: 3, ordinal: 3, role: "fund:soe", label: "国有资本经营预算财政拨款收入" },
        { line: 4, ordinal: 4, role: "source:superior", label: "上级补助收入" },
        { line: 5, ordinal: 5, role: "source:business", label: "事业收入" },
        { line: 6, ordinal: 6, role: "source:operating", label: "经营收入" },
        { line: 7, ordinal: 7, role: "source:affiliated", label: "附属单位上缴收入" },
        { line: 8, ordinal: 8, role: "source:other", label: "其他收入" },
        ...blankLines(9, 26),
        { line: 27, role: "total", label: "本年收入合计" },
        { line: 28, role: "nonFiscalBalanceUsed", label: "使用非财政拨款结余(含专用结余)" },
        { line: 29, role: "openingBalance", label: "年初结转和结余" },
        ...blankLines(30, 30),
        { line: 31, role: "grandTotal", label: "总计" },
      ],
      expenditure: [
        { categories: true, firstLine: 32 },
        { line: 58, role: "total", label: "本年支出合计" },
        { line: 59, role: "surplusDistribution", label: "结余分配" },
        { line: 60, role: "closingBalance", label: "年末结转和结余" },
        ...blankLines(61, 61),
        { line: 62, role: "grandTotal", label: "总计" },
      ],
    },
    t02: {
      kind: "coded",
      key: "t02",
      number: "公开02表",
      title: "收入决算表",
      note: "注：本表反映单位本年度取得的各项收入情况。",
      emptyNote: "注：本单位本年度没有收入，故本表无数据。",
      inputGroup: "income",
      columns: [
        sumColumn("total", 1, ["本年收入合计"], "本年收入合计", ["fiscal", "superior", "business", "operating", "affiliated", "other"], "02a"),
        inputColumn("fiscal", 2, ["财政拨款收入"]),
        inputColumn("superior", 3, ["上级补助收入"]),
        inputColumn("business", 4, ["事业收入"]),
        inputColumn("operating", 5, ["经营收入"]),
        inputColumn("affiliated", 6, ["附属单位上缴收入"]),
        inputColumn("other", 7, ["其他收入"]),
      ],
    },
    t03: {
      kind: "coded",
      key: "t03",
      number: "公开03表",
      title: "支出决算表",
      note: "注：本表反映单位本年度各项支出情况。",
      emptyNote: "注：本单位本年度没有支出，故本表无数据。",
      inputGroup: "expenditure",
      columns: [
        sumColumn("total", 1, ["本年支出合计"], "本年支出合计", ["basic", "project", "toSuperior", "operating", "toAffiliated"], "03a"),
        inputColumn("basic", 2, ["基本支出"]),
        inputColumn("project", 3, ["项目支出"]),
        inputColumn("toSuperior", 4, ["上缴上级支出"]),
        inputColumn("operating", 5, ["经营支出"]),
        inputColumn("toAffiliated", 6, ["对附属单位补助支出"]),
      ],
    },
    t04: {
      kind: "fixed",
      key: "t04",
      number: "公开04表",
      title: "财政拨款收入支出决算总表",
      note: "注：本表反映单位本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
      incomeHeading: "收入",
      expenditureHeading: "支出",
      incomeColumn: amountColumn(1),
      expenditureColumns: [
        sumColumn("total", 2, ["合计"], "合计", ["gp", "gf", "soe"], "04a"),
        { key: "gp", number: 3, header: ["一般公共预算财政拨款"], title: "一般公共预算财政拨款", source: { kind: "fund", fund: "gp" } },
        { key: "gf", number: 4, header: ["政府性基金预算财政拨款"], title: "政府性基金预算财政拨款", source: { kind: "fund", fund: "gf" } },
        { key: "soe", number: 5, header: ["国有资本经营预算财政拨款"], title: "国有资本经营预算财政拨款", source: { kind: "fund", fund: "soe" } },
      ],
      categoryOrdinals: true,
      income: [
        { line: 1, ordinal: 1, role: "fund:gp", label: "一般公共预算财政拨款" },
        { line: 2, ordinal: 2, role: "fund:gf", label: "政府性基金预算财政拨款" },
        { line: 3, ordinal: 3, role: "fund:soe", label: "国有资本经营预算财政拨款" },
        ...blankLines(4, 26),
        { line: 27, role: "total", label: "本年收入合计" },
        { line: 28, role: "openingBalance", label: "年初财政拨款结转和结余" },
        { line: 29, role: "openingBalance:gp", label: "一般公共预算财政拨款" },
        { line: 30, role: "openingBalance:gf", label: "政府性基金预算财政拨款" },
        { line: 31, role: "openingBalance:soe", label: "国有资本经营预算财政拨款" },
        { line: 32, role: "grandTotal", label: "总计" },
      ],
      expenditure: [
        { categories: true, firstLine: 33 },
        { line: 59, role: "total", label: "本年支出合计" },
        { line: 60, role: "closingBalance", label: "年末财政拨款结转和结余" },
        ...blankLines(61, 63),
        { line: 64, role: "grandTotal", label: "总计" },
      ],
    },
    t05: {
      kind: "coded",
      key: "t05",
      number: "公开05表",
      title: "一般公共预算财政拨款支出决算表",
      note: "注：本表反映单位本年度一般公共预算财政拨款支出情况。",
      emptyNote: "注：本单位没有一般公共预算财政拨款支出，故本表无数据。",
      inputGroup: "gp",
      columns: fundSpendingColumns("05a"),
    },
    t06: {
      kind: "economic",
      key: "t06",
      number: "公开06表",
      title: "一般公共预算财政拨款基本支出决算明细表",
      note: "注：本表反映单位本年度一般公共预算财政拨款基本支出明细情况。",
      emptyNote: "注：本单位没有一般公共预算财政拨款基本支出，故本表无数据。",
      classes: SHANDONG_2024_ECONOMIC_CLASSES,
      blocks: [
        { heading: "人员经费", classes: ["301", "303"] },
        { heading: "公用经费", classes: ["302"] },
        { heading: "公用经费", classes: ["307", "310", "399"] },
      ],
      personnelTotalLabel: "人员经费合计",
      publicTotalLabel: "公用经费合计",
    },
    t07: {
      kind: "coded",
      key: "t07",
      number: "公开07表",
      title: "政府性基金预算财政拨款收入支出决算表",
      note: "注：本表反映单位本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
      emptyNote: "注：本单位没有使用政府性基金预算财政拨款安排的支出，故本表无数据。",
      inputGroup: "gf",
      columns: [
        inputColumn("opening", 1, ["年初结转和结余"]),
        inputColumn("income", 2, ["本年收入"]),
        sumColumn("total", 3, ["本年支出", "小计"], "本年支出小计", ["basic", "project"], "07a"),
        inputColumn("basic", 4, ["本年支出", "基本支出"]),
        inputColumn("project", 5, ["本年支出", "项目支出"]),
        {
          key: "closing",
          number: 6,
          header: ["年末结转和结余"],
          title: "年末结转和结余",
          source: { kind: "formula", plus: ["opening", "income"], minus: ["total"], ruleId: "07a" },
        },
      ],
    },
    t08: {
      kind: "coded",
      key: "t08",
      number: "公开08表",
      title: "国有资本经营预算财政拨款支出决算表",
      note: "注：本表反映单位本年度国有资本经营预算财政拨款支出情况。",
      emptyNote: "注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。",
      inputGroup: "soe",
      columns: fundSpendingColumns("08a"),
    },
    t09: {
      kind: "single",
      key: "t09",
      number: "公开09表",
      title: "财政拨款“三公”经费支出决算表",
      note: "注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
      emptyNote: "注：本单位没有财政拨款“三公”经费支出，故本表无数据。",
      columns: [...threePublicColumns("budget", 1, "预算数"), ...threePublicColumns("actual", 7, "决算数")],
    },
  },
  threePublicLinks: [
    { column: "actual.abroad", economicCode: "30212" },
    { column: "actual.vehicleOps", economicCode: "30231" },
    { column: "actual.reception", economicCode: "30217" },
  ],
};
