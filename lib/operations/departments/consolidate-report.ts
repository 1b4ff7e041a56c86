import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { consolidate, type ConsolidationFinding, type ConsolidationMember } from "@/lib/consolidation/consolidate";
import { AppError } from "@/lib/errors";
import { inTransaction, lockEditableReport, type Tx } from "@/lib/operations/report-lock";
import { inputsFromTables, tableRecord } from "@/lib/reports/table-data";
import type { CurrentUser } from "@/lib/session";
import { getTemplate } from "@/lib/tables/templates";
import { TABLE_KEYS } from "@/lib/tables/types";
import { memberStates, stamped, type MemberState } from "./member-states";

export interface ConsolidationResult {
  members: number;
  findings: readonly ConsolidationFinding[];
}

/**
 * 汇总: the department report's tables become the consolidation of its members' reports as they
 * are now (lib/consolidation/consolidate.ts), and what it read is recorded, so that a later change
 * to any member shows the department report as out of date. The member reports are share-locked
 * while they are read: a member's save waits, and what is recorded is exactly what was summed.
 */
export function consolidateReport(user: CurrentUser, { reportId }: { reportId: string }): Promise<ConsolidationResult> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, reportId);
    if (!report.unit.isDepartment) throw new AppError("INVALID", "只有部门决算才能汇总成员单位");
    const template = getTemplate(report.templateId);
    if (!template) throw new AppError("INVALID", "报表模板不存在");

    // The members' reports of the year, share-locked before they are read.
    await tx.$queryRaw`SELECT 1 FROM "Report" r JOIN "DepartmentMember" m ON m."unitId" = r."unitId" AND m.year = r.year WHERE m."reportId" = ${report.id} FOR SHARE OF r`;
    const states = await memberStates(tx, report.id);
    if (states.length === 0) throw new AppError("INVALID", "部门决算还没有成员单位：请先在“成员单位”中选择");
    const other = states.find((m) => !m.merged && m.templateId && m.templateId !== report.templateId);
    if (other) throw new AppError("INVALID", `成员单位「${other.name}」的决算使用的报表模板与部门决算不同，不能汇总；请联系系统管理员核对该单位的所在地区`);
    const summed = states.filter((m) => !m.merged);
    const members = await loadMembers(tx, summed);
    const names = new Map(
      (await tx.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION" }, select: { code: true, name: true } })).map((s) => [s.code, s.name]),
    );
    const merged = new Map(states.filter((m) => m.merged).map((m) => [m.unitId, m.name]));
    const result = consolidate(members, { names, tableNumber: (t) => template.tables[t].number, merged });

    for (const tableKey of TABLE_KEYS) {
      const record = tableRecord(result.inputs, tableKey);
      await tx.reportTable.upsert({
        where: { reportId_tableKey: { reportId: report.id, tableKey } },
        update: { ...record, version: { increment: 1 }, updatedById: user.id },
        create: { reportId: report.id, tableKey, ...record, version: 1, updatedById: user.id },
      });
    }
    const row = {
      computedAt: new Date(),
      computedById: user.id,
      members: states.map(stamped) as unknown as Prisma.InputJsonValue,
      findings: result.findings as unknown as Prisma.InputJsonValue,
    };
    await tx.consolidation.upsert({ where: { reportId: report.id }, update: row, create: { reportId: report.id, ...row } });
    await tx.report.update({ where: { id: report.id }, data: { updatedAt: new Date() } });
    await audit(tx, { actorId: user.id, reportId: report.id, action: "department.consolidate", detail: { members: summed.length, findings: result.findings.length } });
    return { members: summed.length, findings: result.findings };
  });
}

/** The summed members' inputs and flows, in two queries for all of them. */
export async function loadMembers(tx: Tx, states: readonly MemberState[]): Promise<ConsolidationMember[]> {
  const ids = states.flatMap((m) => (m.reportId ? [m.reportId] : []));
  const [tables, flows] = await Promise.all([
    tx.reportTable.findMany({ where: { reportId: { in: ids } }, select: { reportId: true, tableKey: true, data: true } }),
    tx.internalFlow.findMany({ where: { reportId: { in: ids } }, select: { reportId: true, line: true, counterpartUnitId: true, code: true, amount: true } }),
  ]);
  const group = <T extends { reportId: string }>(rows: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const r of rows) (by.get(r.reportId) ?? by.set(r.reportId, []).get(r.reportId)!).push(r);
    return by;
  };
  const tablesBy = group(tables);
  const flowsBy = group(flows);
  return states.map((m) => ({
    unitId: m.unitId,
    name: m.name,
    inputs: m.reportId ? inputsFromTables(tablesBy.get(m.reportId) ?? []) : null,
    flows: m.reportId ? (flowsBy.get(m.reportId) ?? []) : [],
  }));
}
