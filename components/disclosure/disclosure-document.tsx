import { getTemplate } from "@/lib/tables/templates";
import type { ReactNode } from "react";
import type { DisclosureModel } from "@/lib/disclosure/model";
import { EMPTY_PERFORMANCE } from "@/lib/performance/document";
import { chineseOrdinal } from "@/lib/narrative/numerals";
import type { ChartId } from "@/lib/charts";
import type { ChartImage } from "./charts";
import { DisclosureTable } from "./disclosure-table";
import { GlossaryPart } from "./glossary-part";
import { NarrativePart } from "./narrative-part";
import { OverviewPart } from "./overview-part";
import { disclosureParts } from "@/lib/disclosure/parts";
import { PerformancePart } from "./performance-part";

/**
 * The whole disclosure in the official order — cover, 目录 with links, parts 一 to 五 — drawn from
 * one DisclosureModel. The preview and the public page both render it; `afterCover` holds what
 * the public page states on the cover (version, publication date, 保密审查 and 审签), and
 * `chartSrc` gives it the charts as files instead of inline drawings.
 */
export function DisclosureDocument({ model, afterCover, chartSrc }: { model: DisclosureModel; afterCover?: ReactNode; chartSrc?: (id: ChartId) => string }) {
  const { year } = model;
  const parts = disclosureParts(model);
  const charts: ChartImage[] = chartSrc ? model.charts.map((c) => ({ id: c.id, title: c.title, src: chartSrc(c.id) })) : [...model.charts];
  return (
    <>
      <header className="mb-12 break-after-page text-center font-serif">
        <h1 className="mt-8 text-3xl font-bold" data-testid="cover-title">{model.title}</h1>
        {afterCover}
      </header>

      <nav aria-labelledby="toc" className="mb-12 break-after-page font-serif leading-8" data-testid="toc">
        <h2 id="toc" className="mb-4 text-center text-2xl font-semibold">目　录</h2>
        <TocPart href="#part-overview" title={parts.overview}>
          <li>{parts.duties}</li>
          <li>{parts.organization}</li>
          {parts.members && <li>{parts.members}</li>}
        </TocPart>
        <TocPart href="#part-tables" title={parts.tables}>
          {model.tables.map((t, i) => (
            <li key={t.key}><a href={`#${t.key}`} className="toc-link">{`${chineseOrdinal(i + 1)}、${t.title}`}</a></li>
          ))}
        </TocPart>
        <TocPart href="#part-narrative" title={parts.narrative}>
          {model.sections.map((s) => (
            <li key={s.number}><a href={`#narrative-${s.number}`} className="toc-link">{s.tocTitle}</a></li>
          ))}
        </TocPart>
        <TocPart href="#part-glossary" title="第四部分 名词解释" />
        <TocPart href="#part-performance" title="第五部分 附件" />
      </nav>

      <div className="mb-12 break-after-page">
        <OverviewPart model={model} />
      </div>

      <section aria-labelledby="part-tables" className="mb-12 break-after-page" data-testid="part-tables">
        <h2 id="part-tables" className="mb-8 text-center font-serif text-2xl font-semibold">{parts.tables}</h2>
        {model.tables.map((grid) => (
          <DisclosureTable key={grid.key} grid={grid} />
        ))}
      </section>

      <div className="mb-12 break-after-page">
        <NarrativePart year={year} title={parts.narrative} sections={model.sections} requiredReasons={model.requiredReasons} charts={charts} />
      </div>

      <div className="mb-12 break-after-page">
        <GlossaryPart entries={model.glossary} />
      </div>

      <div data-testid="part-attachments">
        <PerformancePart document={model.performance ?? EMPTY_PERFORMANCE} year={year} unitName={model.unit.name} grades={getTemplate(model.templateId)?.gradeScale} />
      </div>
    </>
  );
}

function TocPart({ href, title, children }: { href: string; title: string; children?: ReactNode }) {
  return (
    <>
      <h3 className="font-semibold"><a href={href} className="toc-link">{title}</a></h3>
      {children && <ul className="pl-8">{children}</ul>}
    </>
  );
}
