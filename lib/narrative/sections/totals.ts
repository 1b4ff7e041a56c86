/** Sections 一–四: totals, income, spending and 财政拨款 totals, each against last year. */
import { amount, changeSentence, figure, heading, paragraph, percent, ratio, t, type Composer } from "../compose";
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_KIND_LABELS,
  INCOME_SOURCES,
  INCOME_SOURCE_LABELS,
  type ExpenditureKind,
  type IncomeSource,
} from "../facts";
import { codedFigure, fixedFigure, type Figure } from "../figures";
import { REASON_KEYS } from "../reasons";
import type { Block, Run, Section } from "../types";
import { section, type NarrativeData } from "./shared";

export function overviewSection(c: Composer, d: NarrativeData): Section {
  const total = fixedFigure(d.derived.tables.t01, "income", "grandTotal");
  return section(1, [
    paragraph(
      t(`${c.year}年度收、支总计均为`),
      amount(c, total.fen, total.source),
      t("。"),
      changeSentence(c, {
        now: total.fen,
        last: d.facts.lastYear.total,
        nowSource: total.source,
        lastSource: "facts.lastYear.total",
        subject: "收、支总计各",
        reasonKey: REASON_KEYS.total,
        where: "一 收、支总计",
      }),
    ),
    figure("fig1"),
  ]);
}

interface Part<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly figure: Figure;
}

/** "其中：基本支出2,089.95万元，占48.6%；项目支出2,209.95万元，占51.4%。" — non-zero parts only. */
function structure<K extends string>(c: Composer, whole: Figure, parts: readonly Part<K>[]): Run[] {
  const shown = parts.filter((p) => p.figure.fen !== 0n);
  if (shown.length === 0) return [t("。")];
  const runs: Run[] = [t("，其中：")];
  shown.forEach((p, i) => {
    runs.push(t(`${i === 0 ? "" : "；"}${p.label}`), amount(c, p.figure.fen, p.figure.source));
    const share = ratio(c, p.figure.fen, whole.fen);
    if (share !== null) runs.push(t("，占"), percent(c, share, `share(${p.figure.source}, ${whole.source})`));
  });
  runs.push(t("。"));
  return runs;
}

function itemParagraphs<K extends string>(
  c: Composer,
  where: string,
  parts: readonly Part<K>[],
  last: (key: K) => { fen: bigint | null; source: string },
  reasonKey: (key: K) => string,
): Block[] {
  return parts.map((p, i) => {
    const previous = last(p.key);
    return paragraph(
      t(`${i + 1}、${p.label}`),
      amount(c, p.figure.fen, p.figure.source),
      t("。"),
      changeSentence(c, {
        now: p.figure.fen,
        last: previous.fen,
        nowSource: p.figure.source,
        lastSource: previous.source,
        subject: "",
        reasonKey: reasonKey(p.key),
        where: `${where}${i + 1} ${p.label}`,
      }),
    );
  });
}

export function incomeSection(c: Composer, d: NarrativeData): Section {
  const t02 = d.derived.tables.t02;
  const total = fixedFigure(d.derived.tables.t01, "income", "total");
  const parts: Part<IncomeSource>[] = INCOME_SOURCES.map((key) => ({
    key,
    label: INCOME_SOURCE_LABELS[key],
    figure: codedFigure(t02, "合计", key),
  }));
  return section(2, [
    heading("（一）收入决算结构情况"),
    paragraph(t(`${c.year}年度收入合计`), amount(c, total.fen, total.source), structure(c, total, parts)),
    figure("fig2"),
    heading("（二）收入决算具体情况"),
    ...itemParagraphs(
      c,
      "二(二)",
      parts,
      (key) => ({ fen: d.facts.lastYear.income[key], source: `facts.lastYear.income.${key}` }),
      REASON_KEYS.income,
    ),
  ]);
}

export function expenditureSection(c: Composer, d: NarrativeData): Section {
  const t03 = d.derived.tables.t03;
  const total = fixedFigure(d.derived.tables.t01, "expenditure", "total");
  const parts: Part<ExpenditureKind>[] = EXPENDITURE_KINDS.map((key) => ({
    key,
    label: EXPENDITURE_KIND_LABELS[key],
    figure: codedFigure(t03, "合计", key),
  }));
  return section(3, [
    heading("（一）支出决算结构情况"),
    paragraph(t(`${c.year}年度支出合计`), amount(c, total.fen, total.source), structure(c, total, parts)),
    figure("fig3"),
    heading("（二）支出决算具体情况"),
    ...itemParagraphs(
      c,
      "三(二)",
      parts,
      (key) => ({ fen: d.facts.lastYear.expenditure[key], source: `facts.lastYear.expenditure.${key}` }),
      REASON_KEYS.expenditure,
    ),
  ]);
}

export function fiscalSection(c: Composer, d: NarrativeData): Section {
  const total = fixedFigure(d.derived.tables.t04, "income", "grandTotal");
  return section(4, [
    paragraph(
      t(`${c.year}年度财政拨款收、支总计均为`),
      amount(c, total.fen, total.source),
      t("。"),
      changeSentence(c, {
        now: total.fen,
        last: d.facts.lastYear.fiscalTotal,
        nowSource: total.source,
        lastSource: "facts.lastYear.fiscalTotal",
        subject: "财政拨款收、支总计各",
        reasonKey: REASON_KEYS.fiscalTotal,
        where: "四 财政拨款收、支总计",
      }),
    ),
    figure("fig4"),
  ]);
}
