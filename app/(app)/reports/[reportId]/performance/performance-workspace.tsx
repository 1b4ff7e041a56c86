"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { deleteKeyEvaluation, deleteProject, moveProject, saveSummaryInfo } from "@/lib/actions/performance";
import type { ActionResult } from "@/lib/errors";
import { formatAmount, formatScore, MESSAGE_AMOUNT_STYLE } from "@/lib/performance/format";
import type { PerformanceDocument } from "@/lib/performance/document";
import { evaluateDocument } from "@/lib/performance/document-view";
import { coverage } from "@/lib/rules/performance/coverage";
import { KeyEvaluationEditor } from "./key-evaluation-editor";
import { ProjectEditor } from "./project-editor";

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
type Notice = { tone: "error" | "success"; text: string } | null;

const GRADE_TONES: Record<string, "green" | "blue" | "amber" | "red"> = { 优: "green", 良: "blue", 中: "amber", 差: "red" };

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
  const [keyCandidate, setKeyCandidate] = useState("");

  function afterSave(newVersion: number, text: string) {
    setSaved({ from: props.version, version: newVersion });
    setEditing(null);
    setNotice({ tone: "success", text });
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

  const gradeCounts = view.summary.gradeCounts.filter((g) => g.count > 0).map((g) => `${g.label} ${g.count} 个`).join("，");
  const wan = (text: string) => `${text}万元`;

  return (
    <div className="space-y-8" data-testid="performance-workspace">
      {props.warnings.length > 0 && (
        <Alert tone="warning" title="绩效数据读取问题">
          <ul className="list-disc pl-5" data-testid="performance-read-warnings">
            {props.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
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
          {editable && editing === null && (
            <Button onClick={() => { setNotice(null); setEditing({ kind: "project", id: null }); }}>新增项目</Button>
          )}
        </div>
        {document.projects.length === 0 ? (
          <p className="text-sm text-slate-500">尚未填写项目。单位的每个项目都应开展绩效自评，请逐个新增。</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="project-list">
              <thead className="border-b border-slate-200 text-left text-slate-600">
                <tr>
                  <th className="py-2 pr-2">序号</th>
                  <th className="pr-2">项目名称</th>
                  <th className="pr-2">主管部门</th>
                  <th className="pr-2">自评方式</th>
                  <th className="pr-2 text-right">全年执行数（万元）</th>
                  <th className="pr-2 text-right">得分</th>
                  <th className="pr-2">等级</th>
                  {editable && <th className="text-right">操作</th>}
                </tr>
              </thead>
              <tbody>
                {view.projects.map((p, i) => (
                  <tr key={p.project.id} className="border-b border-slate-100" data-project={p.project.name}>
                    <td className="py-2 pr-2">{p.index}</td>
                    <td className="pr-2">{p.project.name}</td>
                    <td className="pr-2">{p.project.supervisor}</td>
                    <td className="pr-2">{p.source === "computed" ? "自评表（系统计分）" : "填报得分"}</td>
                    <td className="pr-2 text-right tabular-nums">{p.executed === null ? "—" : formatAmount(p.executed, MESSAGE_AMOUNT_STYLE)}</td>
                    <td className="pr-2 text-right tabular-nums" data-testid="project-score">{p.score === null ? "—" : formatScore(p.score)}</td>
                    <td className="pr-2" data-testid="project-grade">{p.grade ? <Badge tone={GRADE_TONES[p.grade] ?? "gray"}>{p.grade}</Badge> : "—"}</td>
                    {editable && (
                      <td className="whitespace-nowrap text-right">
                        <Button variant="ghost" size="sm" disabled={pending || editing !== null} onClick={() => { setNotice(null); setEditing({ kind: "project", id: p.project.id }); }}>
                          编辑
                        </Button>
                        <Button variant="ghost" size="sm" aria-label={`上移“${p.project.name}”`} disabled={pending || editing !== null || i === 0} onClick={() => run(() => moveProject({ reportId, baseVersion: version, projectId: p.project.id, step: -1 }), "已调整项目顺序")}>
                          上移
                        </Button>
                        <Button variant="ghost" size="sm" aria-label={`下移“${p.project.name}”`} disabled={pending || editing !== null || i === view.projects.length - 1} onClick={() => run(() => moveProject({ reportId, baseVersion: version, projectId: p.project.id, step: 1 }), "已调整项目顺序")}>
                          下移
                        </Button>
                        <Button
                          variant="ghost"
                          size="sm"
                          disabled={pending || editing !== null}
                          onClick={() => {
                            const hasKey = document.keyEvaluations.some((k) => k.projectId === p.project.id);
                            if (!window.confirm(`确定删除项目“${p.project.name}”吗？${hasKey ? "它的重点绩效评价报告也将一并删除。" : ""}`)) return;
                            run(() => deleteProject({ reportId, baseVersion: version, projectId: p.project.id }), `已删除项目“${p.project.name}”`);
                          }}
                        >
                          删除
                        </Button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <div className="mt-4 space-y-2 text-sm" data-testid="performance-summary-box">
          <p>
            自评结果汇总：共 {view.projects.length} 个项目{gradeCounts ? `，其中 ${gradeCounts}` : ""}；绩效自评涉及资金
            {covered.covered === null ? "（部分项目未填写全年执行数）" : wan(formatAmount(covered.covered, MESSAGE_AMOUNT_STYLE))}，公开05表项目支出
            {wan(formatAmount(covered.table05, MESSAGE_AMOUNT_STYLE))}。
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

      <section aria-labelledby="key-title" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="key-title" className="mb-3 text-lg font-semibold">重点绩效评价报告</h2>
        {view.keyEvaluations.length === 0 ? (
          <p className="text-sm text-slate-500">尚未填写重点绩效评价报告。</p>
        ) : (
          <table className="w-full text-sm" data-testid="key-list">
            <thead className="border-b border-slate-200 text-left text-slate-600">
              <tr>
                <th className="py-2 pr-2">项目名称</th>
                <th className="pr-2 text-right">得分</th>
                <th className="pr-2">等级</th>
                {editable && <th className="text-right">操作</th>}
              </tr>
            </thead>
            <tbody>
              {view.keyEvaluations.map((k) => (
                <tr key={k.stored.projectId} className="border-b border-slate-100" data-project={k.project.name}>
                  <td className="py-2 pr-2">{k.project.name}</td>
                  <td className="pr-2 text-right tabular-nums">{formatScore(k.result.total)}</td>
                  <td className="pr-2"><Badge tone={GRADE_TONES[k.result.grade] ?? "gray"}>{k.result.grade}</Badge></td>
                  {editable && (
                    <td className="whitespace-nowrap text-right">
                      <Button variant="ghost" size="sm" disabled={pending || editing !== null} onClick={() => { setNotice(null); setEditing({ kind: "key", projectId: k.stored.projectId }); }}>
                        编辑
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={pending || editing !== null}
                        onClick={() => {
                          if (!window.confirm(`确定删除“${k.project.name}”的重点绩效评价报告吗？`)) return;
                          run(() => deleteKeyEvaluation({ reportId, baseVersion: version, projectId: k.stored.projectId }), "重点绩效评价报告已删除");
                        }}
                      >
                        删除
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {editable && editing === null && withoutKey.length > 0 && (
          <div className="mt-4 flex flex-wrap items-end gap-2">
            <div className="w-72">
              <Field id="key-project" label="为项目新增重点绩效评价报告">
                <Select id="key-project" value={keyCandidate} onChange={(e) => setKeyCandidate(e.target.value)}>
                  <option value="">请选择项目</option>
                  {withoutKey.map((p) => (
                    <option key={p.id} value={p.id}>{p.name}</option>
                  ))}
                </Select>
              </Field>
            </div>
            <Button variant="secondary" disabled={!keyCandidate} onClick={() => { setNotice(null); setEditing({ kind: "key", projectId: keyCandidate }); setKeyCandidate(""); }}>
              新增重点绩效评价报告
            </Button>
          </div>
        )}
      </section>

      {editing?.kind === "key" && (() => {
        const project = document.projects.find((p) => p.id === editing.projectId);
        if (!project) return null;
        return (
          <KeyEvaluationEditor
            key={editing.projectId}
            reportId={reportId}
            baseVersion={version}
            year={props.year}
            project={project}
            stored={document.keyEvaluations.find((k) => k.projectId === project.id) ?? null}
            onSaved={(v) => afterSave(v, `“${project.name}”的重点绩效评价报告已保存`)}
            onCancel={() => setEditing(null)}
          />
        );
      })()}
    </div>
  );
}

function SummaryInfo(props: {
  editable: boolean;
  unitName: string;
  filedOn: string;
  fallbackUnitName: string;
  pending: boolean;
  onSave: (info: { summaryUnitName: string; summaryFiledOn: string }) => void;
}) {
  const [unitName, setUnitName] = useState(props.unitName);
  const [filedOn, setFiledOn] = useState(props.filedOn);
  return (
    <section aria-labelledby="summary-info-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="summary-info-title" className="mb-3 text-lg font-semibold">自评结果汇总表表头</h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave({ summaryUnitName: unitName, summaryFiledOn: filedOn });
        }}
      >
        <div className="w-80">
          <Field id="summary-unit" label="部门(单位)名称" hint={`不填时为“${props.fallbackUnitName}”`}>
            <Input id="summary-unit" value={unitName} disabled={!props.editable} placeholder={props.fallbackUnitName} onChange={(e) => setUnitName(e.target.value)} />
          </Field>
        </div>
        <div className="w-48">
          <Field id="summary-date" label="填报日期">
            <Input id="summary-date" type="date" value={filedOn} disabled={!props.editable} onChange={(e) => setFiledOn(e.target.value)} />
          </Field>
        </div>
        {props.editable && (
          <Button type="submit" variant="secondary" disabled={props.pending}>
            保存表头
          </Button>
        )}
      </form>
    </section>
  );
}
