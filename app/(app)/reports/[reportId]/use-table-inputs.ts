"use client";
/**
 * The editor's working copy of the inputs: what each cell shows while typed (drafts), which
 * cells hold an invalid amount, which tables have unsaved changes, and the 项 rows added but
 * not yet filled.
 */
import { useCallback, useState } from "react";
import { formatYuan, parseYuan } from "@/lib/money";
import { parseCellAddress, readInputCell, withInputCell, type ReportInputs } from "@/lib/tables/inputs";
import type { CodedTableKey, ReportTemplate, TableKey } from "@/lib/tables/types";

const withoutPrefix = (record: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith(prefix)));

/** The tables of 功能分类 项 that the same 项 rows run through: income, spending, 一般公共预算 spending. */
const SAME_ROWS: readonly CodedTableKey[] = ["t02", "t03", "t05"];

export function useTableInputs(template: ReportTemplate, initial: ReportInputs) {
  const [inputs, setInputs] = useState<ReportInputs>(initial);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState<Set<TableKey>>(new Set());
  const [extraRows, setExtraRows] = useState<Partial<Record<CodedTableKey, string[]>>>({});

  const textOf = useCallback(
    (address: string) => {
      if (address in drafts) return drafts[address];
      const a = parseCellAddress(address);
      const fen = a ? readInputCell(inputs, a) : undefined;
      return fen === undefined ? "" : formatYuan(fen);
    },
    [drafts, inputs],
  );

  const setCellText = useCallback((address: string, text: string) => {
    const a = parseCellAddress(address);
    if (!a) return;
    const parsed = parseYuan(text);
    setDrafts((d) => ({ ...d, [address]: text }));
    setErrors((errs) => {
      const next = { ...errs };
      if (parsed.ok) delete next[address];
      else next[address] = parsed.message;
      return next;
    });
    if (parsed.ok) setInputs((cur) => withInputCell(cur, a, parsed.fen === null || parsed.fen === 0n ? undefined : parsed.fen));
    setDirty((d) => (d.has(a.table) ? d : new Set(d).add(a.table)));
  }, []);

  const commitCell = useCallback((address: string) => {
    // A valid entry shows in the standard format once the cell is left; an invalid one stays as typed.
    setDrafts((d) => {
      if (!(address in d) || !parseYuan(d[address]).ok) return d;
      const next = { ...d };
      delete next[address];
      return next;
    });
  }, []);

  // A 项 is entered once: added to 公开02, 03 or 05, it is offered in all three (an empty row is not saved).
  const addRow = useCallback((table: CodedTableKey, code: string) => {
    const family: readonly CodedTableKey[] = (SAME_ROWS as readonly string[]).includes(table) ? SAME_ROWS : [table];
    setExtraRows((x) => {
      const next = { ...x };
      for (const t of family) next[t] = [...new Set([...(x[t] ?? []), code])];
      return next;
    });
    setDirty((d) => new Set(d).add(table));
  }, []);

  const removeRow = useCallback(
    (table: CodedTableKey, code: string) => {
      setInputs((cur) => {
        let next = cur;
        for (const column of template.tables[table].columns) {
          if (column.source.kind === "input") next = withInputCell(next, { table, row: code, column: column.key }, undefined);
        }
        return next;
      });
      const prefix = `${table}:${code}:`;
      setDrafts((d) => withoutPrefix(d, prefix));
      setErrors((d) => withoutPrefix(d, prefix));
      setExtraRows((x) => ({ ...x, [table]: (x[table] ?? []).filter((c) => c !== code) }));
      setDirty((d) => new Set(d).add(table));
    },
    [template],
  );

  const markSaved = useCallback((table: TableKey) => {
    setDirty((d) => {
      const next = new Set(d);
      next.delete(table);
      return next;
    });
  }, []);

  return { inputs, errors, dirty, extraRows, textOf, setCellText, commitCell, addRow, removeRow, markSaved };
}
