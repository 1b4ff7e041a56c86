import type { SelectHTMLAttributes } from "react";
import { Field } from "./field";
import { LabelOptions, Select } from "./input";

/** A labelled select over a value → label table, e.g. 单位性质 from UNIT_KIND_LABELS. */
export function LabelSelectField({
  id,
  label,
  error,
  hint,
  labels,
  ...select
}: { id: string; label: string; error?: string; hint?: string; labels: Readonly<Record<string, string>> } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Select id={id} {...select}>
        <LabelOptions labels={labels} />
      </Select>
    </Field>
  );
}
