"use client";
/**
 * The pieces both 绩效 editors' indicator tables are made of: the 年度指标值 inputs, the cells of
 * an indicator row, an error line and the list of problems.
 */
import { useRef } from "react";
import { useWatch, type Control, type FieldValues, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { OPERATORS } from "@/lib/performance/scoring";
import type { SelfEvaluationForm } from "@/lib/validation/performance/self-evaluation";

type TargetForm = SelfEvaluationForm["indicators"][number]["target"];

/** The part of a form the shared pieces use, whatever the form's values. */
export interface FormPart {
  register: UseFormRegister<FieldValues>;
  setValue: UseFormSetValue<FieldValues>;
  control: Control<FieldValues>;
}

export const BLANK_TARGET: TargetForm = { kind: "quantitative", operator: "≥", value: "", unit: "" };

export const cellInput = "h-8 px-2";

/** The last cell of an editable row: its delete button. */
export function RemoveCell({ label, disabled, onRemove }: { label?: string; disabled?: boolean; onRemove: () => void }) {
  return (
    <td className="whitespace-nowrap py-1">
      <Button variant="ghost" size="sm" aria-label={label} disabled={disabled} onClick={onRemove}>
        删除
      </Button>
    </td>
  );
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

/**
 * 年度指标值: 定量 (operator, number, unit) or 定性 (the expected text, e.g. 优, 是). Switching kind
 * swaps the whole target (the form holds exactly one kind, as the save takes it) and keeps what was
 * typed for the other kind, so switching back loses nothing.
 */
function TargetInputs({ form, path, label, error }: { form: FormPart; path: string; label: string; error: (path: string) => string | undefined }) {
  const target = useWatch({ control: form.control, name: path }) as TargetForm | undefined;
  const typed = useRef<Partial<Record<TargetForm["kind"], TargetForm>>>({});
  const kind = target?.kind ?? "quantitative";
  const message = error(`${path}.operator`) ?? error(`${path}.value`) ?? error(`${path}.unit`) ?? error(`${path}.expected`) ?? error(path);
  function switchTo(next: TargetForm["kind"]) {
    if (target) typed.current[target.kind] = target;
    const restored = typed.current[next] ?? (next === "quantitative" ? BLANK_TARGET : { kind: "qualitative", expected: "" });
    form.setValue(path, restored, { shouldDirty: true });
  }
  return (
    <div className="space-y-1">
      <div className="flex gap-1">
        <Select aria-label={`${label} 指标值类型`} className={cn(cellInput, "w-20!")} value={kind} onChange={(e) => switchTo(e.target.value as TargetForm["kind"])}>
          <option value="quantitative">定量</option>
          <option value="qualitative">定性</option>
        </Select>
        {kind === "quantitative" ? (
          <>
            <Select aria-label={`${label} 比较符号`} className={cn(cellInput, "w-16!")} aria-invalid={!!error(`${path}.operator`)} {...form.register(`${path}.operator`)}>
              {OPERATORS.map((op) => (
                <option key={op} value={op}>{op}</option>
              ))}
            </Select>
            <Input aria-label={`${label} 年度指标值`} inputMode="decimal" className={cn(cellInput, "w-24!")} aria-invalid={!!error(`${path}.value`)} {...form.register(`${path}.value`)} />
            <Input aria-label={`${label} 计量单位`} placeholder="单位" className={cn(cellInput, "w-20!")} aria-invalid={!!error(`${path}.unit`)} {...form.register(`${path}.unit`)} />
          </>
        ) : (
          <Input aria-label={`${label} 年度指标值`} placeholder="如：优、是" className={cn(cellInput, "w-40!")} aria-invalid={!!error(`${path}.expected`)} {...form.register(`${path}.expected`)} />
        )}
      </div>
      <FieldError message={message} />
    </div>
  );
}

/** An input cell of an indicator row with its error below. */
function TextCell({ form, path, label, width, error, list, decimal }: { form: FormPart; path: string; label: string; width: string; error: (path: string) => string | undefined; list?: string; decimal?: boolean }) {
  return (
    <td className="py-1 pr-1">
      <Input aria-label={label} list={list} inputMode={decimal ? "decimal" : undefined} className={cn(cellInput, width)} aria-invalid={!!error(path)} {...form.register(path)} />
      <FieldError message={error(path)} />
    </td>
  );
}

/**
 * The cells from 二级指标 to 分值 of indicator `path`: 二级, 三级 (and 四级) 指标, 年度指标值, the
 * actual value with the target's unit, and 分值.
 */
export function IndicatorCells(props: {
  form: FormPart;
  path: string;
  label: string;
  error: (path: string) => string | undefined;
  /** The key evaluation's rows have a 四级指标 and call the actual 完成值. */
  variant: "self" | "key";
}) {
  const { form, path, label, error } = props;
  const key = props.variant === "key";
  const target = useWatch({ control: form.control, name: `${path}.target` }) as TargetForm | undefined;
  const unit = target?.kind === "quantitative" ? target.unit : "";
  const actual = key ? "完成值" : "实际完成值";
  return (
    <>
      <TextCell form={form} path={`${path}.level2`} label={`${label} 二级指标`} width="w-32!" error={error} list={key ? undefined : "level2-options"} />
      <TextCell form={form} path={`${path}.level3`} label={`${label} 三级指标`} width={key ? "w-32!" : "w-40!"} error={error} />
      {key && <TextCell form={form} path={`${path}.level4`} label={`${label} 四级指标`} width="w-32!" error={error} />}
      <td className="py-1 pr-1">
        <TargetInputs form={form} path={`${path}.target`} label={label} error={error} />
      </td>
      <td className="py-1 pr-1">
        <div className="flex items-center gap-1">
          <Input aria-label={`${label} ${actual}`} className={cn(cellInput, "w-24!")} aria-invalid={!!error(`${path}.actual`)} {...form.register(`${path}.actual`)} />
          {unit && <span className="text-xs text-slate-500">{unit}</span>}
        </div>
        <FieldError message={error(`${path}.actual`) ?? error(`${path}.actualUnit`)} />
      </td>
      <TextCell form={form} path={`${path}.weight`} label={`${label} 分值`} width="w-16!" error={error} decimal />
    </>
  );
}
