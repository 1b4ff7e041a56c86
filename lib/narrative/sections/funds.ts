/** Sections 七 (政府性基金, 公开07) and 八 (国有资本经营, 公开08). */
import type { Fen } from "../../money";
import type { DerivedCodedTable } from "../../tables/report";
import { amount, paragraph, t, type Composer } from "../compose";
import { codedFigure, itemRows, parentNames, rowFigure } from "../figures";
import { chineseOrdinal } from "../numerals";
import { REASON_KEYS } from "../reasons";
import { itemPathText } from "../subjects";
import type { Block, Section } from "../types";
import { itemBudget } from "./general-budget";
import { section, type NarrativeData } from "./shared";

/** "（一）X(类)Y(款)Z(项)。年初预算为…" for each 项 that spent or was budgeted. */
function itemBlocks(
  c: Composer,
  table: DerivedCodedTable,
  budgets: Readonly<Record<string, Fen>>,
  fund: "gf" | "soe",
  where: string,
  reasonKey: (code: string) => string,
): Block[] {
  const rows = itemRows(table).filter((row) => {
    const code = row.code ?? row.key;
    return rowFigure(table, row, "total").fen !== 0n || (budgets[code] ?? 0n) !== 0n;
  });
  return rows.map((row, i) => {
    const code = row.code ?? row.key;
    const ordinal = chineseOrdinal(i + 1);
    return paragraph(
      t(`（${ordinal}）${itemPathText({ ...parentNames(table, code), itemName: row.name })}。`),
      itemBudget(c, budgets, fund, code, `${where}(${ordinal}) ${row.name}`, rowFigure(table, row, "total"), reasonKey(code)),
    );
  });
}

export function govFundSection(c: Composer, d: NarrativeData): Section {
  const t07 = d.derived.tables.t07;
  if (t07.isEmpty) return section(7, [paragraph(t(`${c.self}没有政府性基金预算财政拨款收入支出。`))]);
  const cell = (column: string) => {
    const f = codedFigure(t07, "合计", column);
    return amount(c, f.fen, f.source);
  };
  const items = itemBlocks(c, t07, d.facts.budgets.gf, "gf", "七", REASON_KEYS.gfItem);
  return section(7, [
    paragraph(
      t(`${c.year}年度政府性基金预算财政拨款年初结转和结余`),
      cell("opening"),
      t("，本年收入"),
      cell("income"),
      t("，本年支出"),
      cell("total"),
      t("，年末结转和结余"),
      cell("closing"),
      t(items.length > 0 ? "。支出具体情况如下：" : "。"),
    ),
    ...items,
  ]);
}

export function stateCapitalSection(c: Composer, d: NarrativeData): Section {
  const t08 = d.derived.tables.t08;
  if (t08.isEmpty) return section(8, [paragraph(t(`${c.self}没有国有资本经营预算财政拨款支出。`))]);
  const total = codedFigure(t08, "合计", "total");
  const items = itemBlocks(c, t08, d.facts.budgets.soe, "soe", "八", REASON_KEYS.soeItem);
  return section(8, [
    paragraph(
      t(`${c.year}年度国有资本经营预算财政拨款支出`),
      amount(c, total.fen, total.source),
      t(items.length > 0 ? "。支出具体情况如下：" : "。"),
    ),
    ...items,
  ]);
}
