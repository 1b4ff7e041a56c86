"use client";
/**
 * What the two 绩效 editors share: a react-hook-form whose resolver is the save's own check
 * (lib/validation/performance/project-entry.ts), re-checked on every change once a save was tried,
 * with each problem beside its field and listed; and the frame around the form.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState, type ReactNode } from "react";
import { get, useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/errors";
import { refusalText, type FieldIssue } from "@/lib/performance/field-issues";
import { IssueList } from "./indicator-fields";

type Refusal = { message: string; fields: Record<string, string> };

const LEAF_KEYS = new Set(["message", "type", "types", "ref"]);

/** The form's errors as field issues, in field order; an array's own error ("root") is the array's. */
function issuesOf(errors: FieldErrors, prefix = ""): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (LEAF_KEYS.has(key) || typeof value !== "object" || value === null) continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string") issues.push({ path, message });
    issues.push(...issuesOf(value as FieldErrors, path));
  }
  return issues;
}

export function useCheckedForm<V extends FieldValues>(schema: z.ZodType<V, V>, defaultValues: V) {
  const form = useForm<V>({ resolver: zodResolver(schema) as unknown as Resolver<V>, defaultValues: defaultValues as DefaultValues<V>, shouldFocusError: false });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const { isSubmitted, errors } = form.formState;

  // Once a save was tried, every change re-checks the whole form, as the save would.
  useEffect(() => {
    if (!isSubmitted) return;
    const subscription = form.watch(() => void form.trigger());
    return () => subscription.unsubscribe();
  }, [form, isSubmitted]);

  const issues = issuesOf(errors);
  const fieldError = (path: string): string | undefined => {
    const own: { message?: unknown } | undefined = get(errors, path) ?? get(errors, `${path}.root`);
    return (typeof own?.message === "string" ? own.message : undefined) ?? refusal?.fields[path];
  };

  /**
   * Checks, then saves; a refusal (the form's or the server's) shows above the form. With
   * `saveInvalid`, a form that fails its check is saved all the same (the server keeps it as a
   * draft) and its problems stay listed.
   */
  function submitWith<T>(
    save: (values: V) => Promise<ActionResult<T>>,
    saved: (result: Extract<ActionResult<T>, { ok: true }>, values: V) => void,
    options: { saveInvalid?: boolean } = {},
  ) {
    const run = async (values: V) => {
      setRefusal(null);
      setBusy(true);
      const res = await save(values);
      setBusy(false);
      if (!res.ok) setRefusal({ message: res.message, fields: res.fieldErrors ?? {} });
      else saved(res as Extract<ActionResult<T>, { ok: true }>, values);
    };
    return form.handleSubmit(run, (invalid) => (options.saveInvalid ? run(form.getValues()) : setRefusal({ message: refusalText(issuesOf(invalid)), fields: {} })));
  }

  return { form, fieldError, issues, refusal, busy, submitWith };
}

/** What an editor says beside its buttons once a draft is stored. */
export function draftStatus(problems: number): string {
  const time = new Date().toLocaleTimeString("zh-CN", { hour12: false, hour: "2-digit", minute: "2-digit" });
  return `${time} 已保存为草稿，还有 ${problems} 处问题`;
}

/** The editor's frame: its title, the refusal, the form, the list of problems and the buttons. */
export function EditorFrame(props: {
  /** The editor's, its refusal's and its problem list's test ids. */
  testIds: { editor: string; error: string; issues: string };
  titleId: string;
  title: string;
  intro?: ReactNode;
  /** The save's state: the refusal shown above the form, the problems listed below, whether it runs. */
  state: { refusal: Refusal | null; issues: readonly FieldIssue[]; busy: boolean };
  saveLabel: string;
  /**
   * An editor that keeps drafts: its problem list says they block submission, not saving, and
   * `saved` says beside the buttons that a draft is stored (the page's notice may be out of view).
   */
  drafts?: { saved: string | null };
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.titleId} className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm" data-testid={props.testIds.editor}>
      <h2 id={props.titleId} className={props.intro ? "mb-1 text-lg font-semibold" : "mb-4 text-lg font-semibold"}>{props.title}</h2>
      {props.intro}
      <form
        noValidate
        className={props.intro ? "space-y-8" : "space-y-6"}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        {props.state.refusal && (
          <div data-testid={props.testIds.error}>
            <Alert tone="error">{props.state.refusal.message}</Alert>
          </div>
        )}
        {props.children}
        <IssueList title={props.drafts ? "提交前需处理以下问题（已填写的内容可以先保存为草稿）" : "请先处理以下问题"} issues={props.state.issues.map((i) => i.message)} testId={props.testIds.issues} />
        <div className="flex items-center justify-end gap-2">
          {props.drafts?.saved && (
            <p role="status" className="mr-auto text-sm text-amber-800" data-testid="editor-draft-status">
              {props.drafts.saved}
            </p>
          )}
          <Button variant="secondary" onClick={props.onCancel}>取消</Button>
          <Button type="submit" disabled={props.state.busy}>{props.saveLabel}</Button>
        </div>
      </form>
    </section>
  );
}
