"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { readLastYearDisclosure } from "@/lib/actions/imports";
import { saveNarrativeFacts } from "@/lib/actions/narrative";
import { formatWan } from "@/lib/money";
import type { BudgetCodes } from "@/lib/narrative/facts-form";
import type { PerformanceFigures } from "@/lib/performance/figures";
import { storedFactsSchema, type StoredFacts } from "@/lib/validation/facts";
import type { DerivedCodedTable, DerivedReport } from "@/lib/tables/report";
import { getTemplate } from "@/lib/tables/templates";
import { editorPath, editorResolver, fromEditor, toEditor, type BudgetFund, type EditorPath, type EditorValues } from "./editor-values";
import {
  AssetFields,
  BudgetFields,
  LastYearFields,
  OperatingCostFields,
  ProcurementFields,
  SettingsFields,
  ThreePublicFields,
  UnitKindField,
  type BudgetRow,
} from "./facts-fields";
import { LiveNarrative } from "./live-narrative";
import { PerformanceFields } from "./performance-fields";
import { SaveBar } from "./save-bar";
import { useEditorGuard } from "./use-editor-guard";

export interface LastYearEntry {
  path: string;
  text: string;
}

interface Props {
  /** The facts form path a check points at ("lastYear.total"): focused on arrival. */
  focusField?: string | null;
  reportId: string;
  year: number;
  unitName: string;
  /** A department's 部门决算 speaks of 本部门. */
  level: "unit" | "department";
  templateId: string;
  derived: DerivedReport;
  budgetCodes: BudgetCodes;
  /** Names of 项 that have a stored 年初预算 but no row in the tables. */
  budgetNames: Record<string, string>;
  version: number;
  stored: StoredFacts;
  entered: boolean;
  editable: boolean;
  /** Last year's figures from the unit's previous report or its publication, when in the system. */
  lastYear: { readonly label: string; readonly entries: readonly LastYearEntry[] } | null;
  /** Section 十三's figures from the 绩效 data; null while none is entered. */
  performance: PerformanceFigures | null;
}

type Notice = { tone: "error" | "success" | "info" | "warning"; text: string } | null;

const FUND_TABLE = { gp: "t05", gf: "t07", soe: "t08" } as const;

/** Budget rows: the table's 项 first, then any 项 with a stored budget the table no longer lists. */
function budgetRows(derived: DerivedReport, stored: StoredFacts, names: Record<string, string>): Record<BudgetFund, BudgetRow[]> {
  const rows = (fund: BudgetFund): BudgetRow[] => {
    const table: DerivedCodedTable = derived.tables[FUND_TABLE[fund]];
    const total = table.columns.findIndex((c) => c.key === "total");
    const listed: BudgetRow[] = table.rows
      .filter((r) => r.level === "item" && r.code !== null)
      .map((r) => ({ code: r.code!, name: r.name, actual: formatWan(r.cells[total]?.fen ?? 0n) }));
    const seen = new Set(listed.map((r) => r.code));
    const extra = Object.keys(stored.form.budgets[fund])
      .filter((code) => !seen.has(code))
      .sort()
      .map((code) => ({ code, name: names[code] ?? "", actual: null }));
    return [...listed, ...extra];
  };
  return { gp: rows("gp"), gf: rows("gf"), soe: rows("soe") };
}

export function NarrativeEditor(props: Props) {
  const template = getTemplate(props.templateId);
  const router = useRouter();
  const [version, setVersion] = useState(props.version);
  const [notice, setNotice] = useState<Notice>(
    props.entered || !props.editable ? null : { tone: "info", text: "本报表尚未保存情况说明的事实数据。请填写左侧各项，右侧文字随之生成。" },
  );
  const defaultValues = useMemo(() => toEditor(props.stored, props.budgetCodes, props.performance), [props.stored, props.budgetCodes, props.performance]);
  const rows = useMemo(() => budgetRows(props.derived, props.stored, props.budgetNames), [props.derived, props.stored, props.budgetNames]);
  const form = useForm<EditorValues>({ resolver: editorResolver, mode: "onChange", defaultValues });
  const { isDirty, isSubmitting } = form.formState;
  const { hydrated } = useEditorGuard(isDirty);
  // Arriving from a check in the rule list: put the cursor in the field that fixes it.
  const { focusField } = props;
  useEffect(() => {
    if (focusField) form.setFocus(editorPath(["form", ...focusField.split(".")], form.getValues()) as EditorPath);
  }, [focusField, form]);

  if (!template) return <Alert tone="error">报表模板不存在，无法生成情况说明。</Alert>;

  async function onSave() {
    setNotice(null);
    const values = form.getValues();
    const res = await saveNarrativeFacts({ reportId: props.reportId, baseVersion: version, ...fromEditor(values) });
    if (!res.ok) {
      setNotice({ tone: "error", text: res.message });
      for (const [key, message] of Object.entries(res.fieldErrors ?? {})) {
        form.setError(editorPath(key.split("."), values) as EditorPath, { message });
      }
      return;
    }
    setVersion(res.data.version);
    form.reset(values);
    const { draft } = res.data;
    if (draft) {
      // Stored as typed; the marks stay until fixed, and the report cannot be submitted before.
      for (const [key, message] of Object.entries(draft.fieldErrors)) form.setError(editorPath(key.split("."), values) as EditorPath, { message });
      setNotice({ tone: "warning", text: `已保存为草稿，上报前还需修改：${draft.summary}` });
    } else {
      setNotice({ tone: "success", text: "情况说明已保存" });
    }
    router.refresh();
  }

  /** Checks fail in the browser: store what was typed anyway (the server keeps it as a draft). */
  async function onInvalid() {
    const r = storedFactsSchema.safeParse(fromEditor(form.getValues()));
    if (r.success) return setNotice({ tone: "error", text: "未保存：请先修改标红的内容" });
    await onSave();
  }

  function fillLastYear(entries: readonly LastYearEntry[]) {
    for (const e of entries) form.setValue(e.path as EditorPath, e.text, { shouldDirty: true, shouldValidate: true });
    const source = entries.find((e) => e.path === "form.lastYear.source")?.text ?? "";
    setNotice({ tone: "info", text: `已带入 ${entries.length - 1} 个上年数（${source}），请核对后保存。` });
  }

  return (
    <FormProvider {...form}>
      <div className="grid items-start gap-6 xl:grid-cols-2">
        <form onSubmit={form.handleSubmit(onSave, onInvalid)} noValidate className="space-y-4" aria-label="情况说明事实数据">
          {props.editable && (
            <SaveBar
              label="保存情况说明"
              isDirty={isDirty}
              disabled={!hydrated || isSubmitting}
              className="sticky top-0 z-10 flex-wrap rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm"
            />
          )}
          <div data-testid="narrative-notice" aria-live="polite">
            {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
          </div>
          <fieldset disabled={!props.editable} className="space-y-4">
            <UnitKindField />
            <LastYearFields
              year={props.year}
              action={
                props.editable ? (
                  <span className="flex flex-wrap items-center gap-2">
                    {props.lastYear && (
                      <Button variant="secondary" size="sm" onClick={() => fillLastYear(props.lastYear!.entries)}>
                        {props.lastYear.label}
                      </Button>
                    )}
                    <LastYearFileButton reportId={props.reportId} year={props.year} onRead={fillLastYear} onError={(text) => setNotice({ tone: "error", text })} />
                  </span>
                ) : undefined
              }
            />
            <BudgetFields rows={rows} />
            <OperatingCostFields />
            <ThreePublicFields />
            <ProcurementFields />
            <AssetFields />
            <PerformanceFields figures={props.performance} />
            <SettingsFields />
          </fieldset>
        </form>
        <aside aria-label="生成的情况说明" className="xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
          <LiveNarrative template={template} derived={props.derived} year={props.year} unitName={props.unitName} level={props.level} editable={props.editable} performance={props.performance} />
        </aside>
      </div>
    </FormProvider>
  );
}

/** 上年数 from last year's published disclosure file (disclosure JSON), for units new to the system. */
function LastYearFileButton({ reportId, year, onRead, onError }: { reportId: string; year: number; onRead(entries: readonly LastYearEntry[]): void; onError(text: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, start] = useTransition();
  const read = (file: File) => {
    const form = new FormData();
    form.set("file", file);
    start(async () => {
      try {
        const res = await readLastYearDisclosure(reportId, form);
        if (res.ok) onRead(res.data.entries);
        else onError(res.message);
      } catch {
        onError("上传失败：文件过大或网络中断");
      }
      if (input.current) input.current.value = "";
    });
  };
  return (
    <>
      <input ref={input} type="file" accept=".json,.xlsx,application/json" className="hidden" aria-label={`${year - 1}年度公开决算文件`} onChange={(e) => e.target.files?.[0] && read(e.target.files[0])} />
      <Button variant="secondary" size="sm" disabled={pending} onClick={() => input.current?.click()}>
        {pending ? "正在读取…" : `从${year - 1}年度公开决算文件导入`}
      </Button>
    </>
  );
}
