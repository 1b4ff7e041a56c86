import type { PublicListFilter, PublicListing } from "@/lib/data/public";
import { publicPath } from "@/lib/disclosure/public-path";
import { chineseDateOf } from "@/lib/disclosure/publication-meta";

/** The address of one page of the index under the same filter. */
export function publicIndexHref(filter: PublicListFilter, page: number): string {
  const q = new URLSearchParams();
  if (filter.q) q.set("q", filter.q);
  if (filter.year) q.set("year", String(filter.year));
  if (filter.department) q.set("department", filter.department);
  if (page > 1) q.set("page", String(page));
  const query = q.toString();
  return query ? `/disclosures?${query}` : "/disclosures";
}

/**
 * The public index: a search form that works without script (GET), the current version of each
 * published disclosure, and pages. Plain elements only: it is written as a static document
 * (lib/public-page-html.tsx), so the form shows the filter through `value` and `selected`.
 */
export function PublicIndex({ filter, listing }: { filter: PublicListFilter; listing: PublicListing }) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">单位决算公开目录</h1>
      <form method="get" action="/disclosures" role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 p-4">
        <label className="flex flex-col text-sm">
          单位名称
          <input name="q" value={filter.q} maxLength={50} className="mt-1 w-64 max-w-full rounded border border-slate-500 px-2 py-1.5 text-base" />
        </label>
        <label className="flex flex-col text-sm">
          年度
          <select name="year" className="mt-1 rounded border border-slate-500 px-2 py-1.5 text-base">
            <option value="">全部年度</option>
            {listing.years.map((y) => (
              <option key={y} value={y} selected={y === filter.year}>{y} 年度</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          主管部门
          <select name="department" className="mt-1 rounded border border-slate-500 px-2 py-1.5 text-base">
            <option value="">全部部门</option>
            {listing.departments.map((d) => (
              <option key={d.code} value={d.code} selected={d.code === filter.department}>{d.name}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">查询</button>
      </form>
      <p className="mb-2 text-sm text-slate-700" data-testid="public-total">共 {listing.total} 份</p>
      {listing.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 p-6 text-center text-slate-700">没有符合条件的已公开决算。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left" data-testid="public-index">
            <caption className="sr-only">已公开的单位决算</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="px-2 py-2">单位</th>
                <th scope="col" className="px-2 py-2">主管部门</th>
                <th scope="col" className="px-2 py-2">年度</th>
                <th scope="col" className="px-2 py-2">公开日期</th>
                <th scope="col" className="px-2 py-2">版本</th>
              </tr>
            </thead>
            <tbody>
              {listing.rows.map((r) => (
                <tr key={`${r.unitCode}-${r.year}`} className="border-b border-slate-200" data-testid={`public-row-${r.unitCode}-${r.year}`}>
                  <td className="px-2 py-2"><a className="text-brand-700 underline" href={publicPath(r.unitCode, r.year)}>{r.unitName}{r.year}年度决算</a></td>
                  <td className="px-2 py-2">{r.departmentName ?? "—"}</td>
                  <td className="px-2 py-2">{r.year}</td>
                  <td className="px-2 py-2">{chineseDateOf(r.publishedAt.toISOString())}</td>
                  <td className="px-2 py-2">第{r.number}版{r.number > 1 ? "（更正）" : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listing.pages > 1 && (
        <nav aria-label="分页" className="mt-4 flex items-center gap-4 text-sm">
          {filter.page > 1 && <a className="text-brand-700 underline" href={publicIndexHref(filter, filter.page - 1)}>上一页</a>}
          <span>第 {filter.page} / {listing.pages} 页</span>
          {filter.page < listing.pages && <a className="text-brand-700 underline" href={publicIndexHref(filter, filter.page + 1)}>下一页</a>}
        </nav>
      )}
    </>
  );
}
