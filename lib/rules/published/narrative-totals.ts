/**
 * 情况说明 sections 一 to 五(二) of a published document against its tables: the totals, each
 * income source and spending kind with its share, the 财政拨款 total, and the 一般公共预算 spending
 * with its share, structure by 类 and completion of the budget; each change from last year.
 */
import { againstCell, checkChange, publishedCheck, readChange, where } from "./check";
import { codedCell, lineCell, narrativeFacts, sumCells, sameName, TOTAL_ROW, type Cell, type PublishedDocument } from "./document";
import { printedApprox, type Findings } from "./findings";
import type { PrintedAmount, PrintedPercent } from "./read";

const S1 = "收入支出决算总体情况";
const S2 = "收入决算情况";
const S3 = "支出决算情况";
const S4 = "财政拨款收入支出决算总体情况";
const S5 = "一般公共预算财政拨款支出决算情况";

/** The base of a share: the printed total when the text prints it, else the table's. */
function base(printed: PrintedAmount | undefined, cell: Cell | undefined): PrintedAmount | bigint | undefined {
  return printed ?? cell?.value;
}

/**
 * A section's total (本年收入合计, 本年支出合计): against 公开01's line, its change from last year,
 * and the base the section's shares are taken of.
 */
function sectionTotal(doc: PublishedDocument, f: Findings, section: string, label: string, key: "income" | "expenditure") {
  const n = narrativeFacts(doc);
  const total = n.amount(`${key}Total`);
  const tableTotal = lineCell(doc, "t01", key, "total");
  againstCell(f, where(section, label), label, total, tableTotal);
  checkChange(f, where(section, `${label}与上年相比`), label, total, readChange(n, key));
  return { n, whole: base(total, tableTotal) };
}

const INCOME_LINES: readonly (readonly [string, readonly string[]])[] = [
  ["财政拨款收入", ["fund:gp", "fund:gf", "fund:soe"]],
  ["一般公共预算财政拨款收入", ["fund:gp"]],
  ["政府性基金预算财政拨款收入", ["fund:gf"]],
  ["国有资本经营预算财政拨款收入", ["fund:soe"]],
  ["上级补助收入", ["source:superior"]],
  ["事业收入", ["source:business"]],
  ["经营收入", ["source:operating"]],
  ["附属单位上缴收入", ["source:affiliated"]],
  ["其他收入", ["source:other"]],
];

const SPENDING_COLUMNS: readonly (readonly [string, string])[] = [
  ["基本支出", "basic"],
  ["项目支出", "project"],
  ["上缴上级支出", "toSuperior"],
  ["经营支出", "operating"],
  ["对附属单位补助支出", "toAffiliated"],
];

export const totalsCheck = publishedCheck("N1", "narrative", S1, "error", "收支总计及其与上年的增减与公开01表一致", (doc, f) => {
  const n = narrativeFacts(doc);
  const total = n.amount("totalAmount");
  againstCell(f, where(S1, "收支总计"), "收支总计", total, lineCell(doc, "t01", "income", "grandTotal"));
  checkChange(f, where(S1, "与上年相比"), "收支总计", total, readChange(n));
});

export const incomeCheck = publishedCheck("N2", "narrative", S2, "error", "本年收入合计、各项收入金额、占比和增减与公开01表一致", (doc, f) => {
  const { n, whole } = sectionTotal(doc, f, S2, "本年收入合计", "income");
  for (const source of n.objects("incomeSources")) {
    const label = source.text("label") ?? "";
    const at = where(S2, label);
    const amount = source.amount("amount");
    const lines = INCOME_LINES.find(([name]) => sameName(name, label))?.[1];
    if (!lines) {
      f.fact(at, false, `收入项目「${label}」不是公开01表的收入行，无法核对`, label, null);
      continue;
    }
    const keys = lines.filter((k) => doc.view.t01.income.has(k));
    againstCell(f, at, label, amount, sumCells(keys.map((k) => lineCell(doc, "t01", "income", k)), `${doc.template.tables.t01.number}「${label}」`));
    if (amount && whole !== undefined) f.percent(at, `${label}占本年收入的比例`, source.percent("sharePercent"), printedApprox(amount), printedApprox(whole), `${label}与本年收入合计`);
    checkChange(f, at, label, amount, readChange(source));
  }
});

export const spendingCheck = publishedCheck("N3", "narrative", S3, "error", "本年支出合计、基本支出、项目支出等金额、占比和增减与公开01、03表一致", (doc, f) => {
  const { n, whole } = sectionTotal(doc, f, S3, "本年支出合计", "expenditure");
  const kind = (label: string, column: string, amount: PrintedAmount | undefined, share: PrintedPercent | undefined) => {
    const at = where(S3, label);
    againstCell(f, at, label, amount, codedCell(doc, "t03", TOTAL_ROW, column));
    if (amount && whole !== undefined) f.percent(at, `${label}占本年支出的比例`, share, printedApprox(amount), printedApprox(whole), `${label}与本年支出合计`);
  };
  const basic = n.amount("basic");
  const project = n.amount("project");
  kind("基本支出", "basic", basic, n.percent("basicShare"));
  kind("项目支出", "project", project, n.percent("projectShare"));
  for (const item of n.objects("expenditureKinds")) {
    const label = item.text("label") ?? "";
    const column = SPENDING_COLUMNS.find(([name]) => sameName(name, label))?.[1];
    if (!column) {
      f.fact(where(S3, label), false, `支出项目「${label}」不是公开03表的支出栏，无法核对`, label, null);
      continue;
    }
    const amount = item.amount("amount");
    kind(label, column, amount, item.percent("sharePercent"));
    checkChange(f, where(S3, label), label, amount, readChange(item));
  }
});

export const fiscalCheck = publishedCheck("N4", "narrative", S4, "error", "财政拨款收支总计及其增减与公开04表一致", (doc, f) => {
  const n = narrativeFacts(doc);
  const total = n.amount("fiscalTotal");
  againstCell(f, where(S4, "财政拨款收支总计"), "财政拨款收支总计", total, lineCell(doc, "t04", "income", "grandTotal"));
  checkChange(f, where(S4, "与上年相比"), "财政拨款收支总计", total, readChange(n, "fiscal"));
});

export const generalBudgetCheck = publishedCheck(
  "N5",
  "narrative",
  S5,
  "error",
  "一般公共预算财政拨款支出、占本年支出比例、增减、各类结构和预算完成率与公开05表一致",
  (doc, f) => {
    const n = narrativeFacts(doc);
    const gp = n.amount("gpExpenditure");
    againstCell(f, where(S5, "一般公共预算财政拨款支出"), "一般公共预算财政拨款支出", gp, codedCell(doc, "t05", TOTAL_ROW, "total"));
    const spending = base(n.amount("expenditureTotal"), lineCell(doc, "t01", "expenditure", "total"));
    if (gp && spending !== undefined) {
      f.percent(where(S5, "占本年支出合计的比例"), "一般公共预算财政拨款支出占本年支出合计的比例", n.percent("gpShareOfTotal"), printedApprox(gp), printedApprox(spending), "一般公共预算财政拨款支出与本年支出合计");
    }
    checkChange(f, where(S5, "与上年相比"), "一般公共预算财政拨款支出", gp, readChange(n, "gp"));
    for (const part of n.objects("gpStructure")) {
      const code = (part.text("code") ?? "").replace(/\s+/g, "");
      const at = where(S5, `支出结构 ${code}`);
      const amount = part.amount("amount");
      againstCell(f, at, `${code} 类支出`, amount, codedCell(doc, "t05", code, "total"));
      if (amount && gp) f.percent(at, `${code} 类占一般公共预算财政拨款支出的比例`, part.percent("sharePercent"), printedApprox(amount), printedApprox(gp), "该类支出与一般公共预算财政拨款支出");
    }
    const budget = n.amount("gpBudgetInitial") ?? n.amount("gpBudgetFull");
    if (gp && budget) completion(f, where(S5, "预算完成率"), "一般公共预算财政拨款支出", n.percent("gpCompletionPercent"), gp, budget);
  },
);

/** 决算数 / 预算数 as printed. */
export function completion(f: Findings, at: string, label: string, printed: PrintedPercent | undefined, actual: PrintedAmount, budget: PrintedAmount): void {
  f.percent(at, `${label}完成预算的比例`, printed, printedApprox(actual), printedApprox(budget), `决算数 ${f.wan(actual.hundredths)} 与预算数 ${f.wan(budget.hundredths)}`);
}

