"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Input, Select } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { SelfEvaluationForm } from "@/lib/validation/performance/self-evaluation";
import { OPERATORS, type Operator } from "@/lib/performance/scoring";

/** A 年度指标值 while it is edited: both kinds' fields, so switching kind loses nothing typed. */
export interface TargetEditor {
  kind: "quantitative" | "qualitative";
  operator: Operator;
  value: string;
  unit: string;
  expected: string;
}

type TargetForm = SelfEvaluationForm["indicators"][number]["target"];

export function targetEditorFrom(target: TargetForm | undefined): TargetEditor {
  if (!target) return { kind: "quantitative", operator: "≥", value: "", unit: "", expected: "" };
  return target.kind === "quantitative"
    ? { kind: "quantitative", operator: target.operator, value: target.value ?? "", unit: target.unit, expected: "" }
    : { kind: "qualitative", operator: "≥", value: "", unit: "", expected: target.expected };
}

export function targetForm(t: TargetEditor): TargetForm {
  return t.kind === "quantitative" ? { kind: "quantitative", operator: t.operator, value: t.value, unit: t.unit } : { kind: "qualitative", expected: t.expected };
}

export function FieldError({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-0.5 text-xs text-seal">
      {message}
    </p>
  );
}

export function IssueList({ title, issues, testId }: { title: string; issues: readonly string[]; testId: string }) {
  if (issues.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Alert tone="error" title={title}>
        <ul className="list-disc pl-5">
          {issues.slice(0, 12).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
          {issues.length > 12 && <li>另有 {issues.length - 12} 处问题</li>}
        </ul>
      </Alert>
    </div>
  );
}

export const cellInput = "h-8 px-2";

/** 年度指标值: 定量 (operator, number, unit) or 定性 (the expected text, e.g. 优, 是). */
export function TargetInputs(props: {
  label: string;
  kind: TargetEditor["kind"];
  disabled?: boolean;
  fields: { kind: UseFormRegisterReturn; operator: UseFormRegisterReturn; value: UseFormRegisterReturn; unit: UseFormRegisterReturn; expected: UseFormRegisterReturn };
  errors: { value?: string; unit?: string; expected?: string; operator?: string };
}) {
  const { label, kind, fields, errors } = props;
  return (
    <div className="space-y-1">
      <div className="flex gap-1">
        <Select aria-label={`${label} 指标值类型`} className={cn(cellInput, "w-20!")} disabled={props.disabled} {...fields.kind}>
          <option value="quantitative">定量</option>
          <option value="qualitative">定性</option>
        </Select>
        {kind === "quantitative" ? (
          <>
            <Select aria-label={`${label} 比较符号`} className={cn(cellInput, "w-16!")} disabled={props.disabled} aria-invalid={!!errors.operator} {...fields.operator}>
              {OPERATORS.map((op) => (
                <option key={op} value={op}>{op}</option>
              ))}
            </Select>
            <Input aria-label={`${label} 年度指标值`} inputMode="decimal" className={cn(cellInput, "w-24!")} disabled={props.disabled} aria-invalid={!!errors.value} {...fields.value} />
            <Input aria-label={`${label} 计量单位`} placeholder="单位" className={cn(cellInput, "w-20!")} disabled={props.disabled} aria-invalid={!!errors.unit} {...fields.unit} />
          </>
        ) : (
          <Input aria-label={`${label} 年度指标值`} placeholder="如：优、是" className={cn(cellInput, "w-40!")} disabled={props.disabled} aria-invalid={!!errors.expected} {...fields.expected} />
        )}
      </div>
      <FieldError message={errors.operator ?? errors.value ?? errors.unit ?? errors.expected} />
    </div>
  );
}
