"use client";
import { memo, type ClipboardEvent, type KeyboardEvent } from "react";
import { cn } from "@/lib/cn";
import { inputText, useAmountUnit } from "./amount-unit";

export interface AmountCellProps {
  address: string;
  label: string;
  text: string;
  error?: string;
  /** Review comments on this cell, shown as a marker and tooltip. */
  comment?: string;
  readOnly?: boolean;
  gridRow: number;
  gridCol: number;
  onText(address: string, text: string): void;
  onCommit(address: string): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>, r: number, c: number): void;
  onPaste(e: ClipboardEvent<HTMLInputElement>, r: number, c: number): void;
}

/** One input cell of a grid: plain text while typing, checked on every keystroke. */
export const AmountCell = memo(function AmountCell(p: AmountCellProps) {
  const unit = useAmountUnit();
  // Entry is in 元: shown in 万元, a cell can be read, not typed into.
  const readOnly = p.readOnly || unit === "wan";
  return (
    <td className={cn("relative p-0", p.error && "bg-red-50", p.comment && "bg-amber-50")} data-commented={p.comment ? "true" : undefined}>
      {p.comment && <span aria-hidden className="pointer-events-none absolute right-0 top-0 h-0 w-0 border-l-[8px] border-t-[8px] border-l-transparent border-t-amber-500" />}
      <input
        data-cell={p.address}
        data-grid-r={p.gridRow}
        data-grid-c={p.gridCol}
        aria-label={p.label}
        aria-invalid={p.error ? true : undefined}
        title={p.error ?? (p.comment ? `审核意见：${p.comment}` : undefined)}
        inputMode="decimal"
        autoComplete="off"
        readOnly={readOnly}
        value={inputText(p.text, unit)}
        onChange={(e) => p.onText(p.address, e.target.value)}
        onBlur={() => p.onCommit(p.address)}
        onKeyDown={(e) => p.onKeyDown(e, p.gridRow, p.gridCol)}
        onPaste={(e) => p.onPaste(e, p.gridRow, p.gridCol)}
        className={cn(
          "block h-8 w-full min-w-28 bg-transparent px-2 text-right tabular-nums outline-none focus:bg-brand-50 focus:ring-2 focus:ring-inset focus:ring-brand-600",
          p.error && "text-seal ring-1 ring-inset ring-seal",
          readOnly && "cursor-default text-slate-700",
        )}
      />
    </td>
  );
});

/** Moves focus like a spreadsheet: arrows, Enter (down), Shift+Enter (up). */
export function moveFocus(container: HTMLElement, e: KeyboardEvent<HTMLInputElement>, r: number, c: number) {
  const input = e.currentTarget;
  let dr = 0;
  let dc = 0;
  if (e.key === "ArrowDown" || (e.key === "Enter" && !e.shiftKey)) dr = 1;
  else if (e.key === "ArrowUp" || (e.key === "Enter" && e.shiftKey)) dr = -1;
  else if (e.key === "ArrowRight" && input.selectionStart === input.value.length) dc = 1;
  else if (e.key === "ArrowLeft" && input.selectionEnd === 0) dc = -1;
  else return;
  const next = container.querySelector<HTMLInputElement>(`input[data-grid-r="${r + dr}"][data-grid-c="${c + dc}"]`);
  if (next) {
    e.preventDefault();
    next.focus();
    next.select();
  } else if (e.key === "Enter") {
    e.preventDefault();
  }
}
