"use client";
/** The two imports of a draft report, each checked and previewed before anything is saved. */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { importPublishedDisclosure, importWorkbook } from "@/lib/actions/imports";
import type { ActionResult } from "@/lib/errors";
import type { PublishedImportPreview } from "@/lib/operations/imports/import-published";
import type { WorkbookImportResult } from "@/lib/operations/imports/import-workbook";

const MAX_BYTES = 5 * 1024 * 1024;
const SHOWN = 200;

type Outcome<T> = { tone: "error"; message: string; errors?: readonly string[] } | { tone: "preview" | "done"; data: T };

/** A file, checked on the server without saving, then confirmed with the same file. */
function useUpload<T>(reportId: string, action: (reportId: string, form: FormData) => Promise<ActionResult<T>>) {
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);
  const [pending, start] = useTransition();
  const file = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const send = (confirm: boolean, accept: (data: T) => Outcome<T>) => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setOutcome({ tone: "error", message: "请选择要导入的文件" });
    if (chosen.size > MAX_BYTES) return setOutcome({ tone: "error", message: `文件过大（${(chosen.size / 1024 / 1024).toFixed(1)} MB），上限为 5 MB，未导入` });
    const form = new FormData();
    form.set("file", chosen);
    form.set("confirm", String(confirm));
    start(async () => {
      try {
        const res = await action(reportId, form);
        if (!res.ok) return setOutcome({ tone: "error", message: res.message, errors: res.errors });
        setOutcome(accept(res.data as T));
        if (confirm) router.refresh();
      } catch {
        setOutcome({ tone: "error", message: "上传失败：文件过大或网络中断，未导入" });
      }
    });
  };
  return { outcome, setOutcome, pending, file, send };
}

function ErrorList({ items, testId }: { items: readonly string[]; testId: string }) {
  return (
    <ul className="mt-1 max-h-72 list-disc overflow-y-auto pl-5" data-testid={testId}>
      {items.slice(0, SHOWN).map((item, i) => <li key={i}>{item}</li>)}
      {items.length > SHOWN && <li>……另有 {items.length - SHOWN} 项</li>}
    </ul>
  );
}

function Section({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <p className="mb-4 mt-1 text-sm text-slate-600">{description}</p>
      {children}
    </section>
  );
}

export function ImportForms({ reportId, year }: { reportId: string; year: number }) {
  return (
    <>
      <OfflineWorkbook reportId={reportId} year={year} />
      <PublishedDisclosure reportId={reportId} year={year} />
    </>
  );
}

function OfflineWorkbook({ reportId, year }: { reportId: string; year: number }) {
  const upload = useUpload<WorkbookImportResult>(reportId, importWorkbook);
  const { outcome } = upload;
  const accept = (confirm: boolean) => (data: WorkbookImportResult): Outcome<WorkbookImportResult> =>
    data.ok ? { tone: confirm ? "done" : "preview", data } : { tone: "error", message: `文件中有 ${data.errors.length} 处问题，未导入任何数据`, errors: data.errors };
  return (
    <Section
      title="离线填报表"
      description={<>下载本报表的 Excel 填报表（各表一页，只含需要填写的金额，单位：元），离线填好后上传。系统逐格检查，列出将要修改的单元格，经您确认后一次全部保存。</>}
    >
      <p className="mb-4">
        <a className="text-sm text-brand-700 underline" href={`/api/reports/${reportId}/workbook`} download data-testid="download-workbook">下载 {year} 年度离线填报表（.xlsx）</a>
      </p>
      <Field id="workbook-file" label="填好的离线填报表">
        <input id="workbook-file" ref={upload.file} type="file" accept=".xlsx" className="block w-full text-sm" onChange={() => upload.setOutcome(null)} />
      </Field>
      <div className="mt-3 flex gap-2">
        <Button variant="secondary" disabled={upload.pending} onClick={() => upload.send(false, accept(false))}>检查并预览</Button>
        {outcome?.tone === "preview" && outcome.data.ok && outcome.data.changes.length > 0 && (
          <Button disabled={upload.pending} onClick={() => upload.send(true, accept(true))}>确认导入（修改 {outcome.data.changes.length} 个单元格）</Button>
        )}
      </div>
      <div className="mt-4" data-testid="workbook-result">
        {outcome?.tone === "error" && (
          <Alert tone="error" title={outcome.message}>{outcome.errors && <ErrorList items={outcome.errors} testId="workbook-errors" />}</Alert>
        )}
        {outcome && outcome.tone !== "error" && outcome.data.ok && (
          <Alert
            tone={outcome.tone === "done" ? "success" : "info"}
            title={
              outcome.tone === "done"
                ? `已导入：修改 ${outcome.data.changes.length} 个单元格`
                : outcome.data.changes.length === 0
                  ? "文件与报表中已保存的数据相同，无需导入"
                  : `文件检查通过：共 ${outcome.data.cells} 个金额，将修改 ${outcome.data.changes.length} 个单元格（尚未保存）`
            }
          >
            {outcome.data.changes.length > 0 && (
              <ErrorList items={outcome.data.changes.map((c) => `${c.where}：${c.before} → ${c.after}`)} testId="workbook-changes" />
            )}
            {outcome.tone === "done" && <Link className="mt-2 inline-block text-brand-700 underline" href={`/reports/${reportId}`}>返回决算表填报，查看审核结果</Link>}
          </Alert>
        )}
      </div>
    </Section>
  );
}

function PublishedDisclosure({ reportId, year }: { reportId: string; year: number }) {
  const upload = useUpload<PublishedImportPreview>(reportId, importPublishedDisclosure);
  const { outcome } = upload;
  const accept = (data: PublishedImportPreview): Outcome<PublishedImportPreview> => ({ tone: data.imported ? "done" : "preview", data });
  return (
    <Section
      title="导入已公开的决算"
      description={<>从其他系统迁入的单位，可导入 {year} 年度已公开决算的数据文件（决算公开数据格式 .json，如本系统公开页面的“开放数据”文件），或本系统公开的决算 Excel 文件（.xlsx）。系统按表中金额（万元）换算为元，只导入需要填写的单元格，其余重新计算，并列出与原文不一致之处。</>}
    >
      <Field id="published-file" label="已公开的决算文件（.json 或本系统的 .xlsx）">
        <input id="published-file" ref={upload.file} type="file" accept=".json,.xlsx,application/json" className="block w-full text-sm" onChange={() => upload.setOutcome(null)} />
      </Field>
      <div className="mt-3 flex gap-2">
        <Button variant="secondary" disabled={upload.pending} onClick={() => upload.send(false, accept)}>检查并预览</Button>
        {outcome?.tone === "preview" && <Button disabled={upload.pending} onClick={() => upload.send(true, accept)}>确认导入（替换全部九张表）</Button>}
      </div>
      <div className="mt-4" data-testid="published-result">
        {outcome?.tone === "error" && (
          <Alert tone="error" title={outcome.message}>{outcome.errors && <ErrorList items={outcome.errors} testId="published-errors" />}</Alert>
        )}
        {outcome && outcome.tone !== "error" && (
          <Alert
            tone={outcome.tone === "done" ? "success" : "info"}
            title={outcome.tone === "done" ? `已导入「${outcome.data.unit}」${outcome.data.year} 年度决算的九张表` : `「${outcome.data.unit}」${outcome.data.year} 年度决算（尚未保存）`}
          >
            <p>{outcome.data.tables.map((t) => `${t.number} ${t.cells} 格`).join("，")}</p>
            {outcome.data.notices.map((n) => <p key={n} className="mt-1 font-medium">{n}</p>)}
            <p className="mt-2 font-medium" data-testid="published-differences-title">
              {outcome.data.differences.length === 0 ? "重新计算的各表与原文完全一致（±0.01 万元/项）。" : `重新计算后有 ${outcome.data.differences.length} 处与原文不一致：`}
            </p>
            {outcome.data.differences.length > 0 && (
              <ErrorList items={outcome.data.differences.map((d) => `${d.where}：原文 ${d.printed}，重新计算 ${d.derived}，相差 ${d.difference}`)} testId="published-differences" />
            )}
            {outcome.data.documentProblems.length > 0 && (
              <>
                <p className="mt-2 font-medium">原文自身的勾稽问题：</p>
                <ErrorList items={outcome.data.documentProblems} testId="published-document-problems" />
              </>
            )}
            {outcome.tone === "done" && <Link className="mt-2 inline-block text-brand-700 underline" href={`/reports/${reportId}`}>返回决算表填报</Link>}
          </Alert>
        )}
      </div>
    </Section>
  );
}
