/**
 * Every check of a published document, each with a passing and a failing case, on a 上海 2024
 * 部门决算 built for these tests (lib/fixture/samples/shanghai-sports-dept-2024.json: blank cells,
 * 24 printed categories, codes printed "207 03 01", an empty 国有资本经营 table). Each failing case
 * changes one printed fact, as a real document's mistake would, and expects exactly the rules
 * that should catch it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFixtureDocument, fixtureCheckJson } from "../../fixture/check";
import { JsonNumber, parseJsonExact, type JsonValue } from "../../fixture/json";
import { FixtureError } from "../../fixture/load";
import { judgeComparison } from "./check";

const SAMPLE = fileURLToPath(new URL("../../fixture/samples/shanghai-sports-dept-2024.json", import.meta.url));
const ZAOZHUANG = fileURLToPath(new URL("../../fixture/samples/zaozhuang-gov-office-2024.json", import.meta.url));
const sampleText = readFileSync(SAMPLE, "utf8");

type Edit = readonly [path: string, value: JsonValue | string | number | undefined];

/** "narrative.items[1].actual" → the parent object and the last key. */
function locate(doc: JsonValue, path: string): [Record<string, JsonValue> | JsonValue[], string | number] {
  const steps = path.split(/\.|(?=\[)/).map((s) => (s.startsWith("[") ? Number(s.slice(1, -1)) : s));
  let node = doc as Record<string, JsonValue>;
  for (const step of steps.slice(0, -1)) node = (node as unknown as Record<string | number, JsonValue>)[step] as Record<string, JsonValue>;
  return [node, steps.at(-1)!];
}

/** Numbers given as numbers become printed tokens ("510.00"); undefined deletes the key. */
function edited(edits: readonly Edit[], text = sampleText): JsonValue {
  const doc = parseJsonExact(text);
  for (const [path, value] of edits) {
    const [parent, key] = locate(doc, path);
    const record = parent as Record<string | number, JsonValue>;
    if (value === undefined) delete record[key];
    else record[key] = typeof value === "number" ? new JsonNumber(Number.isInteger(value) && !path.endsWith("Percent") ? String(value) : value.toFixed(2)) : (value as JsonValue);
  }
  return doc;
}

const amount = (raw: string) => new JsonNumber(raw);

function failing(edits: readonly Edit[], text?: string) {
  const check = checkFixtureDocument(edited(edits, text));
  return { check, failed: check.results.filter((r) => r.status === "fail").map((r) => r.rule), findings: check.results.flatMap((r) => r.findings.map((f) => `${r.rule} ${f.where}：${f.message}`)) };
}

describe("a 上海 部门决算 with blank cells", () => {
  it("passes every table rule and every check of the text", () => {
    const { check, failed } = failing([]);
    expect(failed).toEqual([]);
    expect(check.exitCode).toBe(0);
    expect(check.loaded.fixture.level).toBe("department");
    // Codes printed "207 03 01" are read joined.
    expect(check.loaded.view.t05.rows.map((r) => r.code)).toContain("2070301");
    const skipped = check.results.filter((r) => r.status === "skip").map((r) => r.rule);
    expect(skipped).toEqual([]);
  });

  it("prints the machine-readable result with document, rules, statuses and findings", () => {
    const json = fixtureCheckJson(failing([["narrative.items[1].actual", amount("510.00")]]).check);
    expect(json.document).toEqual({ unit: "上海市示范区体育局", year: 2024, template: "shanghai-2024", level: "department" });
    const n6 = json.results.find((r) => r.rule === "N6")!;
    expect(n6).toMatchObject({ part: "narrative", severity: "error", status: "fail" });
    expect(n6.findings[0]).toEqual({
      where: "情况说明「一般公共预算财政拨款支出决算情况」：2070308「文化旅游体育与传媒支出—体育—群众体育」",
      message: "决算数印为 510.00万元，应为表五「2070308 群众体育」「本年支出小计」 500.00万元，相差 10.00万元",
      printed: "510.00万元",
      expected: "500.00万元",
    });
    expect(json.summary.exitCode).toBe(1);
  });

  it("also passes the published 山东 document, so every check is true of a real disclosure", () => {
    const { failed } = failing([], readFileSync(ZAOZHUANG, "utf8"));
    expect(failed).toEqual([]);
  });
});

describe("each check fails on the mistake it is for", () => {
  it.each<[string, readonly Edit[], readonly string[], RegExp]>([
    ["T0 a missing table (its own rules are skipped)", [["t09", undefined]], ["T0"], /缺少表七「财政拨款“三公”经费支出决算表」/],
    ["T0 a missing 表六: rule 56 compares nothing", [["t06", undefined]], ["T0"], /缺少表六/],
    ["T-H last year's heading", [["headings.part2Year", 2023]], ["T-H"], /第二部分标题的年度印为 2023 年，本决算为 2024 年度/],
    ["O1 duties miscounted", [["overview.dutiesCount", 4]], ["O1"], /称有 4 项职责，列出 3 项/],
    ["N-H another unit's heading", [["headings.part3Unit", "上海市示范区文化局"]], ["N-H"], /第三部分标题的单位名称印为「上海市示范区文化局」/],
    ["N1 total", [["narrative.totalAmount", amount("1470.02")]], ["N1"], /收支总计印为 1470.02万元，应为表一「总计」 1470.00万元，相差 0.02万元/],
    ["N1 change percentage", [["narrative.changePercent", amount("13.80")]], ["N1"], /按增减额 170.00万元 与上年数 1300.00万元.*应为 13.08%/],
    ["N1 change word against the figures", [["narrative.changeDirection", "减少"]], ["N1"], /收支总计减少幅度印为 13.08%/],
    ["N2 income share", [["narrative.incomeSources[1].sharePercent", amount("6.84")]], ["N2"], /事业收入占本年收入的比例印为 6.84%，按事业收入与本年收入合计计算应为 5.84%/],
    ["N2 income amount", [["narrative.incomeSources[1].amount", amount("81.00")]], ["N2"], /事业收入印为 81.00万元，应为表一「事业收入」 80.00万元/],
    ["N3 spending share", [["narrative.basicShare", amount("46.00")]], ["N3"], /基本支出占本年支出的比例印为 46.00%.*应为 46.68%/],
    ["N4 财政拨款 total taken from the wrong line", [["narrative.fiscalTotal", amount("1284.56")]], ["N4"], /应为表四「总计」 1294.56万元，相差 10.00万元/],
    ["N5 structure share", [["narrative.gpStructure[0].sharePercent", amount("83.08")]], ["N5"], /207 类占一般公共预算财政拨款支出的比例印为 83.08%.*应为 83.80%/],
    ["N5 completion rate", [["narrative.gpCompletionPercent", amount("98.67")]], ["N5"], /完成预算的比例印为 98.67%.*应为 98.76%/],
    ["N6 item name", [["narrative.items[0].printedPath[1]", "群众体育"]], ["N6"], /科目名称印为「群众体育」，表五中 20703 为「体育」/],
    ["N7 comparison word", [["narrative.items[1].comparison", "大于"]], ["N7"], /写“大于”，但决算数 500.00万元、预算数 560.00万元，应写“小于”/],
    ["N7 持平 for unequal figures", [["narrative.items[2].comparison", "持平"]], ["N7"], /写“持平”，但决算数 134.56万元、预算数 120.00万元，应写“大于”/],
    ["N8 reason missing", [["narrative.items[1].reasonGiven", false]], ["N8"], /差异超过 1%，未说明原因/],
    ["N9 a named item with no money", [["narrative.personnelItems[9]", "奖金"]], ["N9"], /所列「奖金」在表六中没有金额/],
    ["N9 an item under the wrong group", [["narrative.publicItems[6]", "基本工资"]], ["N9"], /「基本工资」（30101）在表六中不属于公用经费/],
    ["N10 fund balance", [["narrative.govFund.closingBalance", amount("16.00")]], ["N10"], /年末结转和结余印为 16.00万元，应为表八合计行「年末结转和结余」 15.00万元/],
    ["N10 a fund said to be unused", [["narrative.govFund", parseJsonExact('{"none": true}')]], ["N10"], /说明没有该项收支，但表八有数据/],
    ["N11 三公 against 表七", [["narrative.threePublic.receptionActual", amount("1.30")]], ["N11"], /公务接待费决算数印为 1.30万元，应为表七「决算数公务接待费」 1.20万元/],
    ["N12 operating cost change", [["narrative.operatingCost.changePercent", amount("7.00")]], ["N12"], /机关运行经费减少幅度印为 7.00%.*应为 7.41%/],
    ["N13 procurement parts", [["narrative.procurement.services", amount("71.00")]], ["N13"], /政府采购支出总额印为 120.00万元，应为货物、工程、服务采购之和 121.00万元/],
    ["N13 SME share", [["narrative.procurement.smeShare", amount("80.00")]], ["N13"], /中小企业合同金额占政府采购支出总额的比例印为 80.00%.*应为 83.33%/],
    ["N14 asset date", [["narrative.assets.asOf", "2023-12-31"]], ["N14"], /截止日期印为「2023-12-31」，应为决算年度末 2024年12月31日/],
    ["N14 vehicles", [["narrative.assets.vehiclesTotal", 4]], ["N14"], /车辆合计印为 4 辆，各类车辆之和为 3 辆/],
    ["P1 grade counts", [["narrative.performance.gradeCounts", parseJsonExact('{"优": 2}')]], ["P1"], /称 2 个项目评为“优”，按所附自评得分应为 1 个/],
    ["P1 a grade of another template", [["narrative.performance.gradeCounts", parseJsonExact('{"优": 1, "中": 1}')]], ["P1"], /等级「中」不是本模板的绩效等级（优\/良\/合格\/不合格）/],
    ["N-X a placeholder", [["headings.narrativeUnitNames[0]", "XX局"]], ["N-H", "N-X"], /「XX局」中有未替换的占位符「XX」/],
    ["N1 and N-X a template's either-or word", [["narrative.changeDirection", "下降（增长）"]], ["N1", "N-X"], /增减用词「下降（增长）」无法识别/],
  ])("%s", (_name, edits, rules, message) => {
    const { failed, findings } = failing(edits);
    expect(failed).toEqual(rules);
    expect(findings.join("\n")).toMatch(message);
  });

  it("warnings alone do not fail the document", () => {
    const cases: [readonly Edit[], string, RegExp][] = [
      [[["overview.memberUnits", parseJsonExact("[]")]], "O2", /部门决算没有列出纳入决算的单位/],
      [[["narrative.items[7].comparison", "基本持平"]], "N7w", /写“基本持平”，但决算数 75.00万元、预算数 72.00万元，应写“大于”/],
      [[["narrative.personnelItems[8]", "住房公积金"]], "N9w", /30302「退休费」有金额 5.00万元，人员经费的说明未列出/],
      [[["narrative.operatingCost.amount", amount("26.00")]], "N12w", /机关运行经费印为 26.00万元，应为表六「公用经费合计」 25.00万元/],
    ];
    for (const [edits, rule, message] of cases) {
      const { check, failed, findings } = failing(edits);
      expect(failed, rule).toContain(rule);
      expect(failed.filter((r) => !r.endsWith("w") && r !== "O2"), rule).toEqual(rule === "N12w" ? ["N12"] : []);
      expect(findings.join("\n")).toMatch(message);
      if (rule !== "N12w") expect(check.exitCode).toBe(0);
    }
  });

  it("reports money under a category the document does not print", () => {
    const doc = edited([]) as { t01: { expenditure: JsonValue[] }; t04: { expenditure: JsonValue[] } };
    // Drop the 221 住房保障 line (index 18) from both totals tables.
    doc.t01.expenditure.splice(18, 1);
    doc.t04.expenditure.splice(18, 1);
    const check = checkFixtureDocument(doc as unknown as JsonValue);
    const messages = check.results.filter((r) => r.rule === "03a" || r.rule === "04c").flatMap((r) => r.findings.map((f) => f.message));
    expect(messages.join("\n")).toMatch(/表三 221「住房保障支出」 第1栏「本年支出合计」所属类级科目未在表一列示/);
  });
});

describe("the comparison words", () => {
  it.each([
    ["持平", 100n, 100n, "ok"],
    ["持平", 100n, 101n, "loose"],
    ["持平", 90n, 100n, "wrong"],
    ["基本持平", 10054n, 10000n, "ok"],
    ["基本持平", 10100n, 10000n, "ok"],
    ["基本持平", 10300n, 10000n, "loose"],
    ["基本持平", 8929n, 10000n, "wrong"],
    ["大于", 2381n, 0n, "ok"],
    ["大于", 99n, 100n, "wrong"],
    ["小于", 99n, 100n, "ok"],
    ["超支", 1n, 2n, "unknown"],
  ] as const)("%s for %d against %d is %s", (word, actual, budget, verdict) => {
    expect(judgeComparison(word, actual, budget)).toBe(verdict);
  });
});

describe("a document that cannot be read", () => {
  it("names the field and the reason", () => {
    expect(() => checkFixtureDocument(edited([["narrative.totalAmount", "1470.00"]]))).toThrow(FixtureError);
    expect(() => checkFixtureDocument(edited([["narrative.totalAmount", "1470.00"]]))).toThrow("narrative.totalAmount：应为数字（万元）");
    expect(() => checkFixtureDocument(edited([["narrative.items", "见下表"]]))).toThrow("narrative.items：应为数组");
    expect(() => checkFixtureDocument(edited([["level", "province"]]))).toThrow("level：取值不正确，应为 unit 或 department");
  });
});
