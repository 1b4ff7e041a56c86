import { Label } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { Textarea } from "./input";

/** Label + control + error text, wired for screen readers. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <Label.Root htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </Label.Root>
      {children}
      {hint && !error && <p className="text-xs text-slate-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-seal">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled multi-line text box: the Field around a Textarea, for prose a form asks for. */
export function TextareaField({ id, label, error, ...textarea }: { id: string; label: string; error?: string } & ComponentProps<typeof Textarea>) {
  return (
    <Field id={id} label={label} error={error}>
      <Textarea id={id} aria-invalid={!!error} {...textarea} />
    </Field>
  );
}
