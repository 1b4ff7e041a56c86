"use client";
/** Keyboard movement and block paste (from Excel / WPS) inside the editor grid. */
import { useCallback, type ClipboardEvent, type KeyboardEvent, type RefObject } from "react";
import { moveFocus } from "@/components/grid/amount-cell";
import { parseClipboardBlock, planPaste } from "@/components/grid/paste";
import { parseYuan } from "@/lib/money";

export type Notice = { tone: "error" | "success" | "warning"; text: string } | null;

export function useGridKeys(
  gridRef: RefObject<HTMLDivElement | null>,
  setCellText: (address: string, text: string) => void,
  setNotice: (notice: Notice) => void,
) {
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
      if (gridRef.current) moveFocus(gridRef.current, e, r, c);
    },
    [gridRef],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
      const text = e.clipboardData.getData("text/plain");
      if (!/[\t\n]/.test(text.replace(/\r?\n$/, ""))) return; // a single value: let the input take it
      e.preventDefault();
      const root = gridRef.current;
      if (!root) return;
      const inputsInGrid = [...root.querySelectorAll<HTMLInputElement>("input[data-grid-r]")].filter((i) => !i.readOnly);
      const rows = Math.max(0, ...inputsInGrid.map((i) => Number(i.dataset.gridR))) + 1;
      const cols = Math.max(0, ...inputsInGrid.map((i) => Number(i.dataset.gridC))) + 1;
      const plan = planPaste(parseClipboardBlock(text), r, c, rows, cols);
      if (!plan.ok) {
        setNotice({ tone: "error", text: plan.message! });
        return;
      }
      let bad = 0;
      for (const [pr, pc, value] of plan.cells) {
        const target = root.querySelector<HTMLInputElement>(`input[data-grid-r="${pr}"][data-grid-c="${pc}"]`);
        if (!target?.dataset.cell) continue;
        setCellText(target.dataset.cell, value);
        if (!parseYuan(value).ok) bad++;
      }
      setNotice(
        bad
          ? { tone: "warning", text: `已粘贴 ${plan.cells.length} 个单元格，其中 ${bad} 个不是有效金额，已标红，请修改后再保存。` }
          : { tone: "success", text: `已粘贴 ${plan.cells.length} 个单元格。` },
      );
    },
    [gridRef, setCellText, setNotice],
  );

  return { onKeyDown, onPaste };
}
