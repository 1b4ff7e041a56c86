"use client";
/**
 * Adds or edits one project of the 汇总表: either its whole 项目支出绩效自评表, scored as it is typed,
 * or only its reported score. The form's values are the save's own types
 * (lib/validation/performance/project-entry.ts), checked by the save's own check; a form that
 * fails it is still saved, as a draft, with its problems listed until they are fixed.
 */
import { useMemo, useState } from "react";
import { Field, TextareaField } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { saveProject } from "@/lib/actions/performance";
import type { StoredProject } from "@/lib/performance/document";
import type { FieldIssue } from "@/lib/performance/field-issues";
import { evaluateProject } from "@/lib/performance/evaluation";
import { STANDARD_EXECUTION_WEIGHT } from "@/lib/performance/execution";
import { projectEditorSchema, projectEntryOf, type ProjectEditorValues } from "@/lib/validation/performance/project-entry";
import { selfEvaluationDraftSchema, type SelfEvaluationForm } from "@/lib/validation/performance/self-evaluation";
import { draftStatus, EditorFrame, useCheckedForm } from "./editor-form";
import { ExecutionTable } from "./execution-table";
import type { FormPart } from "./indicator-fields";
import { SelfIndicatorTable, blankSelfIndicator } from "./self-indicator-table";

const ZERO_FUNDING = { initial: "0", full: "0", executed: "0" };

function initialDetail(project: StoredProject | null, supervisor: string): SelfEvaluationForm {
  const stored = project?.detail;
  if (stored) {
    // Older records may lack the execution weight or the goal: the editor shows their defaults.
    return { ...stored, execution: { ...stored.execution, weight: stored.execution.weight ?? STANDARD_EXECUTION_WEIGHT.toFixed() }, overallGoal: stored.overallGoal ?? { expected: "", achieved: "" } };
  }
  return {
    projectName: project?.name ?? "",
    supervisor,
    execution: { funding: { currentYear: { initial: "", full: "", executed: "" }, carryOver: ZERO_FUNDING, other: ZERO_FUNDING }, weight: STANDARD_EXECUTION_WEIGHT.toFixed() },
    overallGoal: { expected: "", achieved: "" },
    indicators: [blankSelfIndicator("成本指标")],
  };
}

function initialValues(project: StoredProject | null, defaultSupervisor: string): ProjectEditorValues {
  const supervisor = project?.supervisor ?? defaultSupervisor;
  return {
    mode: project && project.detail === null ? "reported" : "detail",
    name: project?.name ?? "",
    supervisor,
    reportedScore: project?.reportedScore ?? "",
    executed: project?.executed ?? "",
    detail: initialDetail(project, supervisor),
  };
}

export function ProjectEditor(props: {
  reportId: string;
  baseVersion: number;
  project: StoredProject | null;
  defaultSupervisor: string;
  onSaved: (version: number, name: string) => void;
  /** Saved with problems still to fix: the editor stays open on the stored draft. */
  onDraftSaved: (version: number, name: string, problems: readonly FieldIssue[]) => void;
  onCancel: () => void;
}) {
  // A new project has its id once its first draft is stored; later saves replace that draft.
  const [id, setId] = useState(props.project?.id);
  const [saved, setSaved] = useState<string | null>(null);
  const schema = useMemo(() => projectEditorSchema(id), [id]);
  const { form, fieldError, issues, refusal, busy, submitWith } = useCheckedForm(schema, initialValues(props.project, props.defaultSupervisor));
  const part = form as unknown as FormPart;
  const values = form.watch();
  const draft = values.mode === "detail" ? selfEvaluationDraftSchema.safeParse(values.detail) : null;
  const result = draft?.success ? evaluateProject(draft.data) : null;
  const shownIssues = [...issues, ...Object.entries(refusal?.fields ?? {}).map(([path, message]) => ({ path, message }))];

  const submit = submitWith(
    (v) => saveProject({ reportId: props.reportId, baseVersion: props.baseVersion, project: projectEntryOf(v, id) }),
    (res, v) => {
      if (res.data.issues.length === 0) return props.onSaved(res.data.version, v.name.trim());
      setId(res.data.projectId);
      setSaved(draftStatus(res.data.issues.length));
      props.onDraftSaved(res.data.version, v.name.trim(), res.data.issues);
    },
    { saveInvalid: true },
  );

  return (
    <EditorFrame
      testIds={{ editor: "project-editor", error: "project-editor-error", issues: "project-editor-issues" }}
      titleId="project-editor-title"
      title={props.project ? `编辑项目：${props.project.name}` : "新增项目"}
      state={{ refusal, issues, busy }}
      saveLabel="保存项目"
      drafts={{ saved }}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="project-name" label="项目名称" error={fieldError("name")}>
          <Input id="project-name" aria-invalid={!!fieldError("name")} {...form.register("name")} />
        </Field>
        <Field id="project-supervisor" label="主管部门" error={fieldError("supervisor")}>
          <Input id="project-supervisor" aria-invalid={!!fieldError("supervisor")} {...form.register("supervisor")} />
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">自评方式</legend>
        <label className="mr-6 inline-flex items-center gap-2 text-sm">
          <input type="radio" value="detail" {...form.register("mode")} />
          在本系统填写绩效自评表（得分由系统计算）
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="radio" value="reported" {...form.register("mode")} />
          只填报自评得分（自评表另行编制）
        </label>
      </fieldset>

      {values.mode === "reported" ? (
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="project-reported-score" label="自评得分" error={fieldError("reportedScore")} hint="0 到 100，最多两位小数">
            <Input id="project-reported-score" inputMode="decimal" aria-invalid={!!fieldError("reportedScore")} {...form.register("reportedScore")} />
          </Field>
          <Field id="project-executed" label="全年执行数（万元）" error={fieldError("executed")} hint="用于核对绩效自评是否覆盖公开05表项目支出">
            <Input id="project-executed" inputMode="decimal" aria-invalid={!!fieldError("executed")} {...form.register("executed")} />
          </Field>
        </div>
      ) : (
        result && (
          <>
            <ExecutionTable form={part} result={result} error={fieldError} issues={shownIssues} />
            <div className="grid gap-4 md:grid-cols-2">
              <TextareaField id="goal-expected" label="年度总体目标：预期目标" error={fieldError("detail.overallGoal.expected")} rows={3} {...form.register("detail.overallGoal.expected")} />
              <TextareaField id="goal-achieved" label="年度总体目标：目标实际完成情况" error={fieldError("detail.overallGoal.achieved")} rows={3} {...form.register("detail.overallGoal.achieved")} />
            </div>
            <SelfIndicatorTable form={part} indicators={values.detail.indicators} result={result} error={fieldError} />
          </>
        )
      )}
    </EditorFrame>
  );
}
