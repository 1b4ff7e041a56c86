/** Sections 五 (一般公共预算财政拨款支出) and 六 (its 基本支出 by economic item). */
import type { Fen } from "../../money";
import type { DerivedCodedTable } from "../../tables/report";
import {
  amount,
  changeSentence,
  combine,
  figure,
  heading,
  initialBudgetSentence,
  paragraph,
  percent,
  ratio,
  t,
  type Composer,
} from "../compose";
import {
  classRows,
  codedFigure,
  economicItemNames,
  fixedFigure,
  itemRows,
  parentNames,
  personnelTotal,
  publicTotal,
  rowFigure,
  type Figure,
} from "../figures";
import { REASON_KEYS } from "../reasons";
import { classLabel, itemPathText } from "../subjects";
import type { Block, Run, Section } from "../types";
import { section, type NarrativeData } from "./shared";

export function generalBudgetSection(c: Composer, d: NarrativeData): Section {
  const t05 = d.derived.tables.t05;
  const total = codedFigure(t05, "合计", "total");
  return section(5, [
    heading("（一）一般公共预算财政拨款支出决算总体情况"),
    overall(c, d, total),
    figure("fig5"),
    heading("（二）一般公共预算财政拨款支出决算结构情况"),
    structure(c, t05, total),
    figure("fig6"),
    heading("（三）一般公共预算财政拨款支出决算具体情况"),
    ...details(c, d, t05, total),
  ]);
}

function overall(c: Composer, d: NarrativeData, total: Figure): Block {
  const spending = fixedFigure(d.derived.tables.t01, "expenditure", "total");
  const share = ratio(c, total.fen, spending.fen);
  return paragraph(
    t(`${c.year}年度一般公共预算财政拨款支出`),
    amount(c, total.fen, total.source),
    share === null ? [] : [t("，占本年支出合计的"), percent(c, share, `share(${total.source}, ${spending.source})`)],
    t("。"),
    changeSentence(c, {
      now: total.fen,
      last: d.facts.lastYear.gp,
      nowSource: total.source,
      lastSource: "facts.lastYear.gp",
      subject: "一般公共预算财政拨款支出",
      reasonKey: REASON_KEYS.gp,
      where: "五(一) 一般公共预算财政拨款支出",
    }),
  );
}

function structure(c: Composer, t05: DerivedCodedTable, total: Figure): Block {
  const classes = classRows(t05);
  const runs: Run[] = [t(`${c.year}年度一般公共预算财政拨款支出`), amount(c, total.fen, total.source)];
  if (classes.length === 0) return paragraph(runs, t("。"));
  runs.push(t("，主要用于以下方面："));
  classes.forEach((row, i) => {
    const f = rowFigure(t05, row, "total");
    runs.push(t(`${i === 0 ? "" : "；"}${classLabel(row.name)}`), amount(c, f.fen, f.source));
    const share = ratio(c, f.fen, total.fen);
    if (share !== null) runs.push(t("，占"), percent(c, share, `share(${f.source}, ${total.source})`));
  });
  return paragraph(runs, t("。"));
}

/** The 年初预算 total; it may exceed Σ items (budgeted 项 without spending are not rows). */
function budgetTotal(c: Composer, d: NarrativeData): { fen: Fen; source: string } {
  const items = combine(c, Object.values(d.facts.budgets.gp));
  const entered = d.facts.budgets.gpTotal;
  if (entered === null) return { fen: items, source: "sum(facts.budgets.gp)" };
  if (entered < items) {
    c.problems.push({ id: "narrative.budget.total-below-items", message: "五(三) 一般公共预算财政拨款支出年初预算合计小于各项年初预算之和，请核对", field: "budgets.gpTotal" });
  }
  return { fen: entered, source: "facts.budgets.gpTotal" };
}

function details(c: Composer, d: NarrativeData, t05: DerivedCodedTable, total: Figure): Block[] {
  const items = itemRows(t05);
  const budget = budgetTotal(c, d);
  const blocks: Block[] = [
    paragraph(
      t(`${c.year}年度一般公共预算财政拨款支出`),
      initialBudgetSentence(c, {
        actual: total.fen,
        budget: budget.fen,
        actualSource: total.source,
        budgetSource: budget.source,
        reasonKey: REASON_KEYS.gpBudget,
        where: "五(三) 一般公共预算财政拨款支出合计",
      }),
      items.length > 0 ? [t("其中：")] : [],
    ),
  ];
  items.forEach((row, i) => {
    const code = row.code ?? row.key;
    const where = `五(三)${i + 1} ${row.name}`;
    blocks.push(
      paragraph(
        t(`${i + 1}、${itemPathText({ ...parentNames(t05, code), itemName: row.name })}。`),
        itemBudget(c, d.facts.budgets.gp, "gp", code, where, rowFigure(t05, row, "total"), REASON_KEYS.gpItem(code)),
      ),
    );
  });
  return blocks;
}

/** One 项's 年初预算 sentence; a budget never entered is a problem and reads as 0. */
export function itemBudget(
  c: Composer,
  budgets: Readonly<Record<string, Fen>>,
  fund: "gp" | "gf" | "soe",
  code: string,
  where: string,
  actual: Figure,
  reasonKey: string,
): Run[] {
  const entered = Object.hasOwn(budgets, code);
  if (!entered) c.problems.push({ id: "narrative.budget.missing", message: `${where}（${code}）：缺少年初预算数，没有预算请填0`, field: `budgets.${fund}.${code}` });
  return initialBudgetSentence(c, {
    actual: actual.fen,
    budget: entered ? budgets[code] : 0n,
    actualSource: actual.source,
    budgetSource: `facts.budgets.${fund}[${code}]`,
    reasonKey,
    where,
  });
}

export function basicSection(c: Composer, d: NarrativeData): Section {
  const basic = codedFigure(d.derived.tables.t05, "合计", "basic");
  const list = (label: string, f: Figure, names: readonly string[]): Block =>
    paragraph(
      t(label),
      amount(c, f.fen, f.source),
      t(names.length === 0 ? "。" : `，主要包括：${names.join("、")}等。`),
    );
  return section(6, [
    paragraph(
      t(`${c.year}年度一般公共预算财政拨款基本支出决算`),
      amount(c, basic.fen, basic.source),
      t("，包括人员经费和公用经费，支出具体情况如下："),
    ),
    list("人员经费", personnelTotal(d.derived), economicItemNames(d.derived, d.template, "personnel")),
    list("公用经费", publicTotal(d.derived), economicItemNames(d.derived, d.template, "public")),
  ]);
}
