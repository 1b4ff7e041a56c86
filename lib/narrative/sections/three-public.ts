/** Section 九: 公开09 against its 全年预算, with the counts staff enter. */
import { amount, combine, count, fullBudgetSentence, heading, paragraph, t, type Composer } from "../compose";
import { threePublicFigure } from "../figures";
import { REASON_KEYS } from "../reasons";
import type { Run, Section } from "../types";
import { phrase, section, type NarrativeData } from "./shared";

export function threePublicSection(c: Composer, d: NarrativeData): Section {
  const t09 = d.derived.tables.t09;
  const f = d.facts.threePublic;
  const budgetSentence = (column: string, reasonKey: string, where: string): Run[] => {
    const actual = threePublicFigure(t09, `actual.${column}`);
    const budget = threePublicFigure(t09, `budget.${column}`);
    return fullBudgetSentence(c, {
      actual: actual.fen,
      budget: budget.fen,
      actualSource: actual.source,
      budgetSource: budget.source,
      reasonKey,
      where,
    });
  };

  const purchase = threePublicFigure(t09, "actual.vehiclePurchase");
  const operation = threePublicFigure(t09, "actual.vehicleOps");
  const reception = threePublicFigure(t09, "actual.reception");
  if (f.abroadReception > reception.fen) {
    c.problems.push({
      id: "narrative.three-public.abroad-reception",
      message: "九(二)3 国（境）外接待费大于公开09表公务接待费决算数，请核对",
      field: "threePublic.abroadReception",
    });
  }
  const domestic = combine(c, [reception.fen], [f.abroadReception]);
  const purpose = phrase(f.receptionPurpose);
  const abroadSpent = threePublicFigure(t09, "actual.abroad").fen !== 0n || f.abroadGroups > 0;

  return section(9, [
    heading("（一）“三公”经费支出决算总体情况说明"),
    paragraph(
      t(`${c.year}年度财政拨款“三公”经费支出`),
      budgetSentence("total", REASON_KEYS.threePublic, "九(一) “三公”经费"),
    ),
    heading("（二）“三公”经费支出决算具体情况"),
    paragraph(
      t("1、因公出国（境）费"),
      budgetSentence("abroad", REASON_KEYS.threePublicItem("abroad"), "九(二)1 因公出国（境）费"),
      t("全年支出涉及因公出国（境）团组"),
      count(f.abroadGroups, "个", "facts.threePublic.abroadGroups"),
      t("，累计"),
      count(f.abroadPersons, "人次", "facts.threePublic.abroadPersons"),
      t(
        abroadSpent
          ? "。开支内容包括：相关单位工作人员因公出国（境）的国际旅费、城市间交通费、住宿费、伙食费、公杂费等支出。"
          : "。",
      ),
    ),
    paragraph(
      t("2、公务用车购置及运行维护费"),
      budgetSentence("vehicles", REASON_KEYS.threePublicItem("vehicles"), "九(二)2 公务用车购置及运行维护费"),
      t("其中："),
    ),
    paragraph(
      t("公务用车购置费支出"),
      amount(c, purchase.fen, purchase.source),
      t(`，${c.year}年${c.unitName}使用财政拨款购置公务用车`),
      count(f.vehiclesBought, "辆", "facts.threePublic.vehiclesBought"),
      t("。"),
    ),
    paragraph(
      t("公务用车运行维护费"),
      amount(c, operation.fen, operation.source),
      t(
        `，主要是按规定保留的公务用车的过桥过路费、保险费、维修费、燃油费等支出。截至${c.year}年12月31日，${c.unitName}财政拨款开支运行维护费的公务用车保有量为`,
      ),
      count(f.vehiclesHeld, "辆", "facts.threePublic.vehiclesHeld"),
      t("。"),
    ),
    paragraph(
      t("3、公务接待费"),
      budgetSentence("reception", REASON_KEYS.threePublicItem("reception"), "九(二)3 公务接待费"),
      t("其中："),
    ),
    paragraph(
      t("国内接待费"),
      amount(c, domestic, `difference(${reception.source}, facts.threePublic.abroadReception)`),
      t(purpose === null ? "，共计接待" : `，主要用于${purpose}，共计接待`),
      count(f.domesticBatches, "批次", "facts.threePublic.domesticBatches"),
      t("、"),
      count(f.domesticPersons, "人次", "facts.threePublic.domesticPersons"),
      t("（含外事接待"),
      count(f.foreignAffairsBatches, "批次", "facts.threePublic.foreignAffairsBatches"),
      t("、"),
      count(f.foreignAffairsPersons, "人次", "facts.threePublic.foreignAffairsPersons"),
      t("）；"),
    ),
    paragraph(
      t("国（境）外接待费"),
      amount(c, f.abroadReception, "facts.threePublic.abroadReception"),
      t("，共计接待"),
      count(f.abroadReceptionBatches, "批次", "facts.threePublic.abroadReceptionBatches"),
      t("、"),
      count(f.abroadReceptionPersons, "人次", "facts.threePublic.abroadReceptionPersons"),
      t("。"),
    ),
  ]);
}
