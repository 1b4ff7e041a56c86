/**
 * 情况说明 sections 九 to 十二 of a published document: the 三公 figures against 公开09 (and their
 * parts against their totals), 机关运行经费 against 公用经费, the procurement parts against their
 * total, and the asset date and vehicle counts.
 */
import { againstCell, checkChange, publishedCheck, readChange, where } from "./check";
import { economicTotal, narrativeFacts, threePublicCell, type PublishedDocument } from "./document";
import { printedApprox, type Findings } from "./findings";
import { completion } from "./narrative-totals";
import type { Facts, PrintedAmount } from "./read";

const S9 = "财政拨款“三公”经费支出决算情况";
const S10 = "机关运行经费支出情况";
const S11 = "政府采购支出情况";
const S12 = "国有资产占用情况";

/** Text key → 公开09 column. */
const THREE_PUBLIC: readonly (readonly [string, string, string])[] = [
  ["budget", "budget.total", "“三公”经费预算数"],
  ["actual", "actual.total", "“三公”经费决算数"],
  ["outboundBudget", "budget.abroad", "因公出国(境)费预算数"],
  ["outboundActual", "actual.abroad", "因公出国(境)费决算数"],
  ["vehicleBudget", "budget.vehicles", "公务用车购置及运行维护费预算数"],
  ["vehicleActual", "actual.vehicles", "公务用车购置及运行维护费决算数"],
  ["vehiclePurchase", "actual.vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "actual.vehicleOps", "公务用车运行维护费"],
  ["receptionBudget", "budget.reception", "公务接待费预算数"],
  ["receptionActual", "actual.reception", "公务接待费决算数"],
];

/** part₁ + part₂ + … = whole, all as printed in the text. */
function partsAddUp(f: Findings, at: string, label: string, whole: PrintedAmount | undefined, parts: readonly (PrintedAmount | undefined)[], partsLabel: string): void {
  if (!whole || parts.some((p) => p === undefined)) return;
  const present = parts as PrintedAmount[];
  f.amount(at, label, whole, present.reduce((s, p) => s + p.hundredths, 0n), present.length, `${partsLabel}之和`);
}

export const threePublicCheck = publishedCheck("N11", "narrative", S9, "error", "“三公”经费各项金额、完成率和构成与公开09表一致", (doc, f) => {
  const t = narrativeFacts(doc).object("threePublic");
  if (!t) return;
  for (const [key, column, label] of THREE_PUBLIC) againstCell(f, where(S9, label), label, t.amount(key), threePublicCell(doc, column));
  for (const [prefix, label] of [["", "“三公”经费"], ["outbound", "因公出国(境)费"], ["vehicle", "公务用车购置及运行维护费"], ["reception", "公务接待费"]] as const) {
    const actual = t.amount(prefix ? `${prefix}Actual` : "actual");
    const budget = t.amount(prefix ? `${prefix}Budget` : "budget");
    if (actual && budget) completion(f, where(S9, `${label}完成率`), label, t.percent(prefix ? `${prefix}CompletionPercent` : "completionPercent"), actual, budget);
    const total = t.amount("actual");
    const share = t.percent(prefix ? `${prefix}SharePercent` : "");
    if (prefix && actual && total && share) f.percent(where(S9, `${label}占比`), `${label}占“三公”经费的比例`, share, printedApprox(actual), printedApprox(total), `${label}与“三公”经费决算数`);
  }
  partsAddUp(f, where(S9, "“三公”经费构成"), "“三公”经费决算数", t.amount("actual"), [t.amount("outboundActual"), t.amount("vehicleActual"), t.amount("receptionActual")], "因公出国(境)费、公务用车购置及运行维护费、公务接待费");
  partsAddUp(f, where(S9, "公务用车费用构成"), "公务用车购置及运行维护费", t.amount("vehicleActual"), [t.amount("vehiclePurchase"), t.amount("vehicleOperation")], "购置费与运行维护费");
  partsAddUp(f, where(S9, "公务接待费构成"), "公务接待费", t.amount("receptionActual"), [t.amount("receptionDomestic"), t.amount("receptionAbroad")], "国内公务接待与国（境）外公务接待");
  checkChange(f, where(S9, "与上年相比"), "“三公”经费决算数", t.amount("actual"), readChange(t));
});

export const operatingCostCheck = publishedCheck("N12", "narrative", S10, "error", "机关运行经费的增减用词、增减额与幅度相符", (doc, f) => {
  const o = narrativeFacts(doc).object("operatingCost");
  if (o) checkChange(f, where(S10, `与${o.text("comparator") ?? "上年"}相比`), "机关运行经费", o.amount("amount"), readChange(o));
});

export const operatingCostPublicCheck = publishedCheck("N12w", "narrative", S10, "warning", "机关运行经费等于公开06表公用经费合计（行政单位和参公单位的口径）", (doc, f) => {
  const o = narrativeFacts(doc).object("operatingCost");
  if (o) againstCell(f, where(S10, "机关运行经费"), "机关运行经费", o.amount("amount"), economicTotal(doc, "publicTotal"));
});

export const procurementCheck = publishedCheck("N13", "narrative", S11, "error", "政府采购的货物、工程、服务之和等于采购总额，中小企业、小微企业金额与占比相符", (doc, f) => {
  const p = narrativeFacts(doc).object("procurement");
  if (!p) return;
  const total = p.amount("total");
  partsAddUp(f, where(S11, "政府采购支出总额"), "政府采购支出总额", total, [p.amount("goods"), p.amount("works"), p.amount("services")], "货物、工程、服务采购");
  const sme = p.amount("sme");
  const small = p.amount("small");
  if (total && sme) {
    f.fact(where(S11, "授予中小企业合同金额"), sme.hundredths <= total.hundredths, `授予中小企业 ${f.wan(sme.hundredths)} 大于政府采购支出总额 ${f.wan(total.hundredths)}`, f.wan(sme.hundredths), `不超过 ${f.wan(total.hundredths)}`);
    f.percent(where(S11, "中小企业占比"), "授予中小企业合同金额占政府采购支出总额的比例", p.percent("smeShare"), printedApprox(sme), printedApprox(total), "中小企业合同金额与采购总额");
  }
  if (total && small) f.percent(where(S11, "小微企业占比"), "授予小微企业合同金额占政府采购支出总额的比例", p.percent("smallShare"), printedApprox(small), printedApprox(total), "小微企业合同金额与采购总额");
  if (sme && small) f.fact(where(S11, "授予小微企业合同金额"), small.hundredths <= sme.hundredths, `授予小微企业 ${f.wan(small.hundredths)} 大于授予中小企业 ${f.wan(sme.hundredths)}（小微企业是中小企业的一部分）`, f.wan(small.hundredths), `不超过 ${f.wan(sme.hundredths)}`);
});

/** "2024-12-31", "2024年12月31日" → [2024, 12, 31]. */
function dateParts(text: string): [number, number, number] | null {
  const m = /^(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export const assetsCheck = publishedCheck("N14", "narrative", S12, "error", "资产占用情况的截止日期为决算年度末，车辆合计等于各类车辆之和", (doc: PublishedDocument, f) => {
  const a: Facts | undefined = narrativeFacts(doc).object("assets");
  if (!a) return;
  const asOf = a.text("asOf");
  if (asOf !== undefined) {
    const parts = dateParts(asOf);
    const ok = parts !== null && parts[0] === doc.year && parts[1] === 12 && parts[2] === 31;
    f.fact(where(S12, "截止日期"), ok, `截止日期印为「${asOf}」，应为决算年度末 ${doc.year}年12月31日`, asOf, `${doc.year}-12-31`);
  }
  const total = a.count("vehiclesTotal");
  const byKind = a.counts("vehicles");
  if (total !== undefined && byKind.size > 0) {
    const sum = [...byKind.values()].reduce((s, n) => s + n, 0);
    f.fact(where(S12, "车辆合计"), sum === total, `车辆合计印为 ${total} 辆，各类车辆之和为 ${sum} 辆，相差 ${Math.abs(total - sum)} 辆`, `${total}`, `${sum}`);
  }
});

