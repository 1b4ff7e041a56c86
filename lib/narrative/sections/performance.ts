/**
 * Section 十三: 预算绩效. The figures — projects, money covered, grades, each 自评表 project and
 * each 重点评价 — are the 绩效 data's (lib/performance/figures.ts); staff write the budget level,
 * the overall assessment, each project's 绩效目标完成情况 and, only while the data cannot give it,
 * the money covered.
 */
import { wanFromFen } from "../../performance/numbers";
import { coverageAgrees } from "../../rules/performance/coverage";
import type { PerformanceFigures } from "../../performance/figures";
import { amount, combine, count, paragraph, percent, ratio, score, t, type Composer } from "../compose";
import { codedFigure } from "../figures";
import type { Block, Run, Section } from "../types";
import { section, sentence, type NarrativeData } from "./shared";

const ATTACHMENTS = "“第五部分 附件”";

export function performanceSection(c: Composer, d: NarrativeData): Section {
  const figures = d.performance;
  if (figures === null) {
    c.problems.push({ id: "narrative.performance.missing", message: "十三 尚未填写绩效自评，无法说明预算绩效情况", field: null });
    return section(13, [paragraph(t("【待填写绩效自评后生成】"))]);
  }
  const p = d.facts.performance;
  const level = p.level;
  const projectSpending = codedFigure(d.derived.tables.t05, "合计", "project");
  const covered =
    figures.coveredFen !== null
      ? { fen: figures.coveredFen, source: "performance.coveredFen" }
      : p.coveredMoney !== null
        ? { fen: p.coveredMoney, source: "facts.performance.coveredMoney" }
        : null;
  if (covered === null) {
    c.problems.push({
      id: "narrative.performance.covered-missing",
      message: "十三 绩效数据中有项目未填写全年执行数，请填写绩效自评涉及预算资金",
      field: "performance.coveredMoney",
    });
  } else if (figures.coveredFen === null && !coverageAgrees(wanFromFen(covered.fen), projectSpending.fen, figures.projects)) {
    // A figure from the 绩效 data is judged by rule T itself (lib/rules/performance/coverage.ts).
    c.problems.push({
      id: "narrative.performance.covered-vs-t05",
      message: "十三 绩效自评涉及的预算资金与公开05表项目支出合计不一致，请核对",
      field: "performance.coveredMoney",
    });
  }

  const coverage = covered === null ? null : ratio(c, covered.fen, projectSpending.fen);
  const blocks: Block[] = [
    paragraph(
      t(`（一）预算绩效管理工作开展情况。根据预算绩效管理要求，我单位组织对${c.year}年度${level}预算项目全面开展绩效自评，涵盖项目`),
      count(figures.projects, "个", "performance.projects"),
      covered === null ? [] : [t("，涉及预算资金"), amount(c, covered.fen, covered.source)],
      coverage === null || covered === null
        ? []
        : [t("，占单位预算项目支出总额的"), percent(c, coverage, `share(${covered.source}, ${projectSpending.source})`)],
      t("。"),
    ),
  ];

  const key = figures.keyEvaluations;
  if (key.length > 0) {
    blocks.push(
      paragraph(
        t(`组织对${key[0].project}等`),
        count(key.length, "个", "count(performance.keyEvaluations)"),
        t("项目开展了重点绩效评价，涉及预算资金"),
        amount(c, combine(c, key.map((k) => k.moneyFen)), "sum(performance.keyEvaluations.moneyFen)"),
        t("。"),
      ),
    );
  }

  const grades: Run[] = [];
  figures.gradeCounts.forEach((g, i) => {
    grades.push(t(i === 0 ? "" : "，"), count(g.count, "个", `performance.gradeCounts.${g.grade}`), t(`项目自评等级为${g.grade}`));
  });
  blocks.push(
    paragraph(
      t(`（二）${level}预算项目绩效自评结果。${c.unitName}${c.year}年度${level}预算绩效自评的`),
      count(figures.projects, "个", "performance.projects"),
      t("项目中，"),
      grades,
      t(`。${sentence(p.assessment) ?? ""}`),
    ),
  );

  const detailed = figures.detailed;
  if (detailed.length > 0) {
    blocks.push(
      paragraph(
        t(`今年在${c.disclosure}中反映了${c.year}年度全部${level}预算项目绩效自评情况，以及${detailed[0].project}等`),
        count(detailed.length, "个", "count(performance.detailed)"),
        t("项目的绩效自评表。"),
      ),
    );
    detailed.forEach((h, i) => {
      const at = `performance.detailed[${i}]`;
      const rate = ratio(c, h.executedFen, h.budgetFullFen);
      const summary = sentence(p.summaries.find((s) => s.project === h.project)?.summary ?? null);
      blocks.push(
        paragraph(
          t(`${i + 1}、${h.project}项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为`),
          score(c, h.scoreHundredths, `${at}.score`),
          t("。全年预算数为"),
          amount(c, h.budgetFullFen, `${at}.budgetFull`),
          t("，执行数为"),
          amount(c, h.executedFen, `${at}.executed`),
          rate === null ? [] : [t("，完成预算的"), percent(c, rate, `completion(${at}.executed, ${at}.budgetFull)`)],
          t(summary === null ? "。" : `。项目绩效目标完成情况：${summary}`),
        ),
      );
    });
  }
  blocks.push(
    paragraph(t(`${c.year}年度${level}预算项目绩效自评情况汇总表和${level}预算项目绩效自评表详见${ATTACHMENTS}。`)),
    paragraph(t(key.length > 0 ? "（三）重点绩效评价结果。" : `（三）重点绩效评价结果。${c.self}本年度未开展重点绩效评价。`)),
  );
  if (key.length > 0) {
    key.forEach((k, i) =>
      blocks.push(
        paragraph(t(`${k.project}项目，绩效评价得分为`), score(c, k.scoreHundredths, `performance.keyEvaluations[${i}].score`), t(`，等级为${k.grade}。`)),
      ),
    );
    blocks.push(paragraph(t(`重点绩效评价报告详见${ATTACHMENTS}。`)));
  }
  return section(13, blocks);
}
