"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/errors";

/**
 * The life of a form in a dialog that saves through a server action: open/close, the
 * action's Chinese message, its field errors on the right inputs, and a refresh on success.
 */
export function useActionDialog<T extends FieldValues>(
  form: UseFormReturn<T>,
  { resetOnSuccess, save }: { resetOnSuccess: boolean; save: (values: T) => Promise<{ ok: true } | Extract<ActionResult, { ok: false }>> },
) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();

  async function submit(values: T): Promise<void> {
    setError(null);
    const res = await save(values);
    if (!res.ok) {
      setError(res.message);
      for (const [k, v] of Object.entries(res.fieldErrors ?? {})) form.setError(k as Path<T>, { message: v });
      return;
    }
    setOpen(false);
    if (resetOnSuccess) form.reset();
    router.refresh();
  }

  const onOpenChange = (o: boolean) => {
    setOpen(o);
    setError(null);
  };
  // Exactly the props FormDialog takes besides its title and trigger.
  return { open, onOpenChange, error, onSubmit: form.handleSubmit(submit), busy: form.formState.isSubmitting };
}

type SaveResult = Promise<{ ok: true } | Extract<ActionResult, { ok: false }>>;

/** A dialog that creates a record, or edits `record` when there is one (then the form is not reset). */
export function useRecordDialog<T extends FieldValues>(
  form: UseFormReturn<T>,
  record: { id: string } | null | undefined,
  save: { create: (values: T) => SaveResult; update: (values: T & { id: string }) => SaveResult },
) {
  return useActionDialog(form, { resetOnSuccess: !record, save: (values) => (record ? save.update({ ...values, id: record.id }) : save.create(values)) });
}
