import type { Metadata } from "next";
import { OverviewPart } from "@/components/disclosure/overview-part";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/authz";
import { loadNarrative, NARRATIVE_UNIT_KIND } from "@/lib/data/narrative";
import { isEditable } from "@/lib/reports/status";
import { checkOverview, OVERVIEW_MESSAGE_PREFIX } from "@/lib/rules/overview";
import { disclosureParts } from "@/lib/disclosure/parts";
import { OverviewEditor } from "./overview-editor";
import { requireReportPage, type ReportPageParams } from "@/lib/data/report-page";

export const metadata: Metadata = { title: "单位概况" };

/** 第一部分 单位概况: staff edit it while the report is open; everyone else reads it. */
export default async function OverviewPage({ params }: { params: ReportPageParams }) {
  const { user, report } = await requireReportPage(params);
  const narrative = await loadNarrative(user, report.id, { unitKind: NARRATIVE_UNIT_KIND[report.unit.kind], year: report.year });
  const editable = can(user.role, "report:edit") && isEditable(report.status);
  // A draft stored while its checks failed: what it still lacks before submission.
  const problems = checkOverview({ overview: narrative.overview.value }).map((p) => ({ ...p, text: p.message.slice(OVERVIEW_MESSAGE_PREFIX.length) }));

  return (
    <div className="space-y-4">
      {narrative.overview.warning && <Alert tone="warning">{narrative.overview.warning}</Alert>}
      {problems.length > 0 && (
        <div data-testid="overview-problems">
          <Alert tone="warning" title="单位概况已保存为草稿，上报前还需修改：">
            <ul className="list-disc pl-5">{problems.map((p) => <li key={p.key}>{p.text}</li>)}</ul>
          </Alert>
        </div>
      )}
      {editable ? (
        <OverviewEditor
          reportId={report.id}
          version={narrative.version}
          overview={narrative.overview.value}
          dutiesTitle={disclosureParts({ year: report.year, level: report.unit.isDepartment ? "department" : "unit" }).duties}
          problems={Object.fromEntries(problems.flatMap((p) => (p.field ? [[p.field, p.text]] : [])))}
        />
      ) : (
        <>
          <Alert tone="info">单位概况当前为只读状态{can(user.role, "report:edit") ? "（报表已上报或已审核）" : ""}。</Alert>
          <div className="rounded-lg bg-white p-8 shadow-sm">
            <OverviewPart model={{ overview: narrative.overview.value, year: report.year, unit: report.unit, level: report.unit.isDepartment ? "department" : "unit" }} showTitle={false} />
          </div>
        </>
      )}
    </div>
  );
}
