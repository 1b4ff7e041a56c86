/**
 * Checks of a published document as a whole: every table present, the unit and year of the
 * headings, placeholders left over from a template ("XX局", "××", "下降（增长）"), the 单位概况
 * counts, and the 绩效 figures of the text against the scores the document prints.
 */
import { Decimal } from "../../performance/numbers";
import { gradeOf } from "../../performance/grades";
import { publishedCheck, where } from "./check";
import { narrativeFacts, sameName, type PublishedDocument } from "./document";
import type { Findings } from "./findings";
import { Facts, stringsIn } from "./read";

export const missingTablesCheck = publishedCheck("T0", "tables", "公开表格", "error", "公开表格齐全", (doc, f) => {
  for (const key of doc.template.tableOrder) {
    const spec = doc.template.tables[key];
    f.fact(`${spec.number} ${spec.title}`, !doc.missingTables.includes(key), `缺少${spec.number}「${spec.title}」`, "缺表", spec.title);
  }
});

/** A heading's unit: the document's unit (or its department), compared ignoring spaces and brackets. */
function unitMatches(doc: PublishedDocument, name: string): boolean {
  const department = typeof doc.document.department === "string" ? doc.document.department : null;
  return sameName(name, doc.unit) || (department !== null && sameName(name, department));
}

function headingFacts(doc: PublishedDocument, f: Findings, keys: readonly (readonly [string, string, "unit" | "year"])[]): void {
  const h = Facts.of(doc.document.headings, "headings");
  for (const [key, label, kind] of keys) {
    if (kind === "year") {
      const year = h.count(key);
      if (year !== undefined) f.fact(label, year === doc.year, `${label}的年度印为 ${year} 年，本决算为 ${doc.year} 年度`, `${year}`, `${doc.year}`);
    } else {
      const unit = h.text(key);
      if (unit !== undefined) f.fact(label, unitMatches(doc, unit), `${label}的单位名称印为「${unit}」，本决算的单位为「${doc.unit}」`, unit, doc.unit);
    }
  }
}

export const tableHeadingsCheck = publishedCheck("T-H", "tables", "公开表格", "error", "第二部分标题和表头的单位、年度与本决算一致", (doc, f) => {
  headingFacts(doc, f, [
    ["part2Unit", "第二部分标题", "unit"],
    ["part2Year", "第二部分标题", "year"],
    ["tableHeaderUnit", "表头编制单位", "unit"],
  ]);
});

export const narrativeHeadingsCheck = publishedCheck("N-H", "narrative", "情况说明", "error", "第三部分标题和情况说明所称的单位、年度与本决算一致", (doc, f) => {
  headingFacts(doc, f, [
    ["part3Unit", "第三部分标题", "unit"],
    ["part3Year", "第三部分标题", "year"],
  ]);
  for (const name of Facts.of(doc.document.headings, "headings").strings("narrativeUnitNames")) {
    f.fact("情况说明所称单位", unitMatches(doc, name), `情况说明称单位为「${name}」，本决算的单位为「${doc.unit}」`, name, doc.unit);
  }
});

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /[XＸxｘ×＊*]{2,}/,
  /\d{2}[XＸxｘ×]{2}年|[XＸ×]月[XＸ×]日/,
  /(下降|增长|增加|减少|大于|小于|高于|低于|上升)\s*[（(]\s*(下降|增长|增加|减少|大于|小于|高于|低于|上升)\s*[）)]/,
  /□|〇〇|○○/,
];

/** Where each top-level key of a document belongs. */
const PART_OF_KEY: Readonly<Record<string, "tables" | "narrative" | "performance" | "overview">> = {
  headings: "narrative",
  narrative: "narrative",
  overview: "overview",
  performance: "performance",
  unit: "overview",
  department: "overview",
};

function placeholderCheck(id: string, part: "tables" | "narrative" | "performance" | "overview", section: string) {
  return publishedCheck(id, part, section, "error", `${section}没有遗留的模板占位符（XX、××、下降（增长）等）`, (doc, f) => {
    for (const key of Object.keys(doc.document)) {
      const keyPart = PART_OF_KEY[key] ?? (/^t0\d$/.test(key) ? "tables" : null);
      if (keyPart !== part) continue;
      for (const { path, text } of stringsIn(doc.document[key], key)) {
        const hit = PLACEHOLDER_PATTERNS.map((p) => p.exec(text)).find((m) => m !== null);
        f.fact(path, !hit, `「${text}」中有未替换的占位符「${hit?.[0] ?? ""}」`, text, null);
      }
    }
  });
}

export const placeholderChecks = [
  placeholderCheck("T-X", "tables", "公开表格"),
  placeholderCheck("N-X", "narrative", "情况说明"),
  placeholderCheck("O-X", "overview", "单位概况"),
  placeholderCheck("P-X", "performance", "绩效"),
];

export const overviewCheck = publishedCheck("O1", "overview", "单位概况", "error", "单位概况所说的职责项数与所列职责一致", (doc, f) => {
  const o = Facts.of(doc.document.overview, "overview");
  const count = o.count("dutiesCount");
  const duties = o.strings("duties");
  if (count !== undefined && duties.length > 0) {
    f.fact("单位概况 主要职责", count === duties.length, `称有 ${count} 项职责，列出 ${duties.length} 项`, `${count}`, `${duties.length}`);
  }
});

export const memberUnitsCheck = publishedCheck("O2", "overview", "单位概况", "warning", "部门决算列出所含单位（部门决算单位构成）", (doc, f) => {
  if (doc.level !== "department") return;
  const members = Facts.of(doc.document.overview, "overview").objects("memberUnits");
  f.fact("单位概况 部门决算单位构成", members.length > 0, "部门决算没有列出纳入决算的单位", "未列出", "所属单位名单");
});

export const performanceCheck = publishedCheck("P1", "performance", "预算绩效情况", "error", "情况说明的绩效自评项目数、等级分布和评价结果与所附绩效评价一致", (doc, f) => {
  const stated = narrativeFacts(doc).object("performance");
  const appendix = Facts.of(doc.document.performance, "performance");
  if (!stated) return;
  const projects = appendix.objects("projects");
  const at = where("预算绩效情况", "绩效自评");
  const count = stated.count("selfEvaluatedProjects");
  if (count !== undefined && projects.length > 0) {
    f.fact(at, count === projects.length, `称 ${count} 个项目开展绩效自评，所附自评结果列出 ${projects.length} 个项目`, `${count}`, `${projects.length}`);
  }
  const scale = doc.template.gradeScale;
  const scores = projects.map((p) => p.percent("score")).filter((s) => s !== undefined);
  const grades = stated.counts("gradeCounts");
  const labels = scale.bands.map((b) => b.label as string);
  for (const [grade, n] of grades) {
    if (!labels.includes(grade)) {
      f.fact(at, false, `等级「${grade}」不是本模板的绩效等级（${labels.join("/")}）`, grade, labels.join("/"));
      continue;
    }
    if (scores.length !== projects.length || projects.length === 0) continue;
    const actual = scores.filter((s) => gradeOf(new Decimal(s.raw), scale) === grade).length;
    f.fact(at, n === actual, `称 ${n} 个项目评为“${grade}”，按所附自评得分应为 ${actual} 个`, `${n}`, `${actual}`);
  }
  const key = stated.object("keyEvaluationResult");
  const keyScore = key?.percent("score");
  const keyGrade = key?.text("grade");
  if (keyScore && keyGrade) {
    const expected = gradeOf(new Decimal(keyScore.raw), scale);
    f.fact(where("预算绩效情况", "重点评价结果"), keyGrade === expected, `重点评价得分 ${keyScore.raw} 分，等级印为“${keyGrade}”，应为“${expected}”`, keyGrade, expected);
  }
  const highlight = stated.object("highlight");
  const name = highlight?.text("project");
  const score = highlight?.percent("score");
  const listed = projects.find((p) => p.text("name") === name)?.percent("score");
  if (name && score && listed) {
    f.fact(where("预算绩效情况", `「${name}」自评得分`), score.value === listed.value, `「${name}」得分印为 ${score.raw} 分，所附自评结果为 ${listed.raw} 分`, score.raw, listed.raw);
  }
});
