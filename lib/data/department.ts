import "server-only";
import type { ReportStatus } from "@/generated/prisma/enums";
import { can } from "@/lib/authz";
import { FLOW_LINES, FLOW_LINE_SPECS, type FlowLine } from "@/lib/consolidation/flows";
import { db, pool } from "@/lib/db";
import { exactAmount, tableGrid, type GridCell } from "@/lib/disclosure/table-grid";
import { AppError } from "@/lib/errors";
import { formatYuan, type Fen } from "@/lib/money";
import { loadMembers } from "@/lib/operations/departments/consolidate-report";
import { readinessProblems } from "@/lib/consolidation/readiness";
import { readinessOf } from "@/lib/operations/departments/department-gate";
import { departmentOf, memberCandidates } from "@/lib/operations/departments/department-of";
import { memberStates, memberStatesSql, type MemberState } from "@/lib/operations/departments/member-states";
import { membershipForPage } from "@/lib/operations/departments/membership";
import { NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import { inputsFromTables } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import { deriveTable } from "@/lib/tables/derive";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportInputs } from "@/lib/tables/inputs";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { findVisibleReport } from "./reports";
import { utcColumn } from "./sql";
import { oneReportParams, VISIBLE_UNIT_SQL, visibilityParams } from "./visibility";

/** A department report's stored consolidation (`c`), as both statements below select it. */
const CONSOLIDATION_COLUMNS = `${utcColumn('c."computedAt"', "computedAt")}, c.members AS stamped, c.findings`;

interface ConsolidationColumns {
  computedAt: Date | null;
  stamped: unknown;
  findings: unknown;
}

const storedConsolidation = (r: ConsolidationColumns) => (r.computedAt ? { computedAt: r.computedAt, members: r.stamped, findings: r.findings } : null);

/**
 * A department report's members as they are now, each with whether the viewer may open its report
 * ($1–$3 the viewer, $4 the department report), and its stored consolidation: one named statement
 * (decision 005).
 */
const DEPARTMENT_PANEL_SQL = `SELECT
    (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT ms.*, (ms."reportId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Unit" u WHERE u.id = ms."unitId" AND ${VISIBLE_UNIT_SQL})) AS linkable
      FROM (${memberStatesSql("$4")}) ms) x) AS members,
    ${CONSOLIDATION_COLUMNS}
  FROM (SELECT 1) one LEFT JOIN "Consolidation" c ON c."reportId" = $4`;

interface PanelRow extends ConsolidationColumns {
  members: (MemberState & { linkable: boolean })[];
}

/**
 * A department report's member list, where its consolidation stands, and what the department's
 * staff could add. Read through the department report: whoever may see it sees its members'
 * statuses (never their documents, which stay behind their own reports' visibility).
 */
export async function loadDepartmentPanel(user: CurrentUser, reportId: string, options: { candidates: boolean }) {
  const report = await findVisibleReport(user, reportId);
  if (!report || !report.unit.isDepartment) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const [{ rows }, candidates] = await Promise.all([
    pool.query<PanelRow>({ name: "department-panel", text: DEPARTMENT_PANEL_SQL, values: oneReportParams(user, report.id) }),
    options.candidates ? memberCandidates(db, report.unit) : [],
  ]);
  const { members } = rows[0];
  const readiness = readinessOf(members, storedConsolidation(rows[0]));
  const taken = candidates.length === 0 ? [] : await db.departmentMember.findMany({
    where: { year: report.year, reportId: { not: report.id }, unitId: { in: candidates.map((c) => c.id) } },
    select: { unitId: true, report: { select: { unit: { select: { name: true } } } } },
  });
  return {
    report,
    members,
    readiness,
    problems: readinessProblems(readiness),
    candidates: candidates.map((c) => ({ id: c.id, code: c.code, name: c.name, elsewhere: taken.find((t) => t.unitId === c.id)?.report.unit.name ?? null })),
  };
}

export interface CellSource {
  unitId: string;
  name: string;
  /** 元, as the table prints in exact mode; null for a blank cell. */
  amount: string | null;
}

export interface CellSources {
  label: string;
  sources: CellSource[];
  /** Σ of the members, the internal flows removed from it, and the consolidated cell, in 元. */
  sum: string;
  offset: string;
  consolidated: string | null;
}

function findCell(grid: ReturnType<typeof tableGrid>, cellId: string): GridCell | undefined {
  for (const row of grid.body) for (const cell of row) if (cell.id === cellId) return cell;
  return undefined;
}

const yuan = (fen: Fen | null | undefined) => (fen === null || fen === undefined ? null : formatYuan(fen));

/**
 * Where one consolidated cell comes from: the same cell of each member's derived table, their sum,
 * and what internal flows took off it. Works for any amount cell, typed or derived (a 合计 row too).
 */
export async function loadCellSources(user: CurrentUser, reportId: string, table: TableKey, cellId: string): Promise<CellSources> {
  const report = await findVisibleReport(user, reportId);
  if (!report || !report.unit.isDepartment) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const template = getTemplate(report.templateId)!;
  const states = (await memberStates(db, report.id)).filter((m) => !m.merged);
  const [members, own, subjects] = await Promise.all([
    loadMembers(db, states),
    db.reportTable.findMany({ where: { reportId: report.id }, select: { tableKey: true, data: true } }),
    db.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } }),
  ]);
  const names = new Map(subjects.map((s) => [s.code, s.name]));
  const cellOf = (inputs: ReportInputs) => {
    const grid = tableGrid(deriveTable(template, names, inputs, table), "", template.tableNumberStyle);
    const cell = findCell(grid, cellId);
    return cell ? exactAmount(cell) : undefined;
  };
  const consolidated = cellOf(inputsFromTables(own));
  if (consolidated === undefined) throw new AppError("INVALID", "该单元格不是金额单元格");
  let sum = 0n;
  const sources = members.map((m) => {
    const fen = m.inputs ? (cellOf(m.inputs) ?? null) : null;
    sum += fen ?? 0n;
    return { unitId: m.unitId, name: m.name, amount: yuan(fen) };
  });
  return { label: `${template.tables[table].number} ${cellId}`, sources, sum: formatYuan(sum), offset: formatYuan(sum - (consolidated ?? 0n)), consolidated: yuan(consolidated) };
}

/**
 * The internal-flows form of a member unit's report: what is stored, the other units of its
 * department, and per line the 项 where its own tables hold an amount on that line.
 */
export async function loadFlowsPage(user: CurrentUser, reportId: string, template: ReportTemplate, inputs: ReportInputs) {
  const report = await findVisibleReport(user, reportId);
  if (!report) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const department = await departmentOf(db, report.unit);
  if (!department || report.unit.isDepartment) return null;
  const [flows, others, membership] = await Promise.all([
    db.internalFlow.findMany({ where: { reportId: report.id }, orderBy: [{ line: "asc" }, { code: "asc" }], select: { line: true, counterpartUnitId: true, code: true, amount: true } }),
    memberCandidates(db, department),
    membershipForPage(report.unitId, report.year),
  ]);
  const lines = Object.fromEntries(
    FLOW_LINES.map((line) => {
      const spec = FLOW_LINE_SPECS[line];
      const rows = inputs[spec.group] as Record<string, Record<string, Fen | undefined>>;
      const codes = Object.entries(rows).flatMap(([code, row]) => (row[spec.column] ? [{ code, amount: formatYuan(row[spec.column]!) }] : []));
      return [line, { label: spec.label, table: template.tables[spec.table].number, codes }];
    }),
  ) as Record<FlowLine, { label: string; table: string; codes: { code: string; amount: string }[] }>;
  return {
    department: { name: department.name },
    membership,
    flows: flows.map((f) => ({ line: f.line, counterpartUnitId: f.counterpartUnitId, code: f.code, amount: formatYuan(f.amount).replace(/,/g, "") })),
    counterparts: others.filter((u) => u.id !== report.unitId).map((u) => ({ id: u.id, name: u.name })),
    lines,
  };
}

/**
 * For a department reviewer's desk: each 部门决算 of the year in their scope, with how many of its
 * members they have approved and whether its consolidation is current — what decides when the
 * department can go to the 财政局. One named statement (decision 005): the department reports, each
 * with its stored consolidation and its members as they are now (the same member rows the gate reads).
 */
const DEPARTMENT_QUEUE_SQL = `SELECT d.id AS "reportId", d.status::text AS status, u.code, u.name,
    ${CONSOLIDATION_COLUMNS},
    (SELECT coalesce(json_agg(ms), '[]') FROM (${memberStatesSql("d.id")}) ms) AS states
  FROM "Report" d JOIN "Unit" u ON u.id = d."unitId"
  LEFT JOIN "Consolidation" c ON c."reportId" = d.id
  WHERE d.year = $4 AND u."isDepartment" AND ${VISIBLE_UNIT_SQL}
  ORDER BY u.code
  LIMIT 100`;

interface QueueRow extends ConsolidationColumns {
  reportId: string;
  status: ReportStatus;
  code: string;
  name: string;
  states: MemberState[];
}

export async function departmentQueue(user: CurrentUser, year: number) {
  if (!can(user.role, "review:department")) return [];
  const { rows } = await pool.query<QueueRow>({ name: "department-queue", text: DEPARTMENT_QUEUE_SQL, values: [...visibilityParams(user), year] });
  return rows.map((r) => {
    const readiness = readinessOf(r.states, storedConsolidation(r));
    return {
      reportId: r.reportId,
      code: r.code,
      name: r.name,
      status: r.status,
      members: readiness.memberCount,
      approved: readiness.memberCount - readiness.unapproved.length,
      consolidated: readiness.consolidatedAt !== null,
      stale: readiness.stale.length > 0,
      findings: readiness.findings.length,
    };
  });
}
