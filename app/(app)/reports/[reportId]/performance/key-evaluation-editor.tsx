"use client";
/**
 * Writes or edits the 重点绩效评价报告 of one project, scored as it is typed. The form's values are
 * the report's own form type (lib/validation/performance/project-entry.ts: its prose by position),
 * checked by the save's own check; name, 主管部门 and year follow the project and the report.
 */
import { useMemo, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { saveKeyEvaluation } from "@/lib/actions/performance";
import { keyEvaluationFormFor, type StoredKeyEvaluation, type StoredProject } from "@/lib/performance/document";
import type { FieldIssue } from "@/lib/performance/field-issues";
import { evaluateProject } from "@/lib/performance/evaluation";
import { evaluateKeyEvaluation } from "@/lib/performance/key-evaluation";
import { KEY_TEXT_KEYS, keyTextSlots } from "@/lib/performance/key-evaluation-outline";
import { keyEvaluationDraftSchema } from "@/lib/validation/performance/key-evaluation";
import { keyEditorSchema, keyEditorValues, keyFormOf, type KeyEditorValues } from "@/lib/validation/performance/project-entry";
import { draftSelfEvaluation } from "@/lib/validation/performance/self-evaluation";
import { EditableRows, TextField } from "./editable-rows";
import { draftStatus, EditorFrame, useCheckedForm } from "./editor-form";
import type { FormPart } from "./indicator-fields";
import { KeyAnnualGoal } from "./key-annual-goal";
import { KeyIndicatorTable, blankKeyIndicator } from "./key-indicator-table";

const EVALUATOR_COLUMNS = { name: "姓名", position: "单位及职务", responsibility: "负责评价内容" } as const;

function initialValues(project: StoredProject, stored: StoredKeyEvaluation | null, year: number): KeyEditorValues {
  if (stored) return keyEditorValues({ ...keyEvaluationFormFor(stored, project), year: String(year) });
  // A new report starts from what the project already states about its money.
  const execution = project.detail ? evaluateProject(draftSelfEvaluation(project.detail)).execution.total : null;
  const budget = execution ? execution.full.toFixed() : "";
  return {
    projectName: project.name,
    year: String(year),
    supervisor: project.supervisor,
    budget,
    executed: execution ? execution.executed.toFixed() : (project.executed ?? ""),
    fundingSource: "",
    executionRow: { level1: "过程", level2: "资金管理", level3: "预算执行率", level4: "预算资金执行率", weight: "10" },
    indicators: [blankKeyIndicator("产出")],
    annualGoal: { projectCategory: "", implementer: "", fundsTotal: budget, fiscalFunds: budget, basis: "", goal: "", indicators: [], otherNotes: "" },
    evaluators: [],
    sectionTexts: KEY_TEXT_KEYS.map(() => ""),
  };
}

export function KeyEvaluationEditor(props: {
  reportId: string;
  baseVersion: number;
  year: number;
  project: StoredProject;
  stored: StoredKeyEvaluation | null;
  onSaved: (version: number) => void;
  /** Saved with problems still to fix: the editor stays open on the stored draft. */
  onDraftSaved: (version: number, problems: readonly FieldIssue[]) => void;
  onCancel: () => void;
}) {
  const { project, year } = props;
  const schema = useMemo(() => keyEditorSchema(project, year), [project, year]);
  const { form, fieldError, issues, refusal, busy, submitWith } = useCheckedForm(schema, initialValues(project, props.stored, year));
  const [saved, setSaved] = useState<string | null>(null);
  const part = form as unknown as FormPart;
  const evaluators = useFieldArray({ control: form.control, name: "evaluators" });
  const values = form.watch();
  const draft = keyEvaluationDraftSchema.safeParse(keyFormOf(values));
  const result = draft.success ? evaluateKeyEvaluation(draft.data) : null;

  const submit = submitWith(
    (v) => saveKeyEvaluation({ reportId: props.reportId, baseVersion: props.baseVersion, projectId: project.id, form: keyFormOf(v) }),
    (res) => {
      if (res.data.issues.length === 0) return props.onSaved(res.data.version);
      setSaved(draftStatus(res.data.issues.length));
      props.onDraftSaved(res.data.version, res.data.issues);
    },
    { saveInvalid: true },
  );

  return (
    <EditorFrame
      testIds={{ editor: "key-evaluation-editor", error: "key-editor-error", issues: "key-editor-issues" }}
      titleId="key-editor-title"
      title={`重点绩效评价报告：${project.name}`}
      intro={<p className="mb-4 text-sm text-slate-500">主管部门：{project.supervisor}；评价年度：{year}。项目名称和主管部门随项目列表。</p>}
      state={{ refusal, issues, busy }}
      saveLabel="保存重点绩效评价报告"
      drafts={{ saved }}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">项目预算安排和支出（万元）</legend>
        <TextField form={part} path="budget" label="项目预算资金" error={fieldError} />
        <TextField form={part} path="executed" label="本年度支出" error={fieldError} />
        <TextField form={part} path="fundingSource" label="资金来源" error={fieldError} />
      </fieldset>

      <KeyAnnualGoal form={part} year={year} error={fieldError} />

      {result && <KeyIndicatorTable form={part} indicators={values.indicators} result={result} error={fieldError} />}

      <fieldset>
        <legend className="mb-2 text-sm font-semibold">评价人员组成</legend>
        <EditableRows form={part} rows={evaluators} path="evaluators" rowLabel="评价人员" columns={EVALUATOR_COLUMNS} error={fieldError} />
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => evaluators.append({ name: "", position: "", responsibility: "" })}>
          添加评价人员
        </Button>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold">报告正文</legend>
        {keyTextSlots(year).map((slot) => {
          const n = KEY_TEXT_KEYS.indexOf(slot.key);
          return (
            <Field key={slot.key} id={`key-section-${n}`} label={slot.heading} error={fieldError(`sections.${slot.key}`)} hint={slot.hasTable ? "此节另有表格，正文可不填" : undefined}>
              <Textarea id={`key-section-${n}`} rows={3} {...form.register(`sectionTexts.${n}`)} />
            </Field>
          );
        })}
      </fieldset>
    </EditorFrame>
  );
}
