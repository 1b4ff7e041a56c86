import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/authz";
import { loadLastYearFigures, loadNarrative, NARRATIVE_UNIT_KIND } from "@/lib/data/narrative";
import { loadPerformanceFigures } from "@/lib/data/performance";
import { loadReportData } from "@/lib/data/report-data";
import { budgetCodesOf } from "@/lib/narrative/facts-form";
import { isEditable } from "@/lib/reports/status";
import { deriveReport } from "@/lib/tables/derive";
import { NarrativeEditor } from "./narrative-editor";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

export const metadata: Metadata = { title: "情况说明" };

/**
 * 第三部分 情况说明: staff enter the facts the tables do not hold and write the reasons; the text
 * is generated in the browser from the same derived report the preview uses.
 */
/** A facts form path from the rule list's link ("reasons.item:2010301"); anything else is ignored. */
function focusFieldOf(field: string | undefined): string | null {
  return typeof field === "string" && /^[A-Za-z0-9.:_-]{1,100}$/.test(field) ? field : null;
}

export default async function NarrativePage({ params, searchParams }: { params: ReportPageParams; searchParams: Promise<{ field?: string }> }) {
  const { user, report } = await requireReportPage(params);
  const data = await loadReportData(user, report.id);
  const derived = deriveReport(data.template, data.names, data.inputs);
  const codes = budgetCodesOf(derived);
  const editable = can(user.role, "report:edit") && isEditable(report.status);
  const [narrative, performance, lastYear] = await Promise.all([
    loadNarrative(user, report.id, { unitKind: NARRATIVE_UNIT_KIND[report.unit.kind], year: report.year, budgetCodes: codes }),
    loadPerformanceFigures(user, report.id),
    editable ? loadLastYearFigures(user, report) : null,
  ]);

  // 年初预算 entered earlier for a 项 the tables no longer list keeps its row, under its name.
  const budgetNames: Record<string, string> = {};
  for (const fund of ["gp", "gf", "soe"] as const) {
    for (const code of Object.keys(narrative.facts.form.budgets[fund])) budgetNames[code] = data.names.get(code) ?? "";
  }

  return (
    <div className="space-y-4">
      {narrative.facts.warning && <Alert tone="warning">{narrative.facts.warning}</Alert>}
      {!editable && (
        <Alert tone="info">情况说明当前为只读状态{can(user.role, "report:edit") ? "（报表已上报或已审核）" : ""}，下方为按已保存的事实数据生成的文字。</Alert>
      )}
      <NarrativeEditor
        reportId={report.id}
        year={report.year}
        unitName={report.unit.name}
        level={report.unit.isDepartment ? "department" : "unit"}
        templateId={report.templateId}
        derived={derived}
        budgetCodes={codes}
        budgetNames={budgetNames}
        version={narrative.version}
        stored={{ form: narrative.facts.form, settings: narrative.facts.settings }}
        entered={narrative.facts.entered}
        editable={editable}
        lastYear={lastYear}
        performance={performance}
        focusField={focusFieldOf((await searchParams).field)}
      />
    </div>
  );
}
