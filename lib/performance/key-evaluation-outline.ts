/**
 * The 重点绩效评价报告's outline: sections 一 … 八 as published reports print them (docs/domain/performance.md), which subsections hold a
 * table, and where people write prose (the keys its `sections` are stored under).
 */
/** What a subsection shows besides (or instead of) prose. */
export type KeyTable = "annualGoal" | "indicatorSystem" | "evaluators" | "scoreTable";

export interface KeyOutlineSubsection {
  readonly key: string;
  readonly number: string;
  /** `{year}` stands for the evaluated year. */
  readonly title: string;
  readonly table?: KeyTable;
  /** Prose written by the system, not by people. */
  readonly generated?: true;
}

export interface KeyOutlineSection {
  readonly key: string;
  readonly number: string;
  readonly title: string;
  readonly subsections: readonly KeyOutlineSubsection[];
}

/**
 * The headings as the published report's body prints them (its table of contents numbers 三(三) as "(二)"
 * by mistake). Sections without subsections hold their prose under their own key.
 */
export const KEY_EVALUATION_OUTLINE = [
  {
    key: "basic",
    number: "一",
    title: "项目基本情况",
    subsections: [
      { key: "basic.background", number: "（一）", title: "项目立项背景及实施目的" },
      { key: "basic.budget", number: "（二）", title: "项目预算安排和支出情况" },
      { key: "basic.content", number: "（三）", title: "项目主要内容和实施情况" },
      { key: "basic.organization", number: "（四）", title: "项目组织管理情况" },
    ],
  },
  {
    key: "goals",
    number: "二",
    title: "项目绩效目标",
    subsections: [
      { key: "goals.overall", number: "（一）", title: "总体绩效目标" },
      { key: "goals.annual", number: "（二）", title: "{year}年度绩效目标", table: "annualGoal" },
    ],
  },
  {
    key: "method",
    number: "三",
    title: "评价基本情况",
    subsections: [
      { key: "method.purpose", number: "（一）", title: "绩效评价目的" },
      { key: "method.scope", number: "（二）", title: "评价对象与范围" },
      { key: "method.basis", number: "（三）", title: "绩效评价依据" },
      { key: "method.principles", number: "（四）", title: "评价原则、评价方法" },
      { key: "method.indicators", number: "（五）", title: "绩效评价指标体系", table: "indicatorSystem" },
      { key: "method.team", number: "（六）", title: "评价人员组成", table: "evaluators" },
      { key: "method.process", number: "（七）", title: "绩效评价工作过程" },
    ],
  },
  {
    key: "conclusion",
    number: "四",
    title: "评价结论及分析",
    subsections: [
      { key: "conclusion.overall", number: "（一）", title: "综合评价结论", table: "scoreTable", generated: true },
      { key: "conclusion.analysis", number: "（二）", title: "绩效分析" },
    ],
  },
  {
    key: "analysis",
    number: "五",
    title: "绩效评价指标分析",
    subsections: [
      { key: "analysis.decision", number: "（一）", title: "项目决策情况" },
      { key: "analysis.process", number: "（二）", title: "项目过程情况" },
      { key: "analysis.output", number: "（三）", title: "项目产出情况" },
      { key: "analysis.benefit", number: "（四）", title: "项目效益情况" },
    ],
  },
  { key: "experience", number: "六", title: "项目主要经验及做法", subsections: [] },
  { key: "problems", number: "七", title: "存在的问题及原因分析", subsections: [] },
  { key: "suggestions", number: "八", title: "意见建议", subsections: [] },
] as const satisfies readonly KeyOutlineSection[];

type Outline = typeof KEY_EVALUATION_OUTLINE;
type SubsectionOf<S> = S extends { readonly subsections: readonly (infer U)[] } ? U : never;
type Subsection = SubsectionOf<Outline[number]>;
type LeafSectionKey = Extract<Outline[number], { readonly subsections: readonly [] }>["key"];

/** Keys of the prose people write (generated subsections excluded). */
export type KeyTextKey = Exclude<Subsection, { readonly generated: true }>["key"] | LeafSectionKey;

export interface KeyTextSlot {
  readonly key: KeyTextKey;
  /** "一、项目基本情况 （一）项目立项背景及实施目的". */
  readonly heading: string;
  /** Has a table beside the prose, so the prose may stay empty. */
  readonly hasTable: boolean;
}

/** The prose keys in document order. */
export const KEY_TEXT_KEYS: readonly KeyTextKey[] = (KEY_EVALUATION_OUTLINE as readonly KeyOutlineSection[]).flatMap(
  (section) =>
    section.subsections.length === 0
      ? [section.key as KeyTextKey]
      : section.subsections.filter((sub) => !sub.generated).map((sub) => sub.key as KeyTextKey),
);

/** `year` null gives the generic title ("年度绩效目标"). */
export function outlineTitle(title: string, year: number | null): string {
  return title.replaceAll("{year}", year === null ? "" : String(year));
}

/** Every place prose goes, in document order. */
export function keyTextSlots(year: number | null): KeyTextSlot[] {
  const slots: KeyTextSlot[] = [];
  for (const section of KEY_EVALUATION_OUTLINE as readonly KeyOutlineSection[]) {
    const head = `${section.number}、${section.title}`;
    if (section.subsections.length === 0) {
      slots.push({ key: section.key as KeyTextKey, heading: head, hasTable: false });
      continue;
    }
    for (const sub of section.subsections) {
      if (sub.generated) continue;
      slots.push({
        key: sub.key as KeyTextKey,
        heading: `${head} ${sub.number}${outlineTitle(sub.title, year)}`,
        hasTable: sub.table !== undefined,
      });
    }
  }
  return slots;
}
