"use client";
/**
 * Saving one table (against the version it was loaded at, so a concurrent save is refused
 * rather than overwritten) and running the full check on what is saved.
 */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { checkReport, saveTable, saveTables } from "@/lib/actions/reports";
import { formatYuan } from "@/lib/money";
import type { CheckSummary } from "@/lib/rules/report-check";
import { tableInputCells, type ReportInputs } from "@/lib/tables/inputs";
import { TABLE_KEYS, type ReportTemplate, type TableKey } from "@/lib/tables/types";
import type { Notice } from "./use-grid-keys";

interface SaveOptions {
  reportId: string;
  template: ReportTemplate;
  inputs: ReportInputs;
  errors: Record<string, string>;
  dirty: ReadonlySet<TableKey>;
  initialVersions: Partial<Record<TableKey, number>>;
  initialCheck: CheckSummary;
  markSaved(table: TableKey): void;
  setNotice(notice: Notice): void;
}

export function useTableSave({ reportId, template, inputs, errors, dirty, initialVersions, initialCheck, markSaved, setNotice }: SaveOptions) {
  const [versions, setVersions] = useState(initialVersions);
  const [check, setCheck] = useState<CheckSummary>(initialCheck);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  /**
   * Saves `tables` — one through the table save (the hot path, one statement), several through
   * 保存全部 (all or nothing) — and takes the new versions and the report check from the answer.
   */
  function saveTablesNow(tables: readonly TableKey[]) {
    if (tables.length === 0) return;
    const one = tables.length === 1;
    const invalid = Object.entries(errors).filter(([k]) => tables.some((t) => k.startsWith(`${t}:`)));
    if (invalid.length) {
      setNotice({ tone: "error", text: `${one ? "本表" : ""}有 ${invalid.length} 个单元格不是有效金额（已标红），请修改后再保存：${invalid.slice(0, 3).map(([, m]) => m).join("；")}` });
      return;
    }
    const payload = tables.map((table) => ({
      table,
      baseVersion: versions[table] ?? 0,
      cells: tableInputCells(inputs, table).map((c) => ({ row: c.row, column: c.column, value: formatYuan(c.fen) })),
    }));
    startTransition(async () => {
      const res = one ? await saveTable({ reportId, ...payload[0] }) : await saveTables({ reportId, tables: payload });
      if (!res.ok) {
        setNotice({ tone: "error", text: one ? res.message : `${res.message}（${tables.length} 张表都未保存）` });
        return;
      }
      const saved = "versions" in res.data ? res.data.versions : { [tables[0]]: res.data.version };
      setVersions((v) => ({ ...v, ...saved }));
      for (const table of tables) markSaved(table);
      const { check } = res.data;
      setCheck(check);
      setNotice({
        tone: check.errors ? "warning" : "success",
        text: `${tables.map((t) => template.tables[t].number).join("、")}已保存。${check.errors ? `全表审核发现 ${check.errors} 个错误、${check.warnings} 个提示，见右侧列表。` : "全表审核未发现错误。"}`,
      });
      router.refresh();
    });
  }

  const save = (table: TableKey) => saveTablesNow([table]);
  /** 保存全部: every table with unsaved changes, in one all-or-nothing save. */
  const saveAll = () => saveTablesNow(TABLE_KEYS.filter((t) => dirty.has(t)));

  function runFullCheck() {
    startTransition(async () => {
      const res = await checkReport(reportId);
      if (!res.ok) return setNotice({ tone: "error", text: res.message });
      setCheck(res.data);
      setNotice({
        tone: res.data.passed ? "success" : "warning",
        text: `全审完成（已保存的数据，${res.data.rulesRun} 条规则）：${res.data.errors} 个错误，${res.data.warnings} 个提示。${dirty.size ? "注意：还有未保存的表，未参与审核。" : ""}`,
      });
    });
  }

  return { check, pending, save, saveAll, runFullCheck };
}
