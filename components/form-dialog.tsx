"use client";
import type { FormEventHandler, ReactNode } from "react";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";
import { Dialog } from "./ui/dialog";

/**
 * A dialog holding one form: the action's error above the fields, then 取消/关闭 and the submit
 * button. Every admin dialog is one of these, so they look and behave alike.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  trigger,
  onSubmit,
  error,
  submitLabel = "保存",
  busy = false,
  cancelLabel = "取消",
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  trigger: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  error?: string | null;
  submitLabel?: string;
  busy?: boolean;
  /** null: no cancel button (a one-field dialog closes with ✕ or Escape). */
  cancelLabel?: string | null;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description} trigger={trigger}>
            {/* The schemas check the fields, in Chinese; the browser's own bubbles would not. */}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error && <Alert tone="error">{error}</Alert>}
        {children}
        <div className="flex justify-end gap-2">
          {cancelLabel !== null && (
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              {cancelLabel}
            </Button>
          )}
          <Button type="submit" disabled={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The trigger of a create-or-edit dialog: a small 编辑 in a row, or the page's 新增… button. */
export function editOrAddTrigger(editing: boolean, addLabel: string): ReactNode {
  return editing ? (
    <Button variant="ghost" size="sm">
      编辑
    </Button>
  ) : (
    <Button>{addLabel}</Button>
  );
}
