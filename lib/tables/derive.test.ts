import { describe, expect, it } from "vitest";
import { deriveAndCheck } from "../rules";
import { planColumns } from "./columns";
import { chineseOrdinal } from "../narrative/numerals";
import { deriveReport, deriveTable } from "./derive";
import { displayCell, displayFen } from "./display";
import { emptyInputs, type ReportInputs } from "./inputs";
import type { DerivedCodedTable, DerivedFixedTable } from "./report";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "./seed/zaozhuang-2024";
import { shandong2024 } from "./templates/shandong-2024";
import { TABLE_KEYS, type ColumnSpec } from "./types";

const names = new Map([
  ["201", "一般公共服务支出"],
  ["20101", "人大事务"],
  ["2010101", "行政运行"],
  ["2010102", "一般行政管理事务"],
  ["20103", "政府办公厅(室)及相关机构事务"],
  ["2010301", "行政运行"],
  ["205", "教育支出"],
  ["20502", "普通教育"],
  ["2050201", "学前教育"],
  ["212", "城乡社区支出"],
  ["21208", "国有土地使用权出让收入安排的支出"],
  ["2120899", "其他国有土地使用权出让收入安排的支出"],
]);

const wan = (n: bigint) => n * 1_000_000n;

function line(table: DerivedFixedTable, side: "income" | "expenditure", key: string) {
  const found = table[side].find((l) => l.key === key);
  if (!found) throw new Error(`no line ${key}`);
  return found;
}

function row(table: DerivedCodedTable, key: string) {
  const found = table.rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe("deriveReport on empty inputs", () => {
  const report = deriveReport(shandong2024, names, emptyInputs());

  it("prints each coded table as a lone 合计 row with its empty-table note", () => {
    for (const key of ["t02", "t03", "t05", "t07", "t08"] as const) {
      const table = report.tables[key];
      expect(table.rows.map((r) => r.key)).toEqual(["合计"]);
      expect(table.isEmpty).toBe(true);
      expect(table.meta.note).toBe(shandong2024.tables[key].emptyNote);
      expect(table.rows[0].cells.every((c) => displayCell(c) === "")).toBe(true);
    }
  });

  it("keeps the fixed lines of 公开01/04 paired line by line", () => {
    const t01 = report.tables.t01;
    expect(t01.income.map((l) => l.line)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(t01.expenditure.map((l) => l.line)).toEqual(Array.from({ length: 31 }, (_, i) => i + 32));
    expect(report.tables.t04.income).toHaveLength(32);
    expect(report.tables.t04.expenditure.map((l) => l.line)).toEqual(Array.from({ length: 32 }, (_, i) => i + 33));
    expect(line(t01, "expenditure", "234").printedLabel).toBe("二十六、抗疫特别国债安排的支出");
    expect(line(report.tables.t04, "income", "fund:gp").printedLabel).toBe("一、一般公共预算财政拨款");
  });

  it("expands the category lines of the template it is given", () => {
    const fewer = { ...shandong2024, categories: shandong2024.categories.slice(0, 3) };
    const t01 = deriveReport(fewer, names, emptyInputs()).tables.t01;
    expect(t01.expenditure.filter((l) => l.code !== null).map((l) => l.code)).toEqual(["201", "202", "203"]);
  });

  it("says what is missing rather than passing every rule: only 01e fails", () => {
    const { rules } = deriveAndCheck(shandong2024, names, emptyInputs());
    expect(rules.failures.map((f) => f.ruleId)).toEqual(["01e"]);
    expect(rules.passed).toBe(false);
  });
});

describe("deriveReport on a small unit", () => {
  const inputs: ReportInputs = {
    ...emptyInputs(),
    // Out of order on purpose, with a row that is all zeros.
    expenditure: {
      "2050201": { basic: wan(3n) },
      "2010301": { basic: wan(10n), project: wan(2n) },
      "2010102": { basic: 0n },
      "2010101": { project: wan(1n), operating: 150n },
    },
    income: { "2010301": { fiscal: wan(12n) }, "2050201": { fiscal: wan(3n), other: 99n } },
    gp: { "2010301": { basic: wan(10n), project: wan(2n) }, "2050201": { basic: wan(3n) } },
    gf: { "2120899": { opening: wan(5n), income: wan(1n), project: wan(4n) } },
    fiscal: { gpIncome: wan(15n), gfIncome: wan(1n), openingGp: wan(2n), openingGf: wan(5n) },
    balances: { nonFiscalOpening: wan(1n), nonFiscalBalanceUsed: 500n, surplusDistribution: 200n },
  };
  const report = deriveReport(shandong2024, names, inputs);

  it("lists 类, then its 款, then its 项, in code order, skipping all-zero rows", () => {
    expect(report.tables.t03.rows.map((r) => r.key)).toEqual([
      "合计",
      "201",
      "20101",
      "2010101",
      "20103",
      "2010301",
      "205",
      "20502",
      "2050201",
    ]);
    expect(row(report.tables.t03, "201").level).toBe("class");
    expect(row(report.tables.t03, "20101").level).toBe("section");
    expect(row(report.tables.t03, "2010101").name).toBe("行政运行");
  });

  it("sums every 合计 column and row exactly", () => {
    const t03 = report.tables.t03;
    expect(row(t03, "合计").cells.map((c) => c.fen)).toEqual([wan(16n) + 150n, wan(13n), wan(3n), 0n, 150n, 0n]);
    expect(row(t03, "201").cells[0].fen).toBe(wan(13n) + 150n);
    expect(row(t03, "2010101").cells[0].fen).toBe(wan(1n) + 150n);
  });

  it("marks input cells with their address and derived cells without", () => {
    const item = row(report.tables.t03, "2010301");
    expect(item.cells[0]).toEqual({ fen: wan(12n), kind: "derived" });
    expect(item.cells[1]).toEqual({ fen: wan(10n), kind: "input", address: { table: "t03", row: "2010301", column: "basic" } });
    expect(item.cells[3]).toEqual({ fen: null, kind: "input", address: { table: "t03", row: "2010301", column: "toSuperior" } });
    expect(row(report.tables.t03, "201").cells.every((c) => c.kind === "derived" && !c.address)).toBe(true);
  });

  it("derives 公开07 subtotal and 年末结转 (年初 + 收入 − 支出)", () => {
    const gf = row(report.tables.t07, "2120899");
    expect(gf.cells.map((c) => c.fen)).toEqual([wan(5n), wan(1n), wan(4n), null, wan(4n), wan(2n)]);
  });

  it("derives 公开04: expenditure from 05/07/08 by 类, closing balance per fund", () => {
    const t04 = report.tables.t04;
    expect(line(t04, "expenditure", "201").cells.map((c) => c.fen)).toEqual([wan(12n), wan(12n), 0n, 0n]);
    expect(line(t04, "expenditure", "212").cells.map((c) => c.fen)).toEqual([wan(4n), 0n, wan(4n), 0n]);
    expect(line(t04, "expenditure", "closingBalance").cells.map((c) => c.fen)).toEqual([wan(4n), wan(2n), wan(2n), 0n]);
    expect(line(t04, "income", "openingBalance").cells[0].fen).toBe(wan(7n));
    expect(line(t04, "income", "grandTotal").cells[0].fen).toBe(wan(23n));
    expect(line(t04, "expenditure", "grandTotal").cells[0].fen).toBe(wan(23n));
    expect(line(t04, "income", "fund:gp").cells[0]).toEqual({
      fen: wan(15n),
      kind: "input",
      address: { table: "t04", row: "gpIncome", column: "amount" },
    });
  });

  it("derives 公开01 including its balance lines", () => {
    const t01 = report.tables.t01;
    const amount = (side: "income" | "expenditure", key: string) => line(t01, side, key).cells[0].fen;
    expect(amount("income", "fund:gp")).toBe(wan(15n));
    expect(line(t01, "income", "fund:gp").cells[0].source).toEqual({ table: "t04", row: "gpIncome", column: "amount" });
    expect(amount("income", "source:other")).toBe(99n);
    expect(amount("income", "total")).toBe(wan(16n) + 99n);
    // 年初结转和结余 = fiscal opening (2 + 5 万) + non-fiscal opening (1 万)
    expect(amount("income", "openingBalance")).toBe(wan(8n));
    expect(amount("income", "grandTotal")).toBe(wan(24n) + 99n + 500n);
    expect(amount("expenditure", "201")).toBe(wan(13n) + 150n);
    expect(amount("expenditure", "total")).toBe(wan(16n) + 150n);
    // 年末 = 总计 − 本年支出合计 − 结余分配
    expect(amount("expenditure", "closingBalance")).toBe(wan(8n) + 99n + 500n - 150n - 200n);
    expect(amount("expenditure", "grandTotal")).toBe(amount("income", "grandTotal"));
    expect(line(t01, "expenditure", "surplusDistribution").cells[0].kind).toBe("input");
  });

  it("derives one table alone exactly as the whole report does", () => {
    for (const key of TABLE_KEYS) {
      expect(deriveTable(shandong2024, names, inputs, key)).toEqual(report.tables[key]);
    }
  });

  it("reports codes it cannot name or place", () => {
    const odd = deriveReport(shandong2024, new Map(), {
      ...emptyInputs(),
      expenditure: { "2300101": { basic: 1n }, "20101": { basic: 5n } },
      basicByEconomic: { "30999": 5n },
    });
    const messages = odd.issues.map((i) => `${i.table} ${i.code} ${i.message}`);
    expect(messages).toContain("t03 20101 「20101」不是7位项级科目编码，未列入公开03表");
    expect(messages).toContain("t03 23001 科目「23001」在本年度功能分类科目中找不到名称");
    expect(messages).toContain("t01 230 支出功能分类「230」不是本模板的类级科目，无法列入公开01表");
    expect(messages).toContain("t06 30999 经济分类科目「30999」不在公开06表的科目列表中，未计入合计");
  });
});

describe("display", () => {
  it("prints blank for blank and zero, 0.00 only for a non-zero amount that rounds to zero", () => {
    expect(displayFen(null)).toBe("");
    expect(displayFen(0n)).toBe("");
    expect(displayFen(4_999n)).toBe("0.00");
    expect(displayFen(5_000n)).toBe("0.01");
    expect(displayFen(-5_000n)).toBe("-0.01");
    expect(displayFen(4_299_905_195n)).toBe("4,299.91");
  });
});

describe("printed ordinals of fixed lines", () => {
  // The ordinals the fixed tables print (up to the number of categories) read as before.
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [26, "二十六"],
  ])("%i → %s", (n, text) => expect(chineseOrdinal(n)).toBe(text));

  it("prefixes each ordinal line of 公开01 with its numeral", () => {
    const t01 = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs).tables.t01;
    for (const line of [...t01.income, ...t01.expenditure]) {
      expect(line.printedLabel).toBe(line.ordinal === null ? line.label : `${chineseOrdinal(line.ordinal)}、${line.label}`);
    }
    expect(t01.income[0].printedLabel).toBe("一、一般公共预算财政拨款收入");
  });
});

describe("planColumns", () => {
  const col = (key: string, plus: string[]): ColumnSpec => ({
    key,
    number: 1,
    header: [key],
    title: key,
    source: { kind: "formula", plus, ruleId: "x" },
  });

  it("refuses a formula cycle and an unknown column", () => {
    expect(() => planColumns([col("a", ["b"]), col("b", ["a"])])).toThrow("循环引用");
    expect(() => planColumns([col("a", ["zz"])])).toThrow("不存在的栏目「zz」");
  });

  it("orders formulas by dependency, whatever the printed order", () => {
    const input: ColumnSpec = { key: "i", number: 3, header: ["i"], title: "i", source: { kind: "input", field: "i" } };
    const plan = planColumns([col("total", ["sub", "i"]), col("sub", ["i"]), input]);
    expect(plan.formulaOrder).toEqual([1, 0]);
  });
});

describe("performance", () => {
  it("derives the seed report in well under the 5 ms budget (warm)", () => {
    for (let i = 0; i < 20; i++) deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
    const start = performance.now();
    for (let i = 0; i < 20; i++) deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
    // Generous bound for slow CI machines; lib/cli/bench-rules.ts measures precisely.
    expect((performance.now() - start) / 20).toBeLessThan(20);
  });
});
