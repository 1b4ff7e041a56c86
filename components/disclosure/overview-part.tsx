import { chineseOrdinal } from "@/lib/narrative/numerals";
import type { StoredOverview } from "@/lib/validation/overview";

/** 第一部分 单位概况 as published: numbered duties, then the 机构设置 text. */
export function OverviewPart({ overview, showTitle = true }: { overview: StoredOverview; showTitle?: boolean }) {
  return (
    <section aria-labelledby="part-overview" data-testid="part-overview" className="font-serif leading-8">
      {showTitle ? (
        <h2 id="part-overview" className="mb-6 text-center text-2xl font-semibold">第一部分 单位概况</h2>
      ) : (
        <h2 id="part-overview" className="sr-only">单位概况</h2>
      )}
      <h3 className="mb-2 text-lg font-semibold">一、单位职责</h3>
      {overview.duties.length > 0 ? (
        <ol className="mb-6 space-y-1 indent-8" data-testid="duties">
          {overview.duties.map((duty, i) => (
            <li key={i}>（{chineseOrdinal(i + 1)}）{duty}</li>
          ))}
        </ol>
      ) : (
        <p className="mb-6 text-slate-500">（尚未填写）</p>
      )}
      <h3 className="mb-2 text-lg font-semibold">二、机构设置</h3>
      {overview.organization ? (
        overview.organization.split("\n").map((p, i) => (
          <p key={i} className="indent-8">{p}</p>
        ))
      ) : (
        <p className="text-slate-500">（尚未填写）</p>
      )}
    </section>
  );
}
