import type { Metadata } from "next";
import { DisclosureTable } from "@/components/disclosure/disclosure-table";
import { GlossaryPart } from "@/components/disclosure/glossary-part";
import { NarrativePart } from "@/components/disclosure/narrative-part";
import { OverviewPart } from "@/components/disclosure/overview-part";
import { PerformancePart } from "@/components/disclosure/performance-part";
import { PrintButton } from "@/components/print-button";
import { buildCharts } from "@/lib/charts";
import { loadPerformance, storedFigures } from "@/lib/data/performance";
import { loadGlossarySubjects, loadNarrative, NARRATIVE_UNIT_KIND } from "@/lib/data/narrative";
import { loadReportData } from "@/lib/data/report-data";
import { buildGlossary, orderedItemCodes, usedItemCodesOf } from "@/lib/glossary";
import { generateNarrative } from "@/lib/narrative";
import { chineseOrdinal } from "@/lib/narrative/numerals";
import { budgetCodesOf, resolveFacts } from "@/lib/narrative/facts-form";
import { deriveReport } from "@/lib/tables/derive";
import { TABLE_KEYS } from "@/lib/tables/types";
import { FIXED_GLOSSARY } from "@/prisma/seed-data/glossary-fixed";
import { WarningList } from "../warning-list";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

export const metadata: Metadata = { title: "公开预览" };

/** The whole disclosure in the official order, as it will be published; any status, print-ready. */
export default async function PreviewPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);

  const data = await loadReportData(user, report.id);
  const derived = deriveReport(data.template, data.names, data.inputs);
  const [narrative, performance] = await Promise.all([
    loadNarrative(user, report.id, { unitKind: NARRATIVE_UNIT_KIND[report.unit.kind], year: report.year, budgetCodes: budgetCodesOf(derived) }),
    loadPerformance(user, report.id),
  ]);
  const resolved = resolveFacts(narrative.facts.form, narrative.facts.settings, report.year);
  const result = generateNarrative({
    template: data.template,
    unitName: report.unit.name,
    year: report.year,
    derived,
    facts: resolved.facts,
    settings: resolved.settings,
    performance: storedFigures(performance),
  });
  const charts = buildCharts({ year: report.year, derived, lastYear: resolved.facts.lastYear, style: data.template.narrativeNumberStyle });
  const used = usedItemCodesOf(derived);
  const glossary = buildGlossary({ fixed: FIXED_GLOSSARY, subjects: await loadGlossarySubjects(user, report, orderedItemCodes(used)), usedItemCodes: used });
  const performancePart = performance && <PerformancePart document={performance.document} year={performance.report.year} unitName={performance.report.unitName} />;

  const narrativeNotes = [
    narrative.overview.warning,
    narrative.facts.warning,
    narrative.facts.entered ? null : "尚未填写情况说明所需的事实数据，第三部分按空白生成。",
    resolved.invalid && `情况说明事实数据有误：${resolved.invalid}`,
    ...result.requiredReasons.filter((r) => !r.filled).map((r) => `情况说明缺少主要原因：${r.label}`),
    ...result.problems.map((p) => `情况说明：${p.message}`),
  ].filter((n): n is string => Boolean(n));

  const year = report.year;
  const tableTitles = TABLE_KEYS.map((key) => derived.tables[key].meta.title);

  return (
    <article className="mx-auto max-w-5xl rounded-lg bg-white p-10 shadow-sm print:max-w-none print:p-0 print:shadow-none" data-testid="disclosure">
      <div className="no-print mb-6 space-y-3">
        <div className="flex items-center justify-between">
          <p className="text-sm text-slate-500">公开预览：按正式公开的顺序排版，可直接打印。</p>
          <PrintButton />
        </div>
        <WarningList title="尚未完成的内容（不会打印）" items={narrativeNotes} testId="preview-notes" />
        <WarningList title="名词解释的问题（请系统管理员在科目编码中处理；不会打印）" items={glossary.warnings} testId="glossary-warnings" />
      </div>

      <header className="mb-12 break-after-page text-center font-serif">
        <h1 className="mt-8 text-3xl font-bold" data-testid="cover-title">{`${year}年度${report.unit.name}决算`}</h1>
      </header>

      <nav aria-labelledby="toc" className="mb-12 break-after-page font-serif leading-8" data-testid="toc">
        <h2 id="toc" className="mb-4 text-center text-2xl font-semibold">目　录</h2>
        <h3 className="font-semibold">第一部分 单位概况</h3>
        <ul className="pl-8">
          <li>一、单位职责</li>
          <li>二、机构设置</li>
        </ul>
        <h3 className="font-semibold">第二部分 {year}年度单位决算表</h3>
        <ul className="pl-8">
          {tableTitles.map((title, i) => (
            <li key={i}>{`${chineseOrdinal(i + 1)}、${title}`}</li>
          ))}
        </ul>
        <h3 className="font-semibold">第三部分 {year}年度单位决算情况说明</h3>
        <ul className="pl-8">
          {result.sections.map((s) => (
            <li key={s.number}>{s.tocTitle}</li>
          ))}
        </ul>
        <h3 className="font-semibold">第四部分 名词解释</h3>
        <h3 className="font-semibold">第五部分 附件</h3>
      </nav>

      <div className="mb-12 break-after-page">
        <OverviewPart overview={narrative.overview.value} />
      </div>

      <section aria-labelledby="part-tables" className="mb-12 break-after-page" data-testid="part-tables">
        <h2 id="part-tables" className="mb-8 text-center font-serif text-2xl font-semibold">第二部分 {year}年度单位决算表</h2>
        {TABLE_KEYS.map((key) => (
          <DisclosureTable key={key} table={derived.tables[key]} unitName={report.unit.name} />
        ))}
      </section>

      <div className="mb-12 break-after-page">
        <NarrativePart year={year} sections={result.sections} requiredReasons={result.requiredReasons} charts={charts} />
      </div>

      <div className="mb-12 break-after-page">
        <GlossaryPart entries={glossary.entries} />
      </div>

      {/* 第五部分 附件 (绩效自评结果汇总表, 自评表, 重点绩效评价报告) comes from the performance module. */}
      <div data-testid="part-attachments">{performancePart}</div>
    </article>
  );
}
