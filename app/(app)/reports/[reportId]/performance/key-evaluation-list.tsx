"use client";
/** The 重点绩效评价报告 written so far, and the choice of a project to write one for. */
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { keyEvaluationFormFor, type StoredProject } from "@/lib/performance/document";
import { keyEvaluationFormSchema } from "@/lib/validation/performance/key-evaluation";
import type { KeyEvaluationView } from "@/lib/performance/document-view";
import { formatScore } from "@/lib/performance/format";
import { DraftBadge, GradeBadge, ListHead } from "./list-parts";

const COLUMNS = [{ label: "项目名称" }, { label: "得分", numeric: true }, { label: "等级" }];

export function KeyEvaluationList(props: {
  evaluations: readonly KeyEvaluationView[];
  /** Projects without a report yet; offered while nothing is being edited. */
  candidates: readonly StoredProject[] | null;
  editable: boolean;
  busy: boolean;
  onEdit: (projectId: string) => void;
  onDelete: (view: KeyEvaluationView) => void;
}) {
  const { evaluations, editable, busy, candidates } = props;
  const [candidate, setCandidate] = useState("");
  return (
    <section aria-labelledby="key-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="key-title" className="mb-3 text-lg font-semibold">重点绩效评价报告</h2>
      {evaluations.length === 0 ? (
        <p className="text-sm text-slate-500">尚未填写重点绩效评价报告。</p>
      ) : (
        <table className="w-full text-sm" data-testid="key-list">
          <ListHead columns={COLUMNS} editable={editable} />
          <tbody>
            {evaluations.map((k) => (
              <tr key={k.stored.projectId} className="border-b border-slate-100" data-project={k.project.name}>
                <td className="py-2 pr-2">
                  {k.project.name}
                  {!keyEvaluationFormSchema.safeParse(keyEvaluationFormFor(k.stored, k.project)).success && <DraftBadge testId="key-draft" />}
                </td>
                <td className="pr-2 text-right tabular-nums">{formatScore(k.result.total)}</td>
                <td className="pr-2"><GradeBadge grade={k.result.grade} /></td>
                {editable && (
                  <td className="whitespace-nowrap text-right">
                    <Button variant="ghost" size="sm" disabled={busy} onClick={() => props.onEdit(k.stored.projectId)}>
                      编辑
                    </Button>
                    <Button variant="ghost" size="sm" disabled={busy} onClick={() => props.onDelete(k)}>
                      删除
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {candidates && candidates.length > 0 && (
        <div className="mt-4 flex flex-wrap items-end gap-2">
          <div className="w-72">
            <Field id="key-project" label="为项目新增重点绩效评价报告">
              <Select id="key-project" value={candidate} onChange={(e) => setCandidate(e.target.value)}>
                <option value="">请选择项目</option>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </Select>
            </Field>
          </div>
          <Button variant="secondary" disabled={!candidate} onClick={() => { props.onEdit(candidate); setCandidate(""); }}>
            新增重点绩效评价报告
          </Button>
        </div>
      )}
    </section>
  );
}
