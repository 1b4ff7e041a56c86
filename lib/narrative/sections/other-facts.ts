/** Sections 十 (机关运行经费), 十一 (政府采购) and 十二 (国有资产). */
import type { Fen } from "../../money";
import {
  amount,
  change,
  combine,
  compareWithBudget,
  count,
  paragraph,
  percent,
  ratio,
  reason,
  t,
  wan,
  type Composer,
} from "../compose";
import { VEHICLE_CATEGORIES } from "../facts";
import { publicTotal } from "../figures";
import { REASON_KEYS } from "../reasons";
import type { Run, Section } from "../types";
import { formatChineseDate } from "../../validation/date";
import { phrase, section, type NarrativeData } from "./shared";

export function operatingCostSection(c: Composer, d: NarrativeData): Section {
  if (d.facts.unitKind === "institution") {
    return section(10, [paragraph(t(`${c.self}不属于行政单位和参照公务员法管理的事业单位，没有机关运行经费支出。`))]);
  }
  // 机关运行经费 of a 行政/参公 unit is its 公用经费 (公开06).
  const cost = publicTotal(d.derived);
  const budget = d.facts.operatingCostBudget;
  const runs: Run[] = [t(`${c.year}年度机关运行经费支出`), amount(c, cost.fen, cost.source)];
  if (budget === null) {
    c.problems.push({ id: "narrative.operating-cost.budget-missing", message: "十 机关运行经费：缺少年初预算数", field: "operatingCostBudget" });
    return section(10, [paragraph(runs, t("。"))]);
  }
  const check = compareWithBudget(c, cost.fen, budget);
  const computed = `(${cost.source}, facts.operatingCostBudget)`;
  const why = (what: string): Run[] => [
    t("，主要原因是"),
    reason(c, REASON_KEYS.operatingCost, `十 机关运行经费：${what}`, "主要原因是"),
    t("。"),
  ];
  if (check.comparison === "none" || check.comparison === "equal") {
    runs.push(t("，与年初预算数持平。"));
  } else if (check.comparison === "noBudget") {
    runs.push(t("，年初无预算"), ...why("年初无预算"));
  } else {
    const delta = change(c, cost.fen, budget);
    runs.push(
      t(`，比年初预算数${delta.up ? "增加" : "减少"}`),
      wan(c, delta.amount, `change${computed}`),
      t(`，${delta.up ? "增长" : "下降"}`),
      percent(c, delta.percent ?? 0n, `changePercent${computed}`),
    );
    if (check.comparison === "roughlyEqual") runs.push(t("，与年初预算基本持平。"));
    else runs.push(...why(`决算数${delta.up ? "大于" : "小于"}年初预算数`));
  }
  return section(10, [paragraph(runs)]);
}

export function procurementSection(c: Composer, d: NarrativeData): Section {
  const p = d.facts.procurement;
  const src = (key: string) => `facts.procurement.${key}`;
  const total = combine(c, [p.goods, p.works, p.services]);
  const totalSource = "sum(facts.procurement.goods, facts.procurement.works, facts.procurement.services)";
  const sme = combine(c, [p.smeGoods, p.smeWorks, p.smeServices]);
  const smeSource = "sum(facts.procurement.smeGoods, facts.procurement.smeWorks, facts.procurement.smeServices)";
  const runs: Run[] = [
    t(`${c.year}年度政府采购支出总额`),
    amount(c, total, totalSource),
    t("，其中：政府采购货物支出"),
    amount(c, p.goods, src("goods")),
    t("、政府采购工程支出"),
    amount(c, p.works, src("works")),
    t("、政府采购服务支出"),
    amount(c, p.services, src("services")),
    t("。"),
  ];
  const share = (part: Fen, partSource: string, whole: Fen, wholeSource: string): Run[] => {
    const value = ratio(c, part, whole);
    return value === null ? [] : [percent(c, value, `share(${partSource}, ${wholeSource})`)];
  };
  if (ratio(c, sme, total) !== null) {
    runs.push(
      t("授予中小企业合同金额"),
      amount(c, sme, smeSource),
      t("，占政府采购支出总额的"),
      ...share(sme, smeSource, total, totalSource),
      t("，其中：授予小微企业合同金额"),
      amount(c, p.small, src("small")),
      t("，占政府采购支出总额的"),
      ...share(p.small, src("small"), total, totalSource),
      t("。"),
    );
    const kinds = [
      ["货物", p.smeGoods, "smeGoods", p.goods, "goods"],
      ["工程", p.smeWorks, "smeWorks", p.works, "works"],
      ["服务", p.smeServices, "smeServices", p.services, "services"],
    ] as const;
    const shown = kinds.filter(([, , , whole]) => ratio(c, 0n, whole) !== null);
    shown.forEach(([label, part, partKey, whole, wholeKey], i) => {
      runs.push(
        t(`${i === 0 ? "" : "，"}${label}采购授予中小企业合同金额占${label}支出金额的`),
        ...share(part, src(partKey), whole, src(wholeKey)),
      );
    });
    if (shown.length > 0) runs.push(t("。"));
  }
  return section(11, [paragraph(runs)]);
}

export function assetsSection(c: Composer, d: NarrativeData): Section {
  const a = d.facts.assets;
  // Σ categories = 三公 vehicles held is checked by the facts form (lib/validation/facts.ts).
  const total = VEHICLE_CATEGORIES.reduce((s, k) => s + a.vehicles[k], 0);
  const runs: Run[] = [
    t(`截至${formatChineseDate(a.asOf)}，${c.self}共有车辆`),
    count(total, "辆", "sum(facts.assets.vehicles)"),
    t("，其中，符合规定"),
  ];
  VEHICLE_CATEGORIES.forEach((k, i) => {
    runs.push(t(`${i === 0 ? "" : "、"}${k}`), count(a.vehicles[k], "辆", `facts.assets.vehicles.${k}`));
  });
  const note = phrase(a.otherVehiclesNote);
  if (note !== null) runs.push(t(`，其他用车主要是${note}`));
  runs.push(
    t("；单价100万元（含）以上设备（不含车辆）"),
    count(a.equipmentOver1m, "台（套）", "facts.assets.equipmentOver1m"),
    t("。"),
  );
  return section(12, [paragraph(runs)]);
}
