"use client";
import { memo, type ClipboardEvent, type KeyboardEvent } from "react";
import { DisclosureTable } from "@/components/disclosure/disclosure-table";
import { headerRows } from "@/components/disclosure/header-rows";
import { AmountCell } from "@/components/grid/amount-cell";
import { formatYuan, type Fen } from "@/lib/money";
import { AMOUNT_COLUMN, FIXED_INPUT_ROWS, formatCellAddress, type ReportInputs } from "@/lib/tables/inputs";
import type { DerivedCell, DerivedReport } from "@/lib/tables/report";
import type { CodedTableKey, ReportTemplate, TableKey } from "@/lib/tables/types";
import { SubjectPicker } from "./subject-picker";
import type { SubjectOption } from "./workspace";

/** Stable across renders, so memoized rows re-render only when their own values change. */
export interface GridHandlers {
  onText(address: string, text: string): void;
  onCommit(address: string): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>, r: number, c: number): void;
  onPaste(e: ClipboardEvent<HTMLInputElement>, r: number, c: number): void;
}

export interface GridApi {
  textOf(address: string): string;
  errors: Record<string, string>;
  comments: Record<string, string>;
  handlers: GridHandlers;
  readOnly: boolean;
}

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
              <button type="button" className="text-xs text-slate-500 hover:text-seal" onClick={() => p.onRemove(p.table, p.code)} aria-label={`删除 ${p.code} 行`}>
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

interface EditorProps {
  table: TableKey;
  template: ReportTemplate;
  derived: DerivedReport;
  inputs: ReportInputs;
  grid: GridApi;
  extraRows: string[];
  subjects: SubjectOption[];
  names: ReadonlyMap<string, string>;
  year: number;
  onAddRow(table: CodedTableKey, code: string): void;
  onRemoveRow(table: CodedTableKey, code: string): void;
}

const yuanText = (fen: Fen | null | undefined) => (fen ? formatYuan(fen) : "");

function Derived({ cell, testId }: { cell: DerivedCell | undefined; testId?: string }) {
  return (
    <td className="bg-slate-50 px-2 text-right tabular-nums text-slate-700" data-derived={testId}>
      {yuanText(cell?.fen)}
    </td>
  );
}

function Cell({ grid, address, label, r, c }: { grid: GridApi; address: string; label: string; r: number; c: number }) {
  return (
    <AmountCell
      address={address}
      label={label}
      text={grid.textOf(address)}
      error={grid.errors[address]}
      comment={grid.comments[address]}
      readOnly={grid.readOnly}
      gridRow={r}
      gridCol={c}
      onText={grid.handlers.onText}
      onCommit={grid.handlers.onCommit}
      onKeyDown={grid.handlers.onKeyDown}
      onPaste={grid.handlers.onPaste}
    />
  );
}

export function TableEditor(props: EditorProps) {
  const spec = props.template.tables[props.table];
  switch (spec.kind) {
    case "coded":
      return <CodedEditor key={spec.key} {...props} table={spec.key} />;
    case "fixed":
      return <FixedEditor {...props} />;
    case "economic":
      return <EconomicEditor {...props} />;
    case "single":
      return <ThreePublicEditor {...props} />;
  }
}

function CodedEditor(props: EditorProps & { table: CodedTableKey }) {
  const { table, template, derived, inputs, grid } = props;
  const spec = template.tables[table];
  const derivedTable = derived.tables[table];
  const byKey = new Map(derivedTable.rows.map((r) => [r.key, r]));
  const items = [...new Set([...Object.keys(inputs[spec.inputGroup]), ...props.extraRows])].sort();
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
      <table className="disclosure-table w-max min-w-full" data-testid={`editor-${table}`}>
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
            {spec.columns.map((c, i) => <Derived key={c.key} cell={total?.cells[i]} testId={`${table}:合计:${c.key}`} />)}
            {!grid.readOnly && <td />}
          </tr>
          {lines.map((line) => {
            const row = byKey.get(line.code);
            const name = nameOf(line.code);
            const isItem = line.level === "item";
            if (isItem) itemIndex++;
            const cells: RowCell[] = spec.columns.map((c, i) => {
              if (!isItem || c.source.kind !== "input") return { kind: "derived", key: c.key, text: yuanText(row?.cells[i]?.fen) };
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
      {!grid.readOnly && (
        <SubjectPicker
          subjects={props.subjects}
          year={props.year}
          existing={items}
          allowedClasses={template.categories.map((c) => c.code)}
          onPick={(code) => props.onAddRow(table, code)}
        />
      )}
    </>
  );
}

function FixedEditor(props: EditorProps) {
  const { grid, derived } = props;
  const table = props.table as "t01" | "t04";
  const rows = Object.entries(FIXED_INPUT_ROWS[table]);
  return (
    <>
      <table className="disclosure-table mb-6 max-w-2xl" data-testid={`editor-${table}`}>
        <thead>
          <tr>
            <th>填写项目</th>
            <th className="w-48">金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([row, label], r) => (
            <tr key={row} data-row-key={row}>
              <td>{label}</td>
              <Cell grid={grid} address={formatCellAddress({ table, row, column: AMOUNT_COLUMN })} label={label} r={r} c={0} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-2 text-xs text-slate-500">
        {table === "t01"
          ? "公开01表其余各行由公开02、03、04表自动生成："
          : "公开04表支出各栏由公开05、07、08表自动生成，年末结转和结余 = 年初 + 收入 − 支出："}
      </p>
      <DisclosureTable table={derived.tables[table]} unitName="（预览）" />
    </>
  );
}

function EconomicEditor(props: EditorProps) {
  const { grid, derived, template } = props;
  const spec = template.tables.t06;
  const t06 = derived.tables.t06;
  const byCode = new Map(t06.blocks.flatMap((b) => b.rows).map((r) => [r.code, r]));
  let r = -1;
  return (
    <table className="disclosure-table max-w-3xl" data-testid="editor-t06">
      <thead>
        <tr>
          <th className="w-24">科目编码</th>
          <th>科目名称</th>
          <th className="w-48">金额（元）</th>
        </tr>
      </thead>
      <tbody>
        {spec.classes.map((cls) => (
          <FragmentRows key={cls.code}>
            <tr className="font-medium" data-row-key={cls.code}>
              <td className="font-mono text-xs">{cls.code}</td>
              <td>{cls.name}（{cls.group === "personnel" ? "人员经费" : "公用经费"}）</td>
              <Derived cell={byCode.get(cls.code)?.cell} testId={`t06:${cls.code}`} />
            </tr>
            {cls.items.map((item) => {
              r++;
              return (
                <tr key={item.code} data-row-key={item.code}>
                  <td className="font-mono text-xs">{item.code}</td>
                  <td className="pl-6">{item.name}</td>
                  <Cell grid={grid} address={formatCellAddress({ table: "t06", row: item.code, column: AMOUNT_COLUMN })} label={`${item.code} ${item.name}`} r={r} c={0} />
                </tr>
              );
            })}
          </FragmentRows>
        ))}
        <tr className="font-medium">
          <td colSpan={2} className="text-center">{t06.personnelTotal.label}</td>
          <Derived cell={t06.personnelTotal.cell} testId="t06:personnelTotal" />
        </tr>
        <tr className="font-medium">
          <td colSpan={2} className="text-center">{t06.publicTotal.label}</td>
          <Derived cell={t06.publicTotal.cell} testId="t06:publicTotal" />
        </tr>
      </tbody>
    </table>
  );
}

function ThreePublicEditor(props: EditorProps) {
  const { grid, derived, template } = props;
  const spec = template.tables.t09;
  const t09 = derived.tables.t09;
  const groups = [
    { row: "budget", label: "预算数（全年）" },
    { row: "actual", label: "决算数" },
  ] as const;
  const sample = spec.columns.filter((c) => c.key.startsWith("budget."));
  const headers = headerRows(sample.map((c) => ({ header: c.header.slice(1) })));
  return (
    <table className="disclosure-table w-max min-w-full" data-testid="editor-t09">
      <thead>
        {headers.map((row, i) => (
          <tr key={i}>
            {i === 0 && <th rowSpan={headers.length} />}
            {row.map((h) => <th key={h.key} colSpan={h.colSpan} rowSpan={h.rowSpan}>{h.label}</th>)}
          </tr>
        ))}
      </thead>
      <tbody>
        {groups.map((g, r) => {
          let c = -1;
          return (
            <tr key={g.row} data-row-key={g.row}>
              <th className="text-left">{g.label}</th>
              {spec.columns.map((col, i) => {
                if (!col.key.startsWith(`${g.row}.`)) return null;
                if (col.source.kind !== "input") return <Derived key={col.key} cell={t09.cells[i]} testId={`t09:${col.key}`} />;
                c++;
                const field = col.key.slice(g.row.length + 1);
                return <Cell key={col.key} grid={grid} address={formatCellAddress({ table: "t09", row: g.row, column: field })} label={`${g.label} ${col.title}`} r={r} c={c} />;
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function FragmentRows({ children }: { children: React.ReactNode }) {
  return <>{children}</>;
}
