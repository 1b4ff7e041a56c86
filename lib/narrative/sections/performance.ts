/** Section 十三: 预算绩效, from the performance facts and 公开05 项目支出. */
import { fenToWanHundredths } from "../../money";
import { amount, combine, count, paragraph, percent, ratio, score, t, type Composer } from "../compose";
import { codedFigure } from "../figures";
import type { Block, Run, Section } from "../types";
import { section, sentence, type NarrativeData } from "./shared";

const ATTACHMENTS = "“第五部分 附件”";

export function performanceSection(c: Composer, d: NarrativeData): Section {
  const p = d.facts.performance;
  const projectSpending = codedFigure(d.derived.tables.t05, "合计", "project");
  if (fenToWanHundredths(p.selfEvaluatedMoney) !== fenToWanHundredths(projectSpending.fen)) {
    c.problems.push("十三 绩效自评涉及的预算资金与公开05表项目支出合计不一致，请核对");
  }

  const coverage = ratio(c, p.selfEvaluatedMoney, projectSpending.fen);
  const blocks: Block[] = [
    paragraph(
      t(`（一）预算绩效管理工作开展情况。根据预算绩效管理要求，我单位组织对${c.year}年度${p.level}预算项目全面开展绩效自评，涵盖项目`),
      count(p.selfEvaluatedProjects, "个", "facts.performance.selfEvaluatedProjects"),
      t("，涉及预算资金"),
      amount(c, p.selfEvaluatedMoney, "facts.performance.selfEvaluatedMoney"),
      coverage === null
        ? []
        : [
            t("，占单位预算项目支出总额的"),
            percent(c, coverage, `share(facts.performance.selfEvaluatedMoney, ${projectSpending.source})`),
          ],
      t("。"),
    ),
  ];

  const key = p.keyEvaluations;
  if (key.length > 0) {
    blocks.push(
      paragraph(
        t(`组织对${key[0].project}等`),
        count(key.length, "个", "count(facts.performance.keyEvaluations)"),
        t("项目开展了重点绩效评价，涉及预算资金"),
        amount(c, combine(c, key.map((k) => k.money)), "sum(facts.performance.keyEvaluations.money)"),
        t("。"),
      ),
    );
  }

  const grades: Run[] = [];
  p.gradeCounts.forEach((g, i) => {
    grades.push(
      t(i === 0 ? "" : "，"),
      count(g.count, "个", `facts.performance.gradeCounts.${g.grade}`),
      t(`项目自评等级为${g.grade}`),
    );
  });
  blocks.push(
    paragraph(
      t(`（二）${p.level}预算项目绩效自评结果。${c.unitName}${c.year}年度${p.level}预算绩效自评的`),
      count(p.selfEvaluatedProjects, "个", "facts.performance.selfEvaluatedProjects"),
      t("项目中，"),
      grades,
      t(`。${sentence(p.assessment) ?? ""}`),
    ),
  );

  if (p.highlights.length > 0) {
    blocks.push(
      paragraph(
        t(`今年在单位决算中反映了${c.year}年度全部${p.level}预算项目绩效自评情况，以及${p.highlights[0].project}等`),
        count(p.highlights.length, "个", "count(facts.performance.highlights)"),
        t("项目的绩效自评表。"),
      ),
    );
    p.highlights.forEach((h, i) => {
      const at = `facts.performance.highlights[${i}]`;
      const rate = ratio(c, h.executed, h.budgetFull);
      const summary = sentence(h.summary);
      blocks.push(
        paragraph(
          t(`${i + 1}、${h.project}项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为`),
          score(c, h.score, `${at}.score`),
          t("。全年预算数为"),
          amount(c, h.budgetFull, `${at}.budgetFull`),
          t("，执行数为"),
          amount(c, h.executed, `${at}.executed`),
          rate === null ? [] : [t("，完成预算的"), percent(c, rate, `completion(${at}.executed, ${at}.budgetFull)`)],
          t(summary === null ? "。" : `。项目绩效目标完成情况：${summary}`),
        ),
      );
    });
  }
  blocks.push(
    paragraph(t(`${c.year}年度${p.level}预算项目绩效自评情况汇总表和${p.level}预算项目绩效自评表详见${ATTACHMENTS}。`)),
    paragraph(t(key.length > 0 ? "（三）重点绩效评价结果。" : "（三）重点绩效评价结果。本单位本年度未开展重点绩效评价。")),
  );
  if (key.length > 0) {
    key.forEach((k, i) =>
      blocks.push(
        paragraph(
          t(`${k.project}项目，绩效评价得分为`),
          score(c, k.score, `facts.performance.keyEvaluations[${i}].score`),
          t(`，等级为${k.grade}。`),
        ),
      ),
    );
    blocks.push(paragraph(t(`重点绩效评价报告详见${ATTACHMENTS}。`)));
  }
  return section(13, blocks);
}
