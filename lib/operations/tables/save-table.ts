import "server-only";
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import type { z } from "zod";
import { can } from "@/lib/authz";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { TABLE_NUMBERS } from "@/lib/rules/context";
import type { CurrentUser } from "@/lib/session";
import { replaceTableInputs, type InputCellValue, type ReportInputs } from "@/lib/tables/inputs";
import { getTemplate } from "@/lib/tables/templates";
import { CODED_TABLE_KEYS, TABLE_KEYS, type TableKey } from "@/lib/tables/types";
import { createSaveTableInputsSchema, MAX_CELLS_PER_SAVE } from "@/lib/validation/tables";
import { isPlausibleId, NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import { checkReport, type CheckSummary } from "@/lib/rules/report-check";
import { EDITABLE_STATUSES, isEditable, LOCKED_MESSAGE } from "@/lib/reports/status";
import { inputsFromTables, tableRecord } from "@/lib/reports/table-data";
import type { UnitKind } from "@/lib/rules/unit-kind";

export interface SaveTableResult {
  version: number;
  check: CheckSummary;
}

/**
 * Saves one table's inputs. Refused as a whole when any cell is invalid, when the report is
 * locked, or when someone else saved the table since `baseVersion` (nothing is overwritten).
 *
 * This is the busiest write of the system, so it speaks SQL over the shared pool (a handful
 * of round trips, no query compilation): docs/decisions/005-hot-paths-in-sql.md. That is also
 * why it does not call lockReport (lib/operations/report-lock.ts): its lock and its status check
 * are the `locked` CTE of the one statement that writes, which is the same guarantee in one round
 * trip instead of a transaction of four.
 */
export async function saveReportTable(user: CurrentUser, payload: unknown): Promise<SaveTableResult> {
  // Only unit staff may edit, and only their own unit's reports (lib/data/scope.ts).
  if (!can(user.role, "report:edit") || !user.unitId) throw new AppError("FORBIDDEN", "无权执行此操作");
  const p = payload as { reportId?: unknown; cells?: { row?: unknown }[] } | null;
  if (!isPlausibleId(p?.reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);

  const loaded = await loadForSave(p.reportId, user.unitId, requestedCodes(p?.cells));
  if (!loaded) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const { saves, inputs, summary } = prepareSave(loaded, [payload]);
  const [{ table, baseVersion, values }] = saves;

  return { version: await writeTable(pool, user, loaded.id, inputs, saves[0]), check: summary };
}

/**
 * Writes one table in one statement: lock the report row (a status change waits for this save
 * and vice versa), then update the table only if it is still at `baseVersion` — or create it on
 * its first save — append the audit entry and touch the report. Nothing is written unless all of
 * it is. On the pool it is its own transaction; 保存全部 runs it once per table inside one.
 */
async function writeTable(db: Pick<PoolClient, "query">, user: CurrentUser, reportId: string, inputs: ReportInputs, save: TableSave): Promise<number> {
  const { table, baseVersion, values } = save;
  const record = tableRecord(inputs, table);
  const detail = { table, cells: values.length, version: baseVersion + 1 };
  const { rows } = await db.query<{ status: string | null; version: number | null }>({
    // Named: each connection parses and plans this statement once, not on every save.
    name: "save-report-table",
    text: `WITH locked AS (
       SELECT id FROM "Report" WHERE id = $1 AND status = ANY($10::"ReportStatus"[]) FOR UPDATE
     ), upd AS (
       UPDATE "ReportTable" t SET data = $4, "usedCodes" = $5, version = t.version + 1, "updatedById" = $6, "updatedAt" = now()
       FROM locked WHERE t."reportId" = locked.id AND t."tableKey" = $3 AND t.version = $7
       RETURNING t.version
     ), ins AS (
       INSERT INTO "ReportTable" (id, "reportId", "tableKey", data, "usedCodes", version, "updatedById", "updatedAt")
       SELECT $2, id, $3, $4, $5, 1, $6, now() FROM locked
       WHERE $7 = 0 AND NOT EXISTS (SELECT 1 FROM "ReportTable" WHERE "reportId" = $1 AND "tableKey" = $3)
       ON CONFLICT ("reportId", "tableKey") DO NOTHING
       RETURNING version
     ), saved AS (
       SELECT version FROM upd UNION ALL SELECT version FROM ins
     ), aud AS (
       INSERT INTO "AuditLog" (id, "actorId", "reportId", action, detail)
       SELECT $8, $6, $1, 'report.saveTable', $9 FROM saved
     ), touched AS (
       UPDATE "Report" SET "updatedAt" = now() WHERE id IN (SELECT id FROM locked) AND EXISTS (SELECT 1 FROM saved)
     )
     SELECT (SELECT status::text FROM "Report" WHERE id = $1) AS status, (SELECT version FROM saved LIMIT 1) AS version`,
    values: [reportId, randomUUID(), table, record.data, record.usedCodes, user.id, baseVersion, randomUUID(), detail, EDITABLE_STATUSES],
  });
  const result = rows[0];
  if (result?.version == null) {
    if (!isEditable(result?.status ?? "")) throw new AppError("LOCKED", LOCKED_MESSAGE);
    throw conflict(table);
  }
  return result.version;
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadForSave>>>;

interface TableSave {
  readonly table: TableKey;
  readonly baseVersion: number;
  readonly values: InputCellValue[];
}

/**
 * Every table payload validated against the report, the report's inputs as these saves make
 * them, and the one report check of that — refused as a whole at the first invalid table.
 */
function prepareSave(loaded: Loaded, payloads: readonly unknown[]) {
  const template = getTemplate(loaded.templateId);
  if (!template) throw new AppError("INVALID", "报表模板不存在");
  const names = loaded.names;
  let inputs = inputsFromTables(loaded.tables);
  const saves: TableSave[] = [];
  for (const payload of payloads) {
    const parsed = schemaFor(template).safeParse(payload);
    if (!parsed.success) throw cellErrors(parsed.error.issues, payload);
    const { table, baseVersion, cells } = parsed.data;
    if (saves.some((s) => s.table === table)) throw new AppError("INVALID", `${TABLE_NUMBERS[table]}在一次保存中出现了两次`);
    const values: InputCellValue[] = cells.filter((c) => c.fen !== null && c.fen !== 0n).map((c) => ({ row: c.row, column: c.column, fen: c.fen! }));
    if ((CODED_TABLE_KEYS as readonly string[]).includes(table)) {
      const unknown = [...new Set(values.map((v) => v.row))].filter((code) => !names.has(code));
      if (unknown.length) throw new AppError("INVALID", `${TABLE_NUMBERS[table]}：科目编码 ${unknown.join("、")} 不在 ${loaded.year} 年度的功能分类科目中`);
    }
    inputs = replaceTableInputs(inputs, table, values);
    saves.push({ table, baseVersion, values });
  }
  // The whole report's check, as the rule list and the gate see it, on what these saves make of it.
  const { derived, summary } = checkReport({ template, names, inputs, unitName: loaded.unitName, unitKind: loaded.unitKind, year: loaded.year, narrative: loaded.narrative, performance: loaded.performance });
  const placed = derived.issues.filter((i) => saves.some((s) => s.table === i.table));
  if (placed.length) throw new AppError("INVALID", placed.map((i) => i.message).join("；"));
  return { saves, inputs, summary };
}

export interface SaveTablesResult {
  versions: Partial<Record<TableKey, number>>;
  check: CheckSummary;
}

/**
 * Saves several tables at once (保存全部), all or nothing: every table is validated first, the
 * report is checked once on all of them, and each table's write (writeTable) runs in one
 * transaction — one table saved by someone else since its `baseVersion` rolls back the whole save.
 */
export async function saveReportTables(user: CurrentUser, payload: unknown): Promise<SaveTablesResult> {
  if (!can(user.role, "report:edit") || !user.unitId) throw new AppError("FORBIDDEN", "无权执行此操作");
  const p = payload as { reportId?: unknown; tables?: unknown } | null;
  if (!isPlausibleId(p?.reportId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  if (!Array.isArray(p.tables) || p.tables.length === 0) throw new AppError("INVALID", "没有要保存的表");
  if (p.tables.length > TABLE_KEYS.length) throw new AppError("INVALID", `一次最多保存 ${TABLE_KEYS.length} 张表`);
  const entries = p.tables.map((t) => ({ ...(t && typeof t === "object" && !Array.isArray(t) ? t : {}), reportId: p.reportId }));
  const loaded = await loadForSave(p.reportId, user.unitId, entries.flatMap((e) => requestedCodes((e as { cells?: unknown }).cells)));
  if (!loaded) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const { saves, inputs, summary } = prepareSave(loaded, entries);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const versions: Partial<Record<TableKey, number>> = {};
    for (const save of saves) versions[save.table] = await writeTable(client, user, loaded.id, inputs, save);
    await client.query("COMMIT");
    return { versions, check: summary };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

const schemas = new WeakMap<object, ReturnType<typeof createSaveTableInputsSchema>>();
function schemaFor(template: Parameters<typeof createSaveTableInputsSchema>[0]) {
  let schema = schemas.get(template);
  if (!schema) schemas.set(template, (schema = createSaveTableInputsSchema(template)));
  return schema;
}

/** The 项 codes a (not yet validated) payload names, with their 类 and 款. */
function requestedCodes(cells: unknown): string[] {
  const codes = new Set<string>();
  if (Array.isArray(cells)) {
    for (const c of cells.slice(0, MAX_CELLS_PER_SAVE)) {
      const row = (c as { row?: unknown })?.row;
      if (typeof row === "string" && /^\d{7}$/.test(row)) codes.add(row).add(row.slice(0, 5)).add(row.slice(0, 3));
    }
  }
  return [...codes];
}

/**
 * The report (if it is the unit's: staff see exactly their own unit's reports, lib/data/scope.ts),
 * its stored tables, and the names of every function
 * subject they or the payload use — in one round trip.
 */
async function loadForSave(reportId: string, unitId: string, payloadCodes: string[]) {
  const { rows } = await pool.query<{
    id: string;
    year: number;
    templateId: string;
    unitName: string;
    unitKind: UnitKind;
    isDepartment: boolean;
    tables: { tableKey: string; data: unknown }[] | null;
    names: [string, string][] | null;
    narrative: { overview: unknown; facts: unknown } | null;
    performance: unknown;
  }>({
    name: "load-for-save",
    text: `SELECT r.id, r.year, r."templateId", u.name AS "unitName", u.kind::text AS "unitKind", u."isDepartment",
       (SELECT json_agg(json_build_object('tableKey', t."tableKey", 'data', t.data)) FROM "ReportTable" t WHERE t."reportId" = r.id) AS tables,
       (SELECT json_agg(json_build_array(s.code, s.name)) FROM "SubjectCode" s
         WHERE s.year = r.year AND s.kind = 'FUNCTION'
           AND s.code IN (SELECT unnest(t."usedCodes") FROM "ReportTable" t WHERE t."reportId" = r.id UNION SELECT unnest($3::text[]))) AS names,
       (SELECT json_build_object('overview', n.overview, 'facts', n.facts) FROM "ReportNarrative" n WHERE n."reportId" = r.id) AS narrative,
       (SELECT p.data FROM "ReportPerformance" p WHERE p."reportId" = r.id) AS performance
     FROM "Report" r JOIN "Unit" u ON u.id = r."unitId" WHERE r.id = $1 AND r."unitId" = $2`,
    values: [reportId, unitId, payloadCodes],
  });
  const row = rows[0];
  if (!row) return null;
  if (row.isDepartment) throw new AppError("INVALID", DEPARTMENT_TABLES_MESSAGE);
  return { ...row, tables: row.tables ?? [], names: new Map(row.names ?? []), performance: row.performance ?? null };
}

/** A department's tables are its members' consolidation (lib/operations/departments/consolidate-report.ts). */
export const DEPARTMENT_TABLES_MESSAGE = "部门决算的表格由成员单位的决算汇总生成，不能直接填写或导入：请在成员单位的决算中修改，再重新汇总";

function conflict(table: string) {
  const name = TABLE_NUMBERS[table as TableKey] ?? "本表";
  return new AppError("CONFLICT", `${name}在您打开之后已被他人修改并保存。为避免覆盖对方的数据，本次保存未执行；您填写的内容仍保留在屏幕上，请记下后刷新页面核对再保存。`);
}

/** Names the cell of every invalid value: "公开03表 2010301「基本支出」：最多两位小数". */
function cellErrors(issues: readonly z.core.$ZodIssue[], payload: unknown): AppError {
  const p = payload as { table?: unknown; cells?: { row?: unknown; column?: unknown; value?: unknown }[] };
  const name = TABLE_NUMBERS[p?.table as TableKey] ?? "";
  const messages = issues.slice(0, 20).map((issue) => {
    const [first, index] = issue.path;
    if (first === "cells" && typeof index === "number" && Array.isArray(p?.cells)) {
      const cell = p.cells[index];
      return `${name} ${String(cell?.row ?? "")}·${String(cell?.column ?? "")}（“${String(cell?.value ?? "").slice(0, 30)}”）：${issue.message}`;
    }
    return issue.message;
  });
  return new AppError("INVALID", `未保存：${messages.join("；")}${issues.length > 20 ? `；另有 ${issues.length - 20} 处问题` : ""}`);
}
