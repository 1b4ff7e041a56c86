import "server-only";
import { can } from "@/lib/authz";
import { FLOW_LINES, FLOW_LINE_SPECS, type FlowLine } from "@/lib/consolidation/flows";
import { db } from "@/lib/db";
import { exactAmount, tableGrid, type GridCell } from "@/lib/disclosure/table-grid";
import { AppError } from "@/lib/errors";
import { formatYuan, type Fen } from "@/lib/money";
import { loadMembers } from "@/lib/operations/departments/consolidate-report";
import { readinessProblems } from "@/lib/consolidation/readiness";
import { departmentReadiness } from "@/lib/operations/departments/department-gate";
import { departmentOf, memberCandidates } from "@/lib/operations/departments/department-of";
import { memberStates } from "@/lib/operations/departments/member-states";
import { membershipOf } from "@/lib/operations/departments/membership";
import { NOT_FOUND_MESSAGE } from "@/lib/operations/report-lock";
import { inputsFromTables } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import { deriveTable } from "@/lib/tables/derive";
import { getTemplate } from "@/lib/tables/templates";
import type { ReportInputs } from "@/lib/tables/inputs";
import type { ReportTemplate, TableKey } from "@/lib/tables/types";
import { findVisibleReport } from "./reports";
import { visibleUnitsWhere } from "./scope";

/**
 * A department report's member list, where its consolidation stands, and what the department's
 * staff could add. Read through the department report: whoever may see it sees its members'
 * statuses (never their documents, which stay behind their own reports' visibility).
 */
export async function loadDepartmentPanel(user: CurrentUser, reportId: string, options: { candidates: boolean }) {
  const report = await findVisibleReport(user, reportId);
  if (!report || !report.unit.isDepartment) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const states = await memberStates(db, report.id);
  const [readiness, candidates] = await Promise.all([departmentReadiness(db, report.id, states), options.candidates ? memberCandidates(db, report.unit) : []]);
  const taken = candidates.length === 0 ? [] : await db.departmentMember.findMany({
    where: { year: report.year, reportId: { not: report.id }, unitId: { in: candidates.map((c) => c.id) } },
    select: { unitId: true, report: { select: { unit: { select: { name: true } } } } },
  });
  const visible = new Set(
    (await db.report.findMany({ where: { id: { in: states.flatMap((s) => (s.reportId ? [s.reportId] : [])) }, unit: await visibleUnitsWhere(user) }, select: { id: true } })).map((r) => r.id),
  );
  return {
    report,
    members: states.map((s) => ({ ...s, linkable: s.reportId !== null && visible.has(s.reportId) })),
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
    membershipOf(db, report.unitId, report.year),
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
 * department can go to the 财政局.
 */
export async function departmentQueue(user: CurrentUser, year: number) {
  if (!can(user.role, "review:department")) return [];
  const reports = await db.report.findMany({
    where: { year, unit: { isDepartment: true, AND: [await visibleUnitsWhere(user)] } },
    select: { id: true, status: true, unit: { select: { code: true, name: true } } },
    orderBy: { unit: { code: "asc" } },
    take: 100,
  });
  return Promise.all(
    reports.map(async (r) => {
      const readiness = await departmentReadiness(db, r.id);
      return {
        reportId: r.id,
        code: r.unit.code,
        name: r.unit.name,
        status: r.status,
        members: readiness.memberCount,
        approved: readiness.memberCount - readiness.unapproved.length,
        consolidated: readiness.consolidatedAt !== null,
        stale: readiness.stale.length > 0,
        findings: readiness.findings.length,
      };
    }),
  );
}
