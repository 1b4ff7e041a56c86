import type { PublishedDisclosure } from "@/lib/data/public";
import { publicPath } from "@/lib/disclosure/public-path";
import { chineseDateOf, publicationStatements, versionLabel } from "@/lib/disclosure/publication-meta";
import { DisclosureDocument } from "./disclosure-document";

/** The files of one published version, by their stable addresses. */
export function versionFiles(unitCode: string, year: number, number: number, tableKeys: readonly string[]) {
  const base = `${publicPath(unitCode, year, number)}/files`;
  return [
    { href: `${base}/disclosure.pdf`, label: "PDF 文件" },
    { href: `${base}/disclosure.xlsx`, label: "Excel 表格" },
    { href: `${base}/data.json`, label: "开放数据（JSON）" },
    ...tableKeys.map((k) => ({ href: `${base}/${k}.csv`, label: `公开${k.slice(1)}表（CSV）` })),
  ];
}

/**
 * A published version as citizens read it (a static page: lib/public-pages.ts renders it without
 * React at run time, so plain links and no client components): the statements and version
 * on the cover, the downloads, every version, then the disclosure.
 */
export function PublicDisclosure({ disclosure }: { disclosure: PublishedDisclosure }) {
  const { meta, model, unitCode, year } = disclosure;
  const superseded = meta.versionNumber !== disclosure.currentNumber;
  const files = versionFiles(unitCode, year, meta.versionNumber, model.tables.map((t) => t.key));
  return (
    <>
      {superseded && (
        <p role="status" className="no-print mb-4 rounded border-2 border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="superseded">
          此版本已被第{disclosure.currentNumber}版更正。<a className="underline" href={publicPath(unitCode, year)}>查看现行版本（第{disclosure.currentNumber}版）</a>
        </p>
      )}
      <aside className="no-print mb-6 grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-2" aria-label="下载与版本记录">
        <div>
          <h2 className="mb-2 font-semibold">下载（第{meta.versionNumber}版）</h2>
          <ul className="space-y-1" data-testid="downloads">
            {files.map((f) => (
              <li key={f.href}><a className="text-brand-700 underline" href={f.href}>{f.label}</a></li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="mb-2 font-semibold">版本记录</h2>
          <ol className="space-y-2" data-testid="versions">
            {disclosure.versions.map((v) => (
              <li key={v.number} data-version={v.number}>
                <a className="text-brand-700 underline" href={publicPath(unitCode, year, v.number)} aria-current={v.number === meta.versionNumber ? "page" : undefined}>
                  第{v.number}版
                </a>
                ，{chineseDateOf(v.publishedAt.toISOString())}公开{v.number === disclosure.currentNumber ? "（现行版本）" : ""}
                {v.correctionNote && <p className="text-sm text-slate-700">更正说明：{v.correctionNote}</p>}
                <p className="text-sm">
                  <a className="underline" href={`${publicPath(unitCode, year, v.number)}/files/disclosure.pdf`}>PDF</a>{" · "}
                  <a className="underline" href={`${publicPath(unitCode, year, v.number)}/files/disclosure.xlsx`}>Excel</a>{" · "}
                  <a className="underline" href={`${publicPath(unitCode, year, v.number)}/files/data.json`}>JSON</a>
                </p>
              </li>
            ))}
          </ol>
        </div>
      </aside>
      <article className="disclosure" data-testid="disclosure">
        <DisclosureDocument
          model={model}
          chartSrc={(id) => `${publicPath(unitCode, year, meta.versionNumber)}/files/${id}.svg`}
          afterCover={
            <div className="mt-8 space-y-1 text-base" data-testid="cover-statements">
              <p>单位：{disclosure.unitName}</p>
              {disclosure.departmentName && <p>主管部门：{disclosure.departmentName}</p>}
              <p>公开日期：{chineseDateOf(meta.publishedAt)}</p>
              <p data-testid="version-label">{versionLabel(meta.versionNumber)}</p>
              {meta.correctionNote && <p data-testid="correction-note">更正说明：{meta.correctionNote}</p>}
              {publicationStatements(meta).map((s) => <p key={s}>{s}</p>)}
            </div>
          }
        />
      </article>
    </>
  );
}
