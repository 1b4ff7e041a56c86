"use client";
/**
 * Keyboard movement and block paste (from Excel / WPS) inside the editor grid. A block whose rows
 * start with subject codes lands by its codes (components/grid/paste.ts, planCodedPaste); any
 * other block fills from the focused cell. The last paste can be undone (Ctrl+Z, or the button
 * beside its notice) until a cell is typed in again.
 */
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from "react";
import { moveFocus } from "@/components/grid/amount-cell";
import { parseClipboardBlock, planCodedPaste, planPaste, type PasteColumn } from "@/components/grid/paste";
import { parseYuan } from "@/lib/money";
import { formatCellAddress, parseCellAddress } from "@/lib/tables/inputs";
import type { CodedTableKey } from "@/lib/tables/types";

export type Notice = { tone: "error" | "success" | "warning"; text: string } | null;

/** The open table when it is one of 项 rows: what a block copied with its codes needs to land. */
export interface CodedGrid {
  readonly table: CodedTableKey;
  readonly columns: readonly PasteColumn[];
  isItem(code: string): boolean;
  /** Whether the table shows the row already (so an undo knows which rows the paste added). */
  hasRow(code: string): boolean;
  addRow(table: CodedTableKey, code: string): void;
  removeRow(table: CodedTableKey, code: string): void;
}

const fenOrUndefined = (text: string) => {
  const parsed = parseYuan(text, { allowNegative: true });
  return parsed.ok ? parsed.fen : undefined;
};

/** A single value goes into the input as usual; a block is the grid's. */
const isBlock = (text: string) => /[\t\n]/.test(text.replace(/\r?\n$/, ""));

/** What the last paste changed: each cell's text before it, and the 项 rows it added. */
interface PasteUndo {
  readonly cells: ReadonlyMap<string, string>;
  readonly rows: readonly { table: CodedTableKey; code: string }[];
}

/** Keys that change a cell's text: typing after a paste makes Ctrl+Z the input's own undo again. */
const editsText = (e: KeyboardEvent<HTMLInputElement>) => !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || e.key === "Backspace" || e.key === "Delete");

export function useGridKeys(
  gridRef: RefObject<HTMLDivElement | null>,
  cells: { textOf: (address: string) => string; setCellText: (address: string, text: string) => void },
  setNotice: (notice: Notice) => void,
  coded: CodedGrid | null = null,
) {
  const { textOf, setCellText } = cells;
  const [undo, setUndo] = useState<PasteUndo | null>(null);
  // Read at paste time only: as a dependency it would re-create every cell's handlers on each keystroke.
  const textOfNow = useRef(textOf);
  useEffect(() => {
    textOfNow.current = textOf;
  });

  /** Puts back what the last paste replaced and removes the rows it added. */
  const undoPaste = useCallback(() => {
    if (!undo) return;
    for (const [address, text] of undo.cells) setCellText(address, text);
    for (const row of undo.rows) coded?.removeRow(row.table, row.code);
    setUndo(null);
    setNotice({ tone: "success", text: `已撤销上一次粘贴（${undo.cells.size} 个单元格${undo.rows.length ? `，${undo.rows.length} 个新增的科目行` : ""}）。` });
  }, [undo, setCellText, coded, setNotice]);

  // Ctrl+Z right after a paste undoes it, from a grid cell, the subject box or nowhere in particular.
  useEffect(() => {
    if (!undo) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z" || e.shiftKey) return;
      const target = e.target as HTMLElement;
      const inEditor = target === document.body || target.dataset?.cell !== undefined || target.getAttribute?.("role") === "combobox";
      if (!inEditor) return;
      e.preventDefault();
      undoPaste();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, undoPaste]);

  /** Sets the cells of a paste, remembering what they held so it can be undone. */
  const applyPaste = useCallback(
    (writes: readonly { address: string; text: string }[], rows: PasteUndo["rows"]) => {
      const before = new Map<string, string>();
      for (const { address } of writes) if (!before.has(address)) before.set(address, textOfNow.current(address));
      for (const { address, text } of writes) setCellText(address, text);
      setUndo({ cells: before, rows });
    },
    [setCellText],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
      // Setting null again when nothing is pending changes nothing, so this needs no dependency on it.
      if (editsText(e)) setUndo(null);
      // Ctrl+Delete in a 项 row removes the row: Tab moves between amounts only, so the 删除
      // buttons are out of the Tab order and this is their keyboard way.
      if (coded && (e.ctrlKey || e.metaKey) && e.key === "Delete" && !e.currentTarget.readOnly) {
        const address = parseCellAddress(e.currentTarget.dataset.cell ?? "");
        if (address && address.table === coded.table && /^\d{7}$/.test(address.row)) {
          e.preventDefault();
          coded.removeRow(coded.table, address.row);
          setNotice({ tone: "success", text: `已删除 ${address.row} 行（保存后生效）。` });
          return;
        }
      }
      if (gridRef.current) moveFocus(gridRef.current, e, r, c);
    },
    [gridRef, coded, setNotice],
  );

  /** Pastes a block (true when it was taken); `rowsOnly`: only a block of coded rows belongs here. */
  const pasteBlock = useCallback(
    (text: string, r: number, c: number, rowsOnly: boolean): boolean => {
      const block = parseClipboardBlock(text);
      const byCode = coded ? planCodedPaste(block, coded.columns, coded.isItem, fenOrUndefined) : ({ kind: "cells" } as const);
      if (byCode.kind === "error") {
        setNotice({ tone: "error", text: byCode.message });
        return true;
      }
      if (byCode.kind === "rows" && coded) {
        const added = byCode.rows.filter((row) => !coded.hasRow(row.code)).map((row) => ({ table: coded.table, code: row.code }));
        for (const row of byCode.rows) coded.addRow(coded.table, row.code);
        const writes = byCode.rows.flatMap((row) => row.cells.map((cell) => ({ address: formatCellAddress({ table: coded.table, row: row.code, column: cell.column }), text: cell.text })));
        applyPaste(writes, added);
        const bad = writes.filter((w) => !parseYuan(w.text).ok).length;
        const parts = [`已按科目编码粘贴 ${byCode.rows.length} 行`];
        if (byCode.skipped) parts.push(`跳过 ${byCode.skipped} 个合计、类、款行（由系统汇总）`);
        if (bad) parts.push(`其中 ${bad} 个不是有效金额，已标红`);
        if (byCode.mismatches.length) parts.push(`${byCode.mismatches.join("、")} 粘贴的合计与各列之和不符，请核对`);
        setNotice({ tone: bad || byCode.mismatches.length ? "warning" : "success", text: `${parts.join("；")}。` });
        return true;
      }
      if (rowsOnly) {
        setNotice({ tone: "error", text: "这里只能粘贴以 7 位科目编码开头的整行（可带科目名称和合计列）；只有金额的区域请粘贴到表格的单元格中。" });
        return true;
      }
      const root = gridRef.current;
      if (!root) return true;
      const inputsInGrid = [...root.querySelectorAll<HTMLInputElement>("input[data-grid-r]")].filter((i) => !i.readOnly);
      const rows = Math.max(0, ...inputsInGrid.map((i) => Number(i.dataset.gridR))) + 1;
      const cols = Math.max(0, ...inputsInGrid.map((i) => Number(i.dataset.gridC))) + 1;
      const plan = planPaste(block, r, c, rows, cols);
      if (!plan.ok) {
        setNotice({ tone: "error", text: plan.message! });
        return true;
      }
      const writes = plan.cells.flatMap(([pr, pc, text]) => {
        const address = root.querySelector<HTMLInputElement>(`input[data-grid-r="${pr}"][data-grid-c="${pc}"]`)?.dataset.cell;
        return address ? [{ address, text }] : [];
      });
      applyPaste(writes, []);
      const bad = writes.filter((w) => !parseYuan(w.text).ok).length;
      setNotice(
        bad
          ? { tone: "warning", text: `已粘贴 ${plan.cells.length} 个单元格，其中 ${bad} 个不是有效金额，已标红，请修改后再保存。` }
          : { tone: "success", text: `已粘贴 ${plan.cells.length} 个单元格。` },
      );
      return true;
    },
    [gridRef, setNotice, coded, applyPaste],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
      const text = e.clipboardData.getData("text/plain");
      if (!isBlock(text)) return;
      e.preventDefault();
      pasteBlock(text, r, c, false);
    },
    [pasteBlock],
  );

  /** The subject box of a coded table: a pasted block of coded rows adds and fills those rows. */
  const onPasteRows = useCallback(
    (e: ClipboardEvent<HTMLInputElement>) => {
      const text = e.clipboardData.getData("text/plain");
      if (!isBlock(text)) return;
      e.preventDefault();
      pasteBlock(text, 0, 0, true);
    },
    [pasteBlock],
  );

  return { onKeyDown, onPaste, onPasteRows, undoPaste, canUndo: undo !== null };
}
