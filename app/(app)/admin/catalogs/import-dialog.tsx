"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { FormDialog } from "@/components/form-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { importCatalog, previewCatalogImport } from "@/lib/actions/catalog";
import { CATALOG_KIND_LABEL, type CatalogKind } from "@/lib/catalog/codes";
import type { CodeUse, ImportPreview } from "@/lib/operations/catalog/import-catalog";

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const SHOWN_ERRORS = 200;

type Result = { tone: "error" | "success"; message: string; errors?: string[] };

/** A code list under a summary line, collapsed: the counts are what most admins read. */
function CodeList({ title, total, items, testId }: { title: string; total: number; items: { key: string; text: string }[]; testId: string }) {
  if (total === 0) return null;
  return (
    <details className="rounded border border-slate-200 px-3 py-1" data-testid={testId}>
      <summary className="cursor-pointer text-sm">{title}（{total}）</summary>
      <ul className="mt-1 max-h-40 overflow-y-auto text-sm">
        {items.map((item) => <li key={item.key} className="font-mono text-xs leading-5">{item.text}</li>)}
        {total > items.length && <li className="text-slate-500">……另有 {total - items.length} 个</li>}
      </ul>
    </details>
  );
}

function usesAsLines(uses: CodeUse[]): { key: string; text: string }[] {
  return uses.map((u) => ({ key: `${u.code}-${u.year}`, text: `${u.code} ${u.name}：${u.year} 年度 ${u.units} 家单位使用（${u.examples.join("、")}${u.units > u.examples.length ? "等" : ""}）` }));
}

function PreviewSummary({ preview, year, kind }: { preview: ImportPreview; year: number; kind: CatalogKind }) {
  const { levels, changes, changeCounts } = preview;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="import-preview">
      <p data-testid="import-levels">
        文件中共 {preview.total} 个科目：类 {levels.类} 个、款 {levels.款} 个{kind === "FUNCTION" ? `、项 ${levels.项} 个` : ""}。
      </p>
      {changes && changeCounts ? (
        <>
          <p data-testid="import-changes">
            与 {preview.previousYear} 年度相比：新增 {changeCounts.added} 个，更名 {changeCounts.renamed} 个，删除 {changeCounts.removed} 个。
          </p>
          <CodeList title="新增" total={changeCounts.added} items={changes.added.map((e) => ({ key: e.code, text: `${e.code} ${e.name}` }))} testId="import-added" />
          <CodeList title="更名" total={changeCounts.renamed} items={changes.renamed.map((e) => ({ key: e.code, text: `${e.code} ${e.was} → ${e.name}` }))} testId="import-renamed" />
          <CodeList title="删除" total={changeCounts.removed} items={changes.removed.map((e) => ({ key: e.code, text: `${e.code} ${e.name}` }))} testId="import-removed" />
          {preview.removedInUse.length > 0 && (
            <Alert tone="warning" title="以下删除的科目仍被决算使用，相关单位需改用新科目">
              <ul className="mt-1 max-h-40 overflow-y-auto" data-testid="import-removed-in-use">
                {usesAsLines(preview.removedInUse).map((item) => <li key={item.key}>{item.text}</li>)}
              </ul>
            </Alert>
          )}
        </>
      ) : (
        <p className="text-slate-500">没有 {year - 1} 年度的{CATALOG_KIND_LABEL[kind]}科目可供比较。</p>
      )}
      <p data-testid="import-effect">
        本次导入将新增 {preview.add} 个科目，更新名称或说明 {preview.update} 个，{preview.unchanged} 个不变。
      </p>
      {preview.missing > 0 && (
        <>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="removeMissing" className="mt-1" disabled={preview.removable === 0} />
            <span>
              同时删除本年度已有、但文件中没有的科目（{preview.missing} 个，其中可删除 {preview.removable} 个
              {preview.missingInUse.length > 0 ? "；仍被本年度决算使用的科目及其上级将保留" : ""}）
            </span>
          </label>
          {preview.missingInUse.length > 0 && (
            <ul className="max-h-32 overflow-y-auto text-xs text-slate-600" data-testid="import-missing-in-use">
              {usesAsLines(preview.missingInUse).map((item) => <li key={item.key}>{item.text}</li>)}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/**
 * Two steps, as an admin loading a new edition expects: 预览 reads the file and shows the counts
 * per level and what changed against last year; 确认导入 stores it, all or nothing.
 */
export function ImportDialog({ year, kind }: { year: number; kind: CatalogKind }) {
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Result | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const router = useRouter();

  function reset() {
    setResult(null);
    setPreview(null);
  }

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setResult({ tone: "error", message: "请选择要导入的文件" });
    if (file.size > MAX_UPLOAD_BYTES) {
      return setResult({ tone: "error", message: `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），上限为 5 MB，未导入任何科目` });
    }
    const data = new FormData(e.currentTarget);
    start(async () => {
      try {
        if (!preview) {
          const res = await previewCatalogImport(data);
          if (res.ok) return setPreview(res.data);
          return setResult({ tone: "error", message: res.message, errors: res.errors });
        }
        data.set("digest", preview.digest);
        const res = await importCatalog(data);
        setPreview(null);
        if (!res.ok) return setResult({ tone: "error", message: res.message, errors: res.errors });
        const removed = res.data.removed > 0 ? `，删除 ${res.data.removed} 个科目` : "";
        setResult({ tone: "success", message: `导入成功：新增 ${res.data.added} 个科目，更新 ${res.data.updated} 个科目${removed}` });
        router.refresh();
      } catch {
        setResult({ tone: "error", message: "上传失败：文件过大或网络中断，未导入任何科目" });
      }
    });
  }

  const label = preview ? (pending ? "正在导入…" : "确认导入") : pending ? "正在读取…" : "预览";
  return (
    <FormDialog
      open={open}
      onOpenChange={(o) => { setOpen(o); reset(); }}
      title={`导入 ${year} 年度${CATALOG_KIND_LABEL[kind]}科目`}
      description="支持 .xlsx 或 .csv（UTF-8 或 GBK）：“科目编码、科目名称、说明”各一列，或“类、款、项”分列加科目名称（可合并单元格），或编码与名称写在同一列。先预览变化，确认后才导入；全部校验通过才会导入。"
      trigger={<Button variant="secondary">导入</Button>}
      onSubmit={submit}
      submitLabel={label}
      busy={pending}
      cancelLabel="关闭"
    >
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="kind" value={kind} />
      <Field id="catalog-file" label="科目文件">
        <input id="catalog-file" ref={fileRef} name="file" type="file" accept=".xlsx,.csv" className="block w-full text-sm" onChange={reset} />
      </Field>
      {preview && <PreviewSummary preview={preview} year={year} kind={kind} />}
      {result && (
        <Alert tone={result.tone} title={result.message}>
          {result.errors && (
            <ul className="mt-1 max-h-64 list-disc overflow-y-auto pl-5" data-testid="import-errors">
              {result.errors.slice(0, SHOWN_ERRORS).map((err, i) => <li key={i}>{err}</li>)}
              {result.errors.length > SHOWN_ERRORS && <li>……另有 {result.errors.length - SHOWN_ERRORS} 处问题</li>}
            </ul>
          )}
        </Alert>
      )}
    </FormDialog>
  );
}
