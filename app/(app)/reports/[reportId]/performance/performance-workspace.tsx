"use client";
/**
 * 第五部分 (绩效) as staff edit it: the projects of the 汇总表 with their scores, the coverage of
 * 公开05 项目支出, the 汇总表 header and the 重点绩效评价报告, each opening its editor; one editor at a time.
 */
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteKeyEvaluation, deleteProject, moveProject, saveSummaryInfo } from "@/lib/actions/performance";
import type { ActionResult } from "@/lib/errors";
import type { PerformanceDocument } from "@/lib/performance/document";
import { evaluateDocument } from "@/lib/performance/document-view";
import { formatAmount, MESSAGE_AMOUNT_STYLE } from "@/lib/performance/format";
import { coverage } from "@/lib/rules/performance/coverage";
import { KeyEvaluationEditor } from "./key-evaluation-editor";
import { KeyEvaluationList } from "./key-evaluation-list";
import { ProjectEditor } from "./project-editor";
import { issueSummary, type FieldIssue } from "@/lib/performance/field-issues";
import { ProjectList } from "./project-list";
import { SummaryInfo } from "./summary-info-form";
import { WarningList } from "../warning-list";

interface Props {
  reportId: string;
  year: number;
  unitName: string;
  editable: boolean;
  readOnlyReason: string | null;
  document: PerformanceDocument;
  version: number;
  warnings: string[];
  /** 公开05 项目支出合计 in 分, as a decimal string (bigint does not cross to the client as JSON). */
  table05ProjectFen: string;
}

type Editing = { kind: "project"; id: string | null } | { kind: "key"; projectId: string } | null;
type Notice = { tone: "error" | "success" | "warning"; text: string } | null;

const wan = (amount: Parameters<typeof formatAmount>[0]) => `${formatAmount(amount, MESSAGE_AMOUNT_STYLE)}万元`;

export function PerformanceWorkspace(props: Props) {
  const { reportId, editable, document } = props;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // The version every save starts from: the page's, or a newer one this browser has just saved.
  const [saved, setSaved] = useState({ from: props.version, version: props.version });
  const version = saved.from === props.version ? saved.version : props.version;

  const view = useMemo(() => evaluateDocument(document), [document]);
  const covered = useMemo(() => coverage(view, BigInt(props.table05ProjectFen)), [view, props.table05ProjectFen]);
  const withoutKey = document.projects.filter((p) => !document.keyEvaluations.some((k) => k.projectId === p.id));
  const busy = pending || editing !== null;

  function afterSave(newVersion: number, text: string) {
    setSaved({ from: props.version, version: newVersion });
    setEditing(null);
    setNotice({ tone: "success", text });
    router.refresh();
  }

  /** A draft was stored: the editor stays open, and the notice names what still blocks submission. */
  function afterDraft(newVersion: number, what: string, problems: readonly FieldIssue[]) {
    setSaved({ from: props.version, version: newVersion });
    setNotice({ tone: "warning", text: `${what}已保存为草稿，还有 ${problems.length} 处问题，修正后才能提交审核：${issueSummary(problems)}` });
    router.refresh();
  }

  function run(action: () => Promise<ActionResult<{ version: number }>>, done: string) {
    setNotice(null);
    start(async () => {
      const res = await action();
      if (!res.ok) return setNotice({ tone: "error", text: res.message });
      afterSave(res.data.version, done);
    });
  }

  function edit(next: Editing) {
    setNotice(null);
    setEditing(next);
  }

  const gradeCounts = view.summary.gradeCounts.filter((g) => g.count > 0).map((g) => `${g.label} ${g.count} 个`).join("，");
  const keyProject = editing?.kind === "key" ? document.projects.find((p) => p.id === editing.projectId) : undefined;

  return (
    <div className="space-y-8" data-testid="performance-workspace">
      <WarningList title="绩效数据读取问题" items={props.warnings} testId="performance-read-warnings" />
      {props.readOnlyReason && (
        <div data-testid="performance-readonly">
          <Alert tone="info">{props.readOnlyReason}</Alert>
        </div>
      )}
      {notice && (
        <div data-testid="performance-notice">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}

      <section aria-labelledby="projects-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="projects-title" className="text-lg font-semibold">项目支出绩效自评</h2>
          {editable && editing === null && <Button onClick={() => edit({ kind: "project", id: null })}>新增项目</Button>}
        </div>
        {document.projects.length === 0 ? (
          <p className="text-sm text-slate-500">尚未填写项目。单位的每个项目都应开展绩效自评，请逐个新增。</p>
        ) : (
          <ProjectList
            projects={view.projects}
            editable={editable}
            busy={busy}
            onEdit={(id) => edit({ kind: "project", id })}
            onMove={(projectId, step) => run(() => moveProject({ reportId, baseVersion: version, projectId, step }), "已调整项目顺序")}
            onDelete={(p) => {
              const hasKey = document.keyEvaluations.some((k) => k.projectId === p.project.id);
              if (!window.confirm(`确定删除项目“${p.project.name}”吗？${hasKey ? "它的重点绩效评价报告也将一并删除。" : ""}`)) return;
              run(() => deleteProject({ reportId, baseVersion: version, projectId: p.project.id }), `已删除项目“${p.project.name}”`);
            }}
          />
        )}

        <div className="mt-4 space-y-2 text-sm" data-testid="performance-summary-box">
          <p>
            自评结果汇总：共 {view.projects.length} 个项目{gradeCounts ? `，其中 ${gradeCounts}` : ""}；绩效自评涉及资金
            {covered.covered === null ? "（部分项目未填写全年执行数）" : wan(covered.covered)}，公开05表项目支出
            {wan(covered.table05)}。
          </p>
          {covered.message && (
            <div data-testid="coverage-warning">
              <Alert tone="warning" title="绩效自评未覆盖全部项目支出">{covered.message}</Alert>
            </div>
          )}
        </div>
      </section>

      {editing?.kind === "project" && (
        <ProjectEditor
          key={editing.id ?? "new"}
          reportId={reportId}
          baseVersion={version}
          project={document.projects.find((p) => p.id === editing.id) ?? null}
          defaultSupervisor={document.summaryUnitName ?? props.unitName}
          onSaved={(v, name) => afterSave(v, `项目“${name}”已保存`)}
          onDraftSaved={(v, name, problems) => afterDraft(v, `项目“${name}”`, problems)}
          onCancel={() => setEditing(null)}
        />
      )}

      <SummaryInfo
        key={`${document.summaryUnitName ?? ""}|${document.summaryFiledOn ?? ""}`}
        editable={editable && editing === null}
        unitName={document.summaryUnitName ?? ""}
        filedOn={document.summaryFiledOn ?? ""}
        fallbackUnitName={props.unitName}
        onSave={(info) => run(() => saveSummaryInfo({ reportId, baseVersion: version, info }), "汇总表信息已保存")}
        pending={pending}
      />

      <KeyEvaluationList
        evaluations={view.keyEvaluations}
        candidates={editable && editing === null ? withoutKey : null}
        editable={editable}
        busy={busy}
        onEdit={(projectId) => edit({ kind: "key", projectId })}
        onDelete={(k) => {
          if (!window.confirm(`确定删除“${k.project.name}”的重点绩效评价报告吗？`)) return;
          run(() => deleteKeyEvaluation({ reportId, baseVersion: version, projectId: k.stored.projectId }), "重点绩效评价报告已删除");
        }}
      />

      {keyProject && (
        <KeyEvaluationEditor
          key={keyProject.id}
          reportId={reportId}
          baseVersion={version}
          year={props.year}
          project={keyProject}
          stored={document.keyEvaluations.find((k) => k.projectId === keyProject.id) ?? null}
          onSaved={(v) => afterSave(v, `“${keyProject.name}”的重点绩效评价报告已保存`)}
          onDraftSaved={(v, problems) => afterDraft(v, `“${keyProject.name}”的重点绩效评价报告`, problems)}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
