/**
 * 情况说明 sections 五(三), 六, 七 and 八 of a published document against its tables: each 项 the
 * text explains (its 决算数, its printed 类/款/项 names, its completion rate), the comparison words
 * against the budget, the reasons the words call for, the 基本支出 items the text names, and the
 * two fund tables.
 */
import type { CodedTableKey } from "../../tables/types";
import { againstCell, expectedComparison, judgeComparison, publishedCheck, where, type ComparisonVerdict } from "./check";
import { codedCell, codedHasData, codedName, economicTotal, narrativeFacts, sameName, TOTAL_ROW, type PublishedDocument } from "./document";
import type { Findings } from "./findings";
import { completion } from "./narrative-totals";
import type { Facts, PrintedAmount } from "./read";

const S5 = "一般公共预算财政拨款支出决算情况";
const S6 = "一般公共预算财政拨款基本支出决算情况";
const S7 = "政府性基金预算财政拨款收入支出决算情况";
const S8 = "国有资本经营预算财政拨款支出决算情况";
const S9 = "财政拨款“三公”经费支出决算情况";

/** Every 项 list of the text with the table it explains. */
function itemLists(doc: PublishedDocument): { section: string; table: CodedTableKey; items: Facts[] }[] {
  const n = narrativeFacts(doc);
  return [
    { section: S5, table: "t05", items: n.objects("items") },
    { section: S7, table: "t07", items: n.object("govFund")?.objects("items") ?? [] },
    { section: S8, table: "t08", items: n.object("stateCapital")?.objects("items") ?? [] },
  ];
}

const itemCode = (item: Facts) => (item.text("code") ?? "").replace(/\s+/g, "");
const itemBudget = (item: Facts) => item.amount("budgetInitial") ?? item.amount("budgetFull");

function checkItems(doc: PublishedDocument, f: Findings): void {
  for (const { section, table, items } of itemLists(doc)) {
    for (const item of items) {
      const code = itemCode(item);
      const at = where(section, `${code}「${item.strings("printedPath").join("—")}」`);
      const actual = item.amount("actual");
      againstCell(f, at, "决算数", actual, codedCell(doc, table, code, "total"));
      const path = item.strings("printedPath");
      [code.slice(0, 3), code.slice(0, 5), code].forEach((prefix, level) => {
        const name = codedName(doc, table, prefix);
        if (path[level] === undefined || name === undefined) return;
        f.fact(at, sameName(path[level], name), `科目名称印为「${path[level]}」，${doc.template.tables[table].number}中 ${prefix} 为「${name}」`, path[level], name);
      });
      const budget = itemBudget(item);
      if (actual && budget) completion(f, at, "决算数", item.percent("completionPercent"), actual, budget);
    }
  }
}

export const itemsCheck = publishedCheck("N6", "narrative", S5, "error", "逐项说明的决算数、科目名称和预算完成率与公开05、07、08表一致", checkItems);

/** Every comparison word of the text with its two figures. */
function comparisons(doc: PublishedDocument): { at: string; word: string; actual: PrintedAmount; budget: PrintedAmount }[] {
  const n = narrativeFacts(doc);
  const out: { at: string; word: string; actual: PrintedAmount; budget: PrintedAmount }[] = [];
  const add = (at: string, word: string | undefined, actual: PrintedAmount | undefined, budget: PrintedAmount | undefined) => {
    if (word && actual && budget) out.push({ at, word, actual, budget });
  };
  add(where(S5, "一般公共预算财政拨款支出与预算相比"), n.text("gpComparison"), n.amount("gpExpenditure"), n.amount("gpBudgetInitial") ?? n.amount("gpBudgetFull"));
  for (const { section, items } of itemLists(doc)) {
    for (const item of items) add(where(section, `${itemCode(item)} 决算数与预算相比`), item.text("comparison"), item.amount("actual"), itemBudget(item));
  }
  const three = n.object("threePublic");
  if (three) {
    add(where(S9, "“三公”经费决算数与预算相比"), three.text("comparison"), three.amount("actual"), three.amount("budget"));
    for (const [key, label] of [["outbound", "因公出国(境)费"], ["vehicle", "公务用车购置及运行维护费"], ["reception", "公务接待费"]] as const) {
      add(where(S9, `${label}决算数与预算相比`), three.text(`${key}Comparison`), three.amount(`${key}Actual`), three.amount(`${key}Budget`));
    }
  }
  return out;
}

function comparisonRule(id: string, severity: "error" | "warning", title: string, flagged: ComparisonVerdict) {
  return publishedCheck(id, "narrative", S5, severity, title, (doc, f) => {
    for (const c of comparisons(doc)) {
      const verdict = judgeComparison(c.word, c.actual.hundredths, c.budget.hundredths);
      const should = expectedComparison(c.actual.hundredths, c.budget.hundredths);
      const message =
        verdict === "unknown"
          ? `比较用词「${c.word}」无法识别，应为大于、小于、持平或基本持平`
          : `写“${c.word}”，但决算数 ${f.wan(c.actual.hundredths)}、预算数 ${f.wan(c.budget.hundredths)}，应写“${should}”`;
      f.fact(c.at, verdict !== flagged && !(flagged === "wrong" && verdict === "unknown"), message, c.word, should);
    }
  });
}

export const comparisonCheck = comparisonRule("N7", "error", "大于、小于、持平、基本持平等比较用词与所比较的数字相符", "wrong");
export const looseComparisonCheck = comparisonRule(
  "N7w",
  "warning",
  "“基本持平”“持平”只用于完成率在 99%–101% 之间（系统采用的口径）",
  "loose",
);

export const reasonsCheck = publishedCheck("N8", "narrative", S5, "warning", "决算数与预算差异超出基本持平范围的项目说明了原因", (doc, f) => {
  for (const { section, items } of itemLists(doc)) {
    for (const item of items) {
      const actual = item.amount("actual");
      const budget = itemBudget(item);
      const given = item.flag("reasonGiven");
      if (!actual || !budget || given === undefined) continue;
      const needed = !["持平", "基本持平"].includes(expectedComparison(actual.hundredths, budget.hundredths));
      f.fact(where(section, `${itemCode(item)} 差异原因`), !needed || given, `决算数 ${f.wan(actual.hundredths)} 与预算数 ${f.wan(budget.hundredths)} 差异超过 1%，未说明原因`, "未说明", "说明主要原因");
    }
  }
});

/** The 款 of 公开06 with their group (人员经费/公用经费), as printed. */
function economicItems(doc: PublishedDocument) {
  const groups = new Map(doc.template.tables.t06.classes.map((c) => [c.code, c.group]));
  return doc.view.t06.rows.filter((r) => r.code.length === 5).map((r) => ({ ...r, group: groups.get(r.code.slice(0, 3)) }));
}

export const basicSpendingCheck = publishedCheck("N9", "narrative", S6, "error", "基本支出、人员经费、公用经费及所列明细与公开05、06表一致", (doc, f) => {
  if (doc.missingTables.includes("t06")) return;
  const n = narrativeFacts(doc);
  againstCell(f, where(S6, "基本支出"), "一般公共预算财政拨款基本支出", n.amount("basicExpenditure"), codedCell(doc, "t05", TOTAL_ROW, "basic"));
  againstCell(f, where(S6, "人员经费"), "人员经费", n.amount("personnel"), economicTotal(doc, "personnelTotal"));
  againstCell(f, where(S6, "公用经费"), "公用经费", n.amount("public"), economicTotal(doc, "publicTotal"));
  const items = economicItems(doc);
  const t06 = doc.template.tables.t06.number;
  for (const [key, group, label] of [["personnelItems", "personnel", "人员经费"], ["publicItems", "public", "公用经费"]] as const) {
    for (const name of n.strings(key)) {
      const row = items.find((r) => sameName(r.name, name));
      const at = where(S6, `${label}所列「${name}」`);
      if (!row) f.fact(at, false, `${t06}没有「${name}」这一科目`, name, null);
      else if (row.group !== group) f.fact(at, false, `「${name}」（${row.code}）在${t06}中不属于${label}`, label, row.group === "personnel" ? "人员经费" : "公用经费");
      else f.fact(at, row.value !== null && row.value !== 0n, `所列「${name}」在${t06}中没有金额`, name, `${row.code} 为空`);
    }
  }
});

export const basicItemsNamedCheck = publishedCheck("N9w", "narrative", S6, "warning", "公开06表有金额的明细科目都在情况说明中列出", (doc, f) => {
  if (doc.missingTables.includes("t06")) return;
  const n = narrativeFacts(doc);
  for (const [key, group, label] of [["personnelItems", "personnel", "人员经费"], ["publicItems", "public", "公用经费"]] as const) {
    const named = n.strings(key);
    if (named.length === 0) continue;
    for (const row of economicItems(doc).filter((r) => r.group === group && r.value !== null && r.value !== 0n)) {
      f.fact(where(S6, `${label}明细`), named.some((name) => sameName(name, row.name)), `${doc.template.tables.t06.number} ${row.code}「${row.name}」有金额 ${f.wan(row.value ?? 0n)}，${label}的说明未列出`, null, row.name);
    }
  }
});

/** Section 七/八: a fund the text says is not used has an empty table; stated amounts equal its 合计 row. */
function fundSection(doc: PublishedDocument, f: Findings, key: "govFund" | "stateCapital", table: "t07" | "t08", section: string): void {
  const facts = narrativeFacts(doc).object(key);
  if (!facts || doc.missingTables.includes(table)) return;
  const number = doc.template.tables[table].number;
  if (facts.flag("none")) {
    f.fact(where(section, "没有该项收支"), !codedHasData(doc, table), `说明没有该项收支，但${number}有数据`, "无收支", `${number}所列金额`);
    return;
  }
  const columns = doc.template.tables[table].columns.map((c) => c.key);
  for (const [fact, column, label] of [
    ["openingBalance", "opening", "年初结转和结余"],
    ["income", "income", "本年收入"],
    ["expenditure", "total", "本年支出"],
    ["closingBalance", "closing", "年末结转和结余"],
  ] as const) {
    if (columns.includes(column)) againstCell(f, where(section, label), label, facts.amount(fact), codedCell(doc, table, TOTAL_ROW, column));
  }
}

export const fundsCheck = publishedCheck("N10", "narrative", S7, "error", "政府性基金、国有资本经营预算收支与公开07、08表一致", (doc, f) => {
  fundSection(doc, f, "govFund", "t07", S7);
  fundSection(doc, f, "stateCapital", "t08", S8);
});
