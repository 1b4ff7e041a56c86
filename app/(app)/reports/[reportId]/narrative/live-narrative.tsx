"use client";
import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { NarrativePart } from "@/components/disclosure/narrative-part";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { generateNarrative, type ReasonRun } from "@/lib/narrative";
import { resolveFacts } from "@/lib/narrative/facts-form";
import type { PerformanceFigures } from "@/lib/performance/figures";
import type { DerivedReport } from "@/lib/tables/report";
import type { ReportTemplate } from "@/lib/tables/types";
import { editorPath, fromEditor, type EditorPath, type EditorValues } from "./editor-values";
import { errorAt, useBind } from "./form-controls";

interface Props {
  template: ReportTemplate;
  derived: DerivedReport;
  year: number;
  unitName: string;
  level: "unit" | "department";
  editable: boolean;
  performance: PerformanceFigures | null;
}

const reasonPath = (key: string) => `form.reasons.${key}` as EditorPath;

/**
 * The 情况说明 generated from the form as it stands, on every change. Staff write the reasons
 * straight into the text: each one is a box where the sentence needs it.
 */
export function LiveNarrative({ template, derived, year, unitName, level, editable, performance }: Props) {
  const { control, getValues, setFocus, formState } = useFormContext<EditorValues>();
  const bind = useBind();
  const watched = useWatch({ control });
  const { result, invalid } = useMemo(() => {
    const stored = fromEditor(getValues());
    const resolved = resolveFacts(stored.form, stored.settings, year);
    return {
      result: generateNarrative({ template, unitName, year, derived, facts: resolved.facts, settings: resolved.settings, performance, level }),
      invalid: resolved.invalid,
    };
    // `watched` changes on every edit; getValues reads the same values fully typed.
  }, [watched, getValues, template, unitName, year, derived, performance, level]);

  const missing = result.requiredReasons.filter((r) => !r.filled);
  const boxed = new Set<string>();

  const renderReason = (run: ReasonRun, label: string) => {
    // A key can recur in one text; only its first place gets the box.
    if (boxed.has(run.key)) return run.text ?? "";
    boxed.add(run.key);
    const path = reasonPath(run.key);
    const error = errorAt(formState.errors, path);
    return (
      <span className="inline">
        <input
          type="text"
          autoComplete="off"
          data-reason={run.key}
          aria-label={`主要原因：${label}`}
          aria-invalid={error ? true : undefined}
          title={label}
          placeholder="此处需填写主要原因"
          className={cn(
            "mx-1 my-0.5 inline-block w-full max-w-xl rounded border px-2 py-0.5 font-sans text-sm indent-0 focus:outline-none focus:ring-2",
            run.text === null ? "border-amber-400 bg-amber-100 focus:ring-amber-300" : "border-slate-300 bg-white focus:ring-brand-100",
            error && "border-seal",
          )}
          {...bind(path)}
        />
        {error && (
          <span role="alert" className="block text-xs text-seal">
            {error}
          </span>
        )}
      </span>
    );
  };

  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="narrative-status">
        {missing.length === 0 ? (
          <p className="text-sm text-emerald-700">需要说明的主要原因已全部填写。</p>
        ) : (
          <>
            <p className="text-sm font-medium text-amber-800">还需填写 {missing.length} 处主要原因：</p>
            <ul className="mt-1 space-y-0.5 text-sm" data-testid="missing-reasons">
              {missing.map((r) => (
                <li key={r.key} className="flex items-center justify-between gap-2">
                  <span>{r.label}</span>
                  {editable && (
                    <Button variant="ghost" size="sm" onClick={() => setFocus(reasonPath(r.key))}>
                      去填写
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {(result.problems.length > 0 || invalid) && (
          <>
            <p className="mt-3 text-sm font-medium text-amber-800">需要补充或核对的事实：</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm" data-testid="narrative-problems">
              {invalid && <li>表单中有需要修改的内容：{invalid}</li>}
              {result.problems.map((p, i) => (
                <li key={i}>
                  {editable && p.field ? (
                    <button type="button" className="text-left underline decoration-dotted" onClick={() => setFocus(editorPath(["form", ...p.field!.split(".")], getValues()) as EditorPath)}>
                      {p.message}
                    </button>
                  ) : (
                    p.message
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="rounded-lg bg-white p-6 shadow-sm" data-testid="live-narrative">
        <NarrativePart
          title={`第三部分 ${year}年度${level === "department" ? "部门" : "单位"}决算情况说明`}
          year={year}
          sections={result.sections}
          requiredReasons={result.requiredReasons}
          renderReason={editable ? renderReason : undefined}
          markNumbers
        />
      </div>
    </div>
  );
}
