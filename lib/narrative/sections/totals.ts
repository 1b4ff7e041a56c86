/** Sections 一–四: totals, income, spending and 财政拨款 totals, each against last year. */
import type { Fen } from "../../money";
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
      // Where last year's figures come from (a publication, a file, another report), when known.
      ...(d.facts.lastYear.source ? [t(`上年决算数${d.facts.lastYear.source}。`)] : []),
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

/** Sections 二 and 三: a split of the 公开01 total by the 合计 row of 公开02 / 公开03, each part against last year. */
interface SplitSection<K extends string> {
  readonly number: 2 | 3;
  readonly side: "income" | "expenditure";
  /** "收入" / "支出" */
  readonly noun: string;
  readonly keys: readonly K[];
  readonly labels: Readonly<Record<K, string>>;
  readonly table: "t02" | "t03";
  readonly last: (key: K) => { fen: Fen | null; source: string };
  readonly reasonKey: (key: K) => string;
}

function splitSection<K extends string>(c: Composer, d: NarrativeData, s: SplitSection<K>): Section {
  const table = d.derived.tables[s.table];
  const total = fixedFigure(d.derived.tables.t01, s.side, "total");
  const parts: Part<K>[] = s.keys.map((key) => ({ key, label: s.labels[key], figure: codedFigure(table, "合计", key) }));
  const where = s.number === 2 ? "二(二)" : "三(二)";
  return section(s.number, [
    heading(`（一）${s.noun}决算结构情况`),
    paragraph(t(`${c.year}年度${s.noun}合计`), amount(c, total.fen, total.source), structure(c, total, parts)),
    figure(s.number === 2 ? "fig2" : "fig3"),
    heading(`（二）${s.noun}决算具体情况`),
    ...itemParagraphs(c, where, parts, s.last, s.reasonKey),
  ]);
}

export function incomeSection(c: Composer, d: NarrativeData): Section {
  return splitSection<IncomeSource>(c, d, {
    number: 2,
    side: "income",
    noun: "收入",
    keys: INCOME_SOURCES,
    labels: INCOME_SOURCE_LABELS,
    table: "t02",
    last: (key) => ({ fen: d.facts.lastYear.income[key], source: `facts.lastYear.income.${key}` }),
    reasonKey: REASON_KEYS.income,
  });
}

export function expenditureSection(c: Composer, d: NarrativeData): Section {
  return splitSection<ExpenditureKind>(c, d, {
    number: 3,
    side: "expenditure",
    noun: "支出",
    keys: EXPENDITURE_KINDS,
    labels: EXPENDITURE_KIND_LABELS,
    table: "t03",
    last: (key) => ({ fen: d.facts.lastYear.expenditure[key], source: `facts.lastYear.expenditure.${key}` }),
    reasonKey: REASON_KEYS.expenditure,
  });
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
