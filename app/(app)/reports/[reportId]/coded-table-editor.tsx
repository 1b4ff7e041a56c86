"use client";
/** The editor of the coded tables 公开02/03/05/07/08: one row per 项, with its 类 and 款 sums. */
import { memo } from "react";
import { headerRows } from "@/lib/disclosure/header-rows";
import { AmountCell } from "@/components/grid/amount-cell";
import { amountText, useAmountUnit } from "@/components/grid/amount-unit";
import { formatCellAddress } from "@/lib/tables/inputs";
import type { CodedTableKey } from "@/lib/tables/types";
import { codedRowCodes, DerivedAmount, type EditorProps, type GridHandlers } from "./table-editor-cells";

type RowCell =
  | { kind: "derived"; key: string; text: string }
  | { kind: "input"; key: string; address: string; text: string; error?: string; comment?: string; label: string; c: number };

interface EditorRowProps {
  table: CodedTableKey;
  code: string;
  name: string;
  level: "class" | "section" | "item";
  r: number;
  cells: RowCell[];
  /** Everything the row shows, as one string: the memo compares this instead of the cells. */
  signature: string;
  readOnly: boolean;
  handlers: GridHandlers;
  onRemove(table: CodedTableKey, code: string): void;
}

const EditorRow = memo(
  function EditorRow(p: EditorRowProps) {
    const isItem = p.level === "item";
    return (
      <tr data-row-key={p.code} className={p.level === "class" ? "font-medium" : undefined}>
        <td className="font-mono text-xs">{p.code}</td>
        <td className={isItem ? "min-w-56 pl-6" : "min-w-56"}>{p.name}</td>
        {p.cells.map((cell) =>
          cell.kind === "derived" ? (
            <td key={cell.key} className="bg-slate-50 px-2 text-right tabular-nums text-slate-700" data-derived={`${p.table}:${p.code}:${cell.key}`}>
              {cell.text}
            </td>
          ) : (
            <AmountCell
              key={cell.key}
              address={cell.address}
              label={cell.label}
              text={cell.text}
              error={cell.error}
              comment={cell.comment}
              readOnly={p.readOnly}
              gridRow={p.r}
              gridCol={cell.c}
              onText={p.handlers.onText}
              onCommit={p.handlers.onCommit}
              onKeyDown={p.handlers.onKeyDown}
              onPaste={p.handlers.onPaste}
            />
          ),
        )}
        {!p.readOnly && (
          <td className="text-center">
            {isItem && (
              <button
                type="button"
                tabIndex={-1}
                title="删除该行（或在该行的金额格中按 Ctrl+Delete）"
                className="text-xs text-slate-500 hover:text-seal"
                onClick={() => p.onRemove(p.table, p.code)}
                aria-label={`删除 ${p.code} 行`}
              >
                删除
              </button>
            )}
          </td>
        )}
      </tr>
    );
  },
  (a, b) => a.signature === b.signature && a.r === b.r && a.name === b.name && a.readOnly === b.readOnly && a.handlers === b.handlers && a.onRemove === b.onRemove,
);

export function CodedEditor(props: EditorProps & { table: CodedTableKey }) {
  const { table, template, derived, inputs, grid } = props;
  const unit = useAmountUnit();
  const spec = template.tables[table];
  const derivedTable = derived.tables[table];
  const byKey = new Map(derivedTable.rows.map((r) => [r.key, r]));
  const items = codedRowCodes(inputs, spec, props.extraRows);
  const inputColumns = spec.columns.filter((c) => c.source.kind === "input");
  const headers = headerRows(spec.columns);

  // 类 and 款 rows come from the 项 codes; the engine derives their sums.
  const lines: { code: string; level: "class" | "section" | "item" }[] = [];
  const placed = new Set<string>();
  for (const code of items) {
    const cls = code.slice(0, 3);
    const sec = code.slice(0, 5);
    if (!placed.has(cls)) lines.push({ code: cls, level: "class" }), placed.add(cls);
    if (!placed.has(sec)) lines.push({ code: sec, level: "section" }), placed.add(sec);
    lines.push({ code, level: "item" });
  }
  const nameOf = (code: string) => byKey.get(code)?.name ?? props.names.get(code) ?? "";
  const total = byKey.get("合计");
  let itemIndex = -1;

  return (
    <>
      <table className="disclosure-table coded-grid w-max min-w-full" data-testid={`editor-${table}`}>
        <thead>
          {headers.map((row, i) => (
            <tr key={i}>
              {i === 0 && (
                <>
                  <th rowSpan={headers.length}>科目编码</th>
                  <th rowSpan={headers.length}>科目名称</th>
                </>
              )}
              {row.map((h) => (
                <th key={h.key} colSpan={h.colSpan} rowSpan={h.rowSpan}>{h.label}</th>
              ))}
              {i === 0 && !grid.readOnly && <th rowSpan={headers.length} className="w-12" />}
            </tr>
          ))}
        </thead>
        <tbody>
          <tr className="font-medium" data-row-key="合计">
            <td colSpan={2} className="text-center">合计</td>
            {spec.columns.map((c, i) => <DerivedAmount key={c.key} cell={total?.cells[i]} testId={`${table}:合计:${c.key}`} />)}
            {!grid.readOnly && <td />}
          </tr>
          {lines.map((line) => {
            const row = byKey.get(line.code);
            const name = nameOf(line.code);
            const isItem = line.level === "item";
            if (isItem) itemIndex++;
            const cells: RowCell[] = spec.columns.map((c, i) => {
              if (!isItem || c.source.kind !== "input") return { kind: "derived", key: c.key, text: amountText(row?.cells[i]?.fen, unit) };
              const address = formatCellAddress({ table, row: line.code, column: c.key });
              return { kind: "input", key: c.key, address, text: grid.textOf(address), error: grid.errors[address], comment: grid.comments[address], label: `${line.code} ${name} ${c.title}`, c: inputColumns.indexOf(c) };
            });
            return (
              <EditorRow
                key={line.code}
                table={table}
                code={line.code}
                name={name}
                level={line.level}
                r={itemIndex}
                cells={cells}
                signature={cells.map((c) => (c.kind === "input" ? `${c.text}\u0001${c.error ?? ""}\u0001${c.comment ?? ""}` : c.text)).join("\u0002")}
                readOnly={grid.readOnly}
                handlers={grid.handlers}
                onRemove={props.onRemoveRow}
              />
            );
          })}
          {lines.length === 0 && (
            <tr>
              <td colSpan={spec.columns.length + 3} className="py-6 text-center text-slate-500">
                尚未添加科目。{grid.readOnly ? "" : "在下方输入科目编码或名称添加项级科目。"}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
