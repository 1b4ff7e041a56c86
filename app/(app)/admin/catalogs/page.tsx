import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { CATALOG_KIND_LABEL, type CatalogKind } from "@/lib/catalog/codes";
import { cn } from "@/lib/cn";
import { loadCatalogYears, loadSubjectRequests, loadSubjects } from "@/lib/data/admin";
import { SettleRequestButtons } from "./subject-requests";
import { requirePagePermission } from "@/lib/session";
import { DeleteSubjectButton, NewYearDialog, SubjectDialog } from "./catalog-forms";
import { ImportDialog } from "./import-dialog";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "科目编码" };

const LEVEL_LABEL = { CLASS: "类", SECTION: "款", ITEM: "项" } as const;
const PAGE_SIZE = 200;

export default async function CatalogsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission("catalog:manage");
  const sp = await searchParams;
  const [years, requests] = await Promise.all([loadCatalogYears(user), loadSubjectRequests(user)]);
  const requested = Number(sp.year);
  const year = years.some((y) => y.year === requested) ? requested : years[0]?.year;
  const kind: CatalogKind = sp.kind === "ECONOMIC" ? "ECONOMIC" : "FUNCTION";
  const q = (sp.q ?? "").trim().slice(0, 50);

  if (year === undefined) {
    return (
      <>
        <PageHeader title="科目编码" actions={<NewYearDialog years={[]} />} />
        <Alert tone="info">还没有任何年度的科目编码。请先新建年度，再导入或逐条添加科目。</Alert>
      </>
    );
  }

  const { subjects, total } = await loadSubjects(user, { year, kind, q, take: PAGE_SIZE });
  const href = (p: Record<string, string>) => `/admin/catalogs?${new URLSearchParams({ year: String(year), kind, ...p })}`;

  return (
    <>
      <PageHeader
        title="科目编码"
        description="政府收支分类科目按年度维护：功能分类（类/款/项 = 3/5/7 位）与部门预算支出经济分类（类/款 = 3/5 位）"
        actions={
          <>
            <NewYearDialog years={years.map((y) => y.year)} />
            <ImportDialog year={year} kind={kind} />
            <Button variant="secondary" asChild>
              <a href={`/api/catalogs/export?year=${year}&kind=${kind}`}>导出 Excel</a>
            </Button>
            <SubjectDialog year={year} kind={kind} />
          </>
        }
      />
      {requests.length > 0 && (
        <section aria-labelledby="requests-title" className="mb-4 rounded-lg border border-amber-200 bg-amber-50 p-4" data-testid="subject-requests">
          <h2 id="requests-title" className="mb-2 font-medium">单位申请补充的科目（{requests.length}）</h2>
          <ul className="space-y-2 text-sm">
            {requests.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3" data-testid={`subject-request-${r.code}`}>
                <span className="font-mono">{r.code}</span>
                <span>{r.name}</span>
                <span className="text-slate-600">{r.year} 年度 · {r.unit}（{r.by}，{formatDate(r.at)}）</span>
                {r.note && <span className="text-slate-600">说明：{r.note}</span>}
                {r.parentMissing && <span className="text-seal">上级款 {r.code.slice(0, 5)} 尚未设立，请先添加</span>}
                <SettleRequestButtons id={r.id} code={r.code} name={r.name} year={r.year} />
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-slate-600">补充前请按财政部当年的《政府收支分类科目》核对编码和名称。</p>
        </section>
      )}
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <nav aria-label="年度" className="flex gap-1">
          {years.map((y) => (
            <Link key={y.year} href={`/admin/catalogs?${new URLSearchParams({ year: String(y.year), kind })}`} className={cn("rounded px-3 py-1.5 text-sm", y.year === year ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100")} aria-current={y.year === year ? "page" : undefined}>
              {y.year} 年度
            </Link>
          ))}
        </nav>
        <nav aria-label="科目类别" className="flex gap-1">
          {(["FUNCTION", "ECONOMIC"] as const).map((k) => (
            <Link key={k} href={`/admin/catalogs?${new URLSearchParams({ year: String(year), kind: k })}`} className={cn("rounded px-3 py-1.5 text-sm", k === kind ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100")} aria-current={k === kind ? "page" : undefined}>
              {CATALOG_KIND_LABEL[k]}
            </Link>
          ))}
        </nav>
        <form className="ml-auto flex gap-2" action="/admin/catalogs">
          <input type="hidden" name="year" value={year} />
          <input type="hidden" name="kind" value={kind} />
          <Input name="q" defaultValue={q} placeholder="按编码或名称搜索" aria-label="按编码或名称搜索" className="w-56" />
          <Button type="submit" variant="secondary">搜索</Button>
          {q && <Button variant="ghost" asChild><Link href={href({})}>清除</Link></Button>}
        </form>
      </div>
      <p className="mb-2 text-sm text-slate-500" data-testid="subject-count">
        {year} 年度{CATALOG_KIND_LABEL[kind]}{q ? `中匹配“${q}”的` : "共"} {total} 个科目{total > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 个，请用搜索缩小范围` : ""}
      </p>
      <DataTable headers={["科目编码", "科目名称", "级次", "说明（名词解释）", "操作"]}>
        {subjects.map((s) => (
          <tr key={s.id} className="border-t border-slate-100 align-top" data-testid={`subject-${s.code}`}>
            <td className="px-4 py-2 font-mono">{s.code}</td>
            <td className="px-4 py-2" style={{ paddingLeft: `${1 + (s.code.length - 3) * 0.4}rem` }}>{s.name}</td>
            <td className="px-4 py-2">{LEVEL_LABEL[s.level]}</td>
            <td className="max-w-md px-4 py-2 text-slate-500"><span className="line-clamp-2">{s.explanation}</span></td>
            <td className="whitespace-nowrap px-4 py-2">
              <SubjectDialog year={year} kind={kind} subject={{ code: s.code, name: s.name, explanation: s.explanation ?? "" }} />
              <DeleteSubjectButton year={year} kind={kind} code={s.code} name={s.name} />
            </td>
          </tr>
        ))}
        {subjects.length === 0 && (
          <tr><td colSpan={5} className="px-4 py-8 text-center text-slate-500">没有科目</td></tr>
        )}
      </DataTable>
    </>
  );
}
