import type { Metadata } from "next";
import { DisclosureDocument } from "@/components/disclosure/disclosure-document";
import { PrintButton } from "@/components/print-button";
import { StaticHtml } from "@/components/static-html";
import { loadDisclosure } from "@/lib/data/disclosure";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";
import { WarningList } from "../warning-list";

export const metadata: Metadata = { title: "公开预览" };

/** The whole disclosure in the official order, as it will be published; any status, print-ready. */
export default async function PreviewPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const { model, notes, glossaryWarnings, readWarnings, factsEntered } = await loadDisclosure(user, report);
  const narrativeNotes = [...readWarnings, factsEntered ? null : "尚未填写情况说明所需的事实数据，第三部分按空白生成。", ...notes].filter((n): n is string => Boolean(n));

  return (
    <article className="disclosure mx-auto max-w-5xl rounded-lg bg-white p-10 shadow-sm print:max-w-none print:p-0 print:shadow-none" data-testid="disclosure">
      <div className="no-print mb-6 space-y-3">
        <div className="flex items-center justify-between">
          <p className="text-sm text-slate-500">公开预览：按正式公开的顺序排版，可直接打印。</p>
          <PrintButton />
        </div>
        <WarningList title="尚未完成的内容（不会打印）" items={narrativeNotes} testId="preview-notes" />
        <WarningList title="名词解释的问题（请系统管理员在科目编码中处理；不会打印）" items={glossaryWarnings} testId="glossary-warnings" />
      </div>
      <StaticHtml>
        <DisclosureDocument model={model} />
      </StaticHtml>
    </article>
  );
}
