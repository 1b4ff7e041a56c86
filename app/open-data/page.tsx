import type { Metadata } from "next";
import Link from "next/link";
import { openDataYears } from "@/lib/data/public";

export const metadata: Metadata = { title: "开放数据" };
export const revalidate = 60;

/** What open data there is: one index per year, each version's JSON and a CSV per table. */
export default async function OpenDataPage() {
  const years = await openDataYears();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 text-base">
      <h1 className="mb-4 text-2xl font-semibold">决算公开开放数据</h1>
      <p className="mb-4">每个已公开版本都提供机器可读的 JSON（格式与本系统的决算公开数据格式一致，金额单位万元、两位小数，空白单元格为 null）以及每张表的 CSV。各年度索引列出全部版本及其文件地址。</p>
      <ul className="list-disc space-y-1 pl-6">
        {years.map((y) => (
          <li key={y.year}><a className="text-brand-700 underline" href={`/open-data/${y.year}`}>{y.year} 年度索引（JSON，{y.versions} 个版本）</a></li>
        ))}
      </ul>
      {years.length === 0 && <p className="text-slate-700">尚无已公开的决算。</p>}
      <p className="mt-6"><Link className="text-brand-700 underline" href="/disclosures">返回决算公开目录</Link></p>
    </main>
  );
}
