"use client";
/** The facts editor's controls: a text box, a group, a group's message, each bound to the form. */
import type { ReactNode } from "react";
import { get, useFormContext, type FieldError } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Leaf, type LeafKind } from "@/lib/validation/facts/leaves";
import type { EditorPath, EditorValues } from "./editor-values";

type Kind = "amount" | "count" | "text" | "score";

const INPUT_MODE: Record<Kind, "decimal" | "numeric" | "text"> = { amount: "decimal", count: "numeric", text: "text", score: "decimal" };

/** The message on `name` among the form's errors. */
export function errorAt(errors: unknown, name: string): string | undefined {
  return (get(errors, name) as FieldError | undefined)?.message;
}

export function useError(name: string): string | undefined {
  return errorAt(useFormContext<EditorValues>().formState.errors, name);
}

const fieldId = (name: string) => `f-${name}`;

/**
 * register() plus the stored value as the element's default, so the server-rendered page shows
 * the saved facts before the script takes over.
 */
export function useBind() {
  const { register, formState } = useFormContext<EditorValues>();
  return (name: EditorPath) => ({ ...register(name), defaultValue: get(formState.defaultValues, name) as string | undefined });
}

/** One text box bound to the form, with its label and its message. */
export function TextField({ name, label, kind = "text", hint, area }: { name: EditorPath; label: string; kind?: Kind; hint?: string; area?: boolean }) {
  const bind = useBind();
  const error = useError(name);
  const id = fieldId(name);
  const shown = kind === "amount" ? `${label}（元）` : label;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined, ...bind(name) };
  return (
    <Field id={id} label={shown} error={error} hint={hint}>
      {area ? <Textarea rows={3} {...common} /> : <Input inputMode={INPUT_MODE[kind]} autoComplete="off" {...common} />}
    </Field>
  );
}

export function GroupError({ name }: { name: string }) {
  const error = useError(`${name}.root`);
  return error ? (
    <p role="alert" className="text-sm text-seal">
      {error}
    </p>
  ) : null;
}

export function Group({ title, hint, actions, children }: { title: string; hint?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        {hint && <p className="text-sm text-slate-500">{hint}</p>}
        {actions}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

export const Wide = ({ children }: { children: ReactNode }) => <div className="sm:col-span-2">{children}</div>;

const BOX_KIND: Partial<Record<LeafKind, Kind>> = { amount: "amount", count: "count", percent: "score", text: "text" };

type Leaves = { readonly [key: string]: Leaf<unknown> | Leaves };

/**
 * A group of the facts definition (lib/validation/facts/definition.ts), each leaf as its text box
 * under the definition's own label, in its order; `hints` and `wide` by the leaf's key.
 */
export function DefinedFields({ path, leaves, hints = {}, wide = [] }: { path: string; leaves: Leaves; hints?: Record<string, string>; wide?: readonly string[] }) {
  return Object.entries(leaves).map(([key, node]) => {
    const name = `${path}.${key}`;
    if (!(node instanceof Leaf)) return <DefinedFields key={key} path={name} leaves={node} hints={hints} wide={wide} />;
    const box = <TextField key={key} name={name as EditorPath} label={node.label} kind={BOX_KIND[node.kind] ?? "text"} hint={hints[key]} />;
    return wide.includes(key) ? <Wide key={key}>{box}</Wide> : box;
  });
}
