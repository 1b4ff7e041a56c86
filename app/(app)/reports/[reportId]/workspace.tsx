"use client";
/**
 * The table editor page: tabs, the active table's editor, saving one table at a time, and the
 * rule list beside it. Cell state lives in use-table-inputs.ts, saving in use-table-save.ts,
 * grid keys in use-grid-keys.ts.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AmountUnitContext, type AmountUnit } from "@/components/grid/amount-unit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CheckMessage, CheckPart } from "@/lib/rules/messages";
import type { CheckSummary } from "@/lib/rules/report-check";
import { inputsFromTables } from "@/lib/reports/table-data";
import { deriveReport } from "@/lib/tables/derive";
import { getTemplate } from "@/lib/tables/templates";
import { CODED_TABLE_KEYS, TABLE_KEYS, type CodedTableKey, type TableKey } from "@/lib/tables/types";
import { CommentsPanel, ChangesPanel, type ChangeView, type CommentView } from "./review-panels";
import { RuleList } from "./rule-list";
import { SubjectPicker, type SubjectOption } from "./subject-picker";
import { codedRowCodes } from "./table-editor-cells";
import { TableEditor, type GridApi } from "./table-editors";
import { TableTabs } from "./table-tabs";
import { useGridKeys, type CodedGrid, type Notice } from "./use-grid-keys";
import { useLeaveGuard } from "./use-leave-guard";
import { useTableInputs } from "./use-table-inputs";
import { useTableSave } from "./use-table-save";

export type { SubjectOption } from "./subject-picker";

interface Props {
  reportId: string;
  comments: CommentView[];
  canComment: boolean;
  explanations: Record<string, string>;
  changes: ChangeView[] | null;
  changesLabel: string;
  year: number;
  templateId: string;
  editable: boolean;
  stored: Record<string, unknown>;
  versions: Partial<Record<TableKey, number>>;
  names: [string, string][];
  subjects: SubjectOption[];
  /** Every check of the report (lib/rules/report-check.ts), not only the tables'. */
  initialCheck: CheckSummary;
}

/** Where a check of another part is fixed. */
const PART_PAGES: Record<Exclude<CheckPart, "tables">, string> = { narrative: "narrative", overview: "overview", performance: "performance" };

export function ReportWorkspace(props: Props) {
  const template = getTemplate(props.templateId)!;
  const names = useMemo(() => new Map(props.names), [props.names]);
  const initial = useMemo(
    () => inputsFromTables(Object.entries(props.stored).map(([tableKey, data]) => ({ tableKey, data }))),
    [props.stored],
  );

  const { inputs, errors, dirty, extraRows, textOf, setCellText, commitCell, addRow, removeRow, markSaved } = useTableInputs(
    template,
    initial,
  );
  const [active, setActive] = useState<TableKey>("t02");
  const [notice, setNotice] = useState<Notice>(null);
  // Reviewers think in 万元; entry stays in 元.
  const [unit, setUnit] = useState<AmountUnit>(props.editable ? "yuan" : "wan");
  const router = useRouter();
  const { check, pending, save, saveAll, runFullCheck } = useTableSave({
    reportId: props.reportId,
    template,
    inputs,
    errors,
    dirty,
    initialVersions: props.versions,
    initialCheck: props.initialCheck,
    markSaved,
    setNotice,
  });
  const [focusTarget, setFocusTarget] = useState<{ cell: string | null; rowKey: string | null; table: TableKey } | null>(null);
  const [selectedCell, setSelectedCell] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const cellComments = useMemo(() => {
    const byCell: Record<string, string> = {};
    for (const c of props.comments) if (c.cell) byCell[c.cell] = byCell[c.cell] ? `${byCell[c.cell]}；${c.body}` : c.body;
    return byCell;
  }, [props.comments]);

  const derived = useMemo(() => deriveReport(template, names, inputs), [template, names, inputs]);
  const messages = check.messages;
  const errorCount = messages.filter((m) => m.severity === "error").length;
  const warningCount = messages.length - errorCount;
  const failingTables = useMemo(
    () => new Set(messages.flatMap((m) => (m.severity === "error" && m.part === "tables" && m.table ? [m.table] : []))),
    [messages],
  );

  useLeaveGuard(dirty.size > 0);

  // Ctrl+S (⌘S) saves, as in a spreadsheet, instead of the browser saving the page: the open table,
  // or every changed table at once when there are several.
  const saveShortcut = useRef<() => void>(() => undefined);
  saveShortcut.current = () => {
    if (!props.editable || pending) return;
    if (dirty.size > 1) saveAll();
    else if (dirty.has(active)) save(active);
    else setNotice({ tone: "success", text: `${template.tables[active].number}没有未保存的修改。` });
  };
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        saveShortcut.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // After jumping to a rule's table, focus its cell (or scroll to its row).
  useEffect(() => {
    if (!focusTarget || focusTarget.table !== active) return;
    const root = gridRef.current;
    const el = focusTarget.cell
      ? root?.querySelector<HTMLInputElement>(`[data-cell="${focusTarget.cell}"]`)
      : root?.querySelector<HTMLElement>(`[data-row-key="${focusTarget.rowKey}"]`);
    if (el) {
      el.scrollIntoView({ block: "center" });
      if (el instanceof HTMLInputElement) {
        el.focus();
        el.select();
      }
      el.classList.add("rule-flash");
    }
    setFocusTarget(null);
  }, [focusTarget, active]);

  const codedActive = (CODED_TABLE_KEYS as readonly string[]).includes(active) ? (active as CodedTableKey) : null;
  // The 项 rows the open table shows, read by a paste (which rows it adds) without re-creating the grid's handlers.
  const shownRows = useRef<readonly string[]>([]);
  const codedGrid = useMemo<CodedGrid | null>(() => {
    if (!codedActive) return null;
    const classes = new Set(template.categories.map((c) => c.code));
    return {
      table: codedActive,
      columns: template.tables[codedActive].columns.map((c) => ({ key: c.key, title: c.title, input: c.source.kind === "input" })),
      isItem: (code) => code.length === 7 && names.has(code) && classes.has(code.slice(0, 3)),
      hasRow: (code) => shownRows.current.includes(code),
      addRow,
      removeRow,
    };
  }, [codedActive, template, names, addRow, removeRow]);
  const { onKeyDown, onPaste, onPasteRows, undoPaste, canUndo } = useGridKeys(gridRef, { textOf, setCellText }, setNotice, codedGrid);

  const handlers = useMemo(() => ({ onText: setCellText, onCommit: commitCell, onKeyDown, onPaste, onPasteRows }), [setCellText, commitCell, onKeyDown, onPaste, onPasteRows]);
  const grid: GridApi = { textOf, errors, comments: cellComments, handlers, readOnly: !props.editable };
  const jumpTo = useCallback(
    (m: CheckMessage) => {
      // A check that names a table cell or row is shown there; any other opens its part's editor.
      if (m.table && (m.cell || m.rowKey)) {
        setActive(m.table);
        setFocusTarget({ cell: m.cell, rowKey: m.rowKey, table: m.table });
      } else if (m.part !== "tables") {
        router.push(`/reports/${props.reportId}/${PART_PAGES[m.part]}${m.field ? `?field=${encodeURIComponent(m.field)}` : ""}`);
      }
    },
    [router, props.reportId],
  );
  const unsavedInActive = dirty.has(active);
  const allowedClasses = useMemo(() => template.categories.map((c) => c.code), [template]);
  const codedRows = codedActive ? codedRowCodes(inputs, template.tables[codedActive], extraRows[codedActive] ?? []) : [];
  useEffect(() => {
    shownRows.current = codedRows;
  });

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <div className="min-w-0">
        <TableTabs template={template} active={active} dirty={dirty} failing={failingTables} onSelect={setActive} />
        <div className="rounded-b-lg rounded-tr-lg border border-slate-300 bg-white p-4">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <div>
              <h2 className="font-medium">
                {template.tables[active].number} {template.tables[active].title}
              </h2>
              <p className="text-xs text-slate-500">
                {unit === "yuan"
                  ? "金额单位：元（公开表自动换算为万元）。白色格子为填写项，灰色为自动计算。方向键、Tab、回车在格子间移动，Ctrl+Delete 删除所在的项级科目行；可直接粘贴从 Excel / WPS 复制的区域。"
                  : "金额单位：万元，与公开表一致（四舍五入到两位小数），只供查看；填写请切换到“元”。"}
              </p>
            </div>
            <div role="radiogroup" aria-label="金额显示单位" className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm">
              {(["yuan", "wan"] as const).map((u) => (
                <button
                  key={u}
                  type="button"
                  role="radio"
                  aria-checked={unit === u}
                  onClick={() => setUnit(u)}
                  className={unit === u ? "bg-brand-700 px-3 py-1 text-white" : "bg-white px-3 py-1 text-slate-700 hover:bg-slate-50"}
                >
                  {u === "yuan" ? "元" : "万元"}
                </button>
              ))}
            </div>
            {props.editable && (
              <div className="flex gap-2">
                {dirty.size > 1 && (
                  <Button variant="secondary" onClick={saveAll} disabled={pending}>
                    保存全部（{dirty.size} 张表，Ctrl+S）
                  </Button>
                )}
                <Button onClick={() => save(active)} disabled={pending || !unsavedInActive}>
                  {pending ? "正在保存…" : unsavedInActive ? (dirty.size > 1 ? "保存本表" : "保存本表（Ctrl+S）") : "已保存"}
                </Button>
              </div>
            )}
          </div>
          {!props.editable && <Alert tone="info">报表当前为只读状态（已上报、已审核或您无编辑权限）。</Alert>}
          {notice && (
            <div className="mb-3" data-testid="editor-notice">
              <Alert tone={notice.tone === "warning" ? "warning" : notice.tone}>
                {notice.text}
                {canUndo && (
                  <Button variant="ghost" size="sm" className="ml-2" onClick={undoPaste}>
                    撤销粘贴（Ctrl+Z）
                  </Button>
                )}
              </Alert>
            </div>
          )}
          <div
            ref={gridRef}
            className="editor-grid"
            onFocus={(e) => {
              const cell = (e.target as HTMLElement).dataset.cell;
              if (cell) setSelectedCell(cell);
            }}
          >
            <AmountUnitContext value={unit}>
            <TableEditor
              table={active}
              template={template}
              derived={derived}
              inputs={inputs}
              grid={grid}
              extraRows={codedActive ? (extraRows[codedActive] ?? []) : []}
              subjects={props.subjects}
              names={names}
              year={props.year}
              onAddRow={addRow}
              onRemoveRow={removeRow}
            />
            </AmountUnitContext>
          </div>
          {/* Outside the grid's scroll box, so its suggestion list is never clipped. */}
          {codedActive && props.editable && (
            <SubjectPicker
              key={codedActive}
              reportId={props.reportId}
              subjects={props.subjects}
              year={props.year}
              existing={codedRows}
              allowedClasses={allowedClasses}
              onPick={(code) => addRow(codedActive, code)}
              onPasteRows={onPasteRows}
            />
          )}
        </div>
      </div>
      <aside className="space-y-3">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex items-center justify-between">
            <h2 className="font-medium">审核结果</h2>
            <Button variant="secondary" size="sm" onClick={runFullCheck} disabled={pending}>
              全审
            </Button>
          </div>
          <p className="mt-1 text-xs text-slate-500" data-testid="check-summary">
            {messages.length === 0 ? `全部 ${check.rulesRun} 条规则通过` : `${errorCount} 个错误，${warningCount} 个提示`}
          </p>
          <RuleList reportId={props.reportId} messages={messages} explanations={props.explanations} canExplain={props.editable} onJump={jumpTo} />
        </div>
        {(props.canComment || props.comments.length > 0) && (
          <CommentsPanel
            reportId={props.reportId}
            comments={props.comments}
            canComment={props.canComment}
            activeTable={active}
            activeTableName={template.tables[active].number}
            selectedCell={selectedCell}
            selectedCellLabel={selectedCell ? gridRef.current?.querySelector<HTMLInputElement>(`[data-cell="${selectedCell}"]`)?.getAttribute("aria-label") ?? selectedCell : null}
            onJump={(cell, table) => {
              const t = (cell?.split(":")[0] ?? table) as TableKey | null;
              if (!t || !(TABLE_KEYS as readonly string[]).includes(t)) return;
              setActive(t);
              setFocusTarget({ cell, rowKey: null, table: t });
            }}
          />
        )}
        <ChangesPanel changes={props.changes} versions={props.changesLabel} />
      </aside>
    </div>
  );
}
