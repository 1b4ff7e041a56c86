/**
 * The whole HTML document of a public disclosure page, of the public index, of the open-data home and of the public 404 page, written by
 * lib/html/static-markup.ts from the public components. Pure: lib/public-pages.ts keeps and serves
 * the result, the tests render it without a server.
 */
import type { ReactNode } from "react";
import { PublicChrome } from "@/components/disclosure/public-chrome";
import { PublicDisclosure } from "@/components/disclosure/public-disclosure";
import { PublicIndex } from "@/components/disclosure/public-index";
import type { PublicListFilter, PublicListing, PublishedDisclosure } from "@/lib/data/public";
import { publicPath } from "@/lib/disclosure/public-path";
import { renderStaticMarkup } from "@/lib/html/static-markup";

const SITE = "单位决算公开管理系统";

function documentHtml(title: string, stylesheets: readonly string[], body: ReactNode, head: ReactNode = null): string {
  return `<!DOCTYPE html>${renderStaticMarkup(
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${SITE}`}</title>
        {head}
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body>
        <PublicChrome>{body}</PublicChrome>
      </body>
    </html>,
  )}`;
}

export function publicPageHtml(disclosure: PublishedDisclosure, stylesheets: readonly string[]): string {
  const { model, meta, unitCode, year } = disclosure;
  return documentHtml(
    `${model.title}（第${meta.versionNumber}版）`,
    stylesheets,
    <PublicDisclosure disclosure={disclosure} />,
    <>
      <meta name="description" content={`${model.title}：单位概况、决算表、情况说明、名词解释和绩效附件`} />
      <link rel="canonical" href={publicPath(unitCode, year, meta.versionNumber)} />
    </>,
  );
}

export function publicIndexHtml(filter: PublicListFilter, listing: PublicListing, stylesheets: readonly string[]): string {
  return documentHtml(
    "决算公开目录",
    stylesheets,
    <PublicIndex filter={filter} listing={listing} />,
    <meta name="description" content="已公开的单位决算：按年度、主管部门和单位名称查找" />,
  );
}

export interface OpenDataYear {
  readonly year: number;
  readonly versions: number;
}

export function publicOpenDataHtml(years: readonly OpenDataYear[], stylesheets: readonly string[]): string {
  return documentHtml(
    "开放数据",
    stylesheets,
    <section className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-semibold">决算公开开放数据</h1>
      <p className="mb-4">每个已公开版本都提供机器可读的 JSON（格式与本系统的决算公开数据格式一致，金额单位万元、两位小数，空白单元格为 null）以及每张表的 CSV。各年度索引列出全部版本及其文件地址。</p>
      {years.length === 0 ? (
        <p className="text-slate-700">尚无已公开的决算。</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6" data-testid="open-data-years">
          {years.map((y) => (
            <li key={y.year}><a className="text-brand-700 underline" href={`/open-data/${y.year}`}>{y.year} 年度索引（JSON，{y.versions} 个版本）</a></li>
          ))}
        </ul>
      )}
      <p className="mt-6"><a className="text-brand-700 underline" href="/disclosures">返回决算公开目录</a></p>
    </section>,
  );
}

export function publicNotFoundHtml(stylesheets: readonly string[]): string {
  return documentHtml(
    "未找到",
    stylesheets,
    <section className="py-12 text-center">
      <h1 className="mb-4 text-2xl font-semibold">未找到该公开信息</h1>
      <p className="mb-6">地址有误，或该决算尚未公开。</p>
      <p><a className="text-brand-700 underline" href="/disclosures">返回决算公开目录</a></p>
    </section>,
  );
}
