"use client";
/** Text inputs laid out as the 重点绩效评价报告's plain tables (年度绩效指标, 评价人员): one input per cell. */
import type { ReactNode } from "react";
import type { FieldArrayWithId, UseFieldArrayReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FieldError, RemoveCell, cellInput, type FormPart } from "./indicator-fields";

/** A labelled one-line field of the key-evaluation editor. */
export function TextField({ form, path, label, error }: { form: FormPart; path: string; label: string; error: (path: string) => string | undefined }) {
  return (
    <div>
      <Field id={`key-${path}`} label={label} error={error(path)}>
        <Input id={`key-${path}`} aria-invalid={!!error(path)} {...form.register(path)} />
      </Field>
    </div>
  );
}

export function EditableRows({ form, rows, path, rowLabel, columns, error }: {
  form: FormPart;
  rows: Pick<UseFieldArrayReturn, "remove"> & { fields: FieldArrayWithId[] };
  path: string;
  /** "评价人员": cells are labelled "评价人员第2行 姓名". */
  rowLabel: string;
  /** Field → column heading, in column order. */
  columns: Readonly<Record<string, string>>;
  error: (path: string) => string | undefined;
}) {
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-slate-600">
        <tr>
          {Object.values(columns).map((heading) => (
            <th key={heading} className="pr-1">{heading}</th>
          ))}
          <th></th>
        </tr>
      </thead>
      <tbody>
        {rows.fields.map((field, i) => (
          <tr key={field.id} className="align-top">
            {Object.entries(columns).map(([key, heading]) => {
              const cell = `${path}.${i}.${key}`;
              return (
                <td key={key} className="py-1 pr-1">
                  <Input aria-label={`${rowLabel}第${i + 1}行 ${heading}`} className={cellInput} aria-invalid={!!error(cell)} {...form.register(cell)} />
                  <FieldError message={error(cell)} />
                </td>
              );
            })}
            <RemoveCell onRemove={() => rows.remove(i)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An indicator table's frame: the scrolling box, its header row (with a column for the delete button) and the rows. */
export function IndicatorTable({ testId, headers, children }: { testId: string; headers: readonly string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid={testId}>
        <thead className="text-left text-slate-600">
          <tr>
            {headers.map((h, i) => (
              <th key={h} className={i === 0 ? "py-1 pr-1" : "pr-1"}>{h}</th>
            ))}
            <th></th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
