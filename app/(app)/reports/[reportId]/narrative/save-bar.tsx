"use client";
/** The save button of a report-part editor, with its unsaved-changes note. */
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export function SaveBar({ label, isDirty, disabled, className }: { label: string; isDirty: boolean; disabled: boolean; className?: string }) {
  return (
    <div className={cn("flex items-center justify-end gap-3", className)}>
      {isDirty && <span className="text-sm text-amber-700">有尚未保存的修改</span>}
      <Button type="submit" disabled={disabled}>
        {label}
      </Button>
    </div>
  );
}
