import "server-only";
import { createHash } from "node:crypto";
import type { ReportStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/operations/report-lock";

/** One member of a department report as it is now, with a fingerprint of the data consolidation reads. */
export interface MemberState {
  readonly unitId: string;
  readonly code: string;
  readonly name: string;
  readonly merged: boolean;
  readonly reportId: string | null;
  readonly status: ReportStatus | null;
  readonly templateId: string | null;
  /** md5 of the member report's table versions and internal flows; null without a report. */
  readonly stamp: string | null;
}

/** What a consolidation records of each member, to tell later what changed. */
export interface StampedMember {
  readonly unitId: string;
  readonly merged: boolean;
  readonly reportId: string | null;
  readonly stamp: string | null;
}

type Reader = Pick<Tx, "$queryRaw">;

/**
 * Every member in list order, in one statement: the report of the same year, its status, and the
 * fingerprint of what consolidation reads — each table's version (every write of a table bumps it:
 * a save, an import, a reopened report's correction) and every internal flow as stored.
 */
export function memberStates(tx: Reader, departmentReportId: string): Promise<MemberState[]> {
  return tx.$queryRaw<MemberState[]>`
    SELECT m."unitId", u.code, u.name, m.merged, r.id AS "reportId", r.status, r."templateId",
      CASE WHEN r.id IS NULL THEN NULL ELSE md5(
        coalesce((SELECT string_agg(t."tableKey" || '=' || t.version, ';' ORDER BY t."tableKey") FROM "ReportTable" t WHERE t."reportId" = r.id), '')
        || '#' ||
        coalesce((SELECT string_agg(f.line::text || ',' || f."counterpartUnitId" || ',' || f.code || ',' || f.amount::text, ';' ORDER BY f.line, f."counterpartUnitId", f.code)
                  FROM "InternalFlow" f WHERE f."reportId" = r.id), '')
      ) END AS stamp
    FROM "DepartmentMember" m
    JOIN "Unit" u ON u.id = m."unitId"
    LEFT JOIN "Report" r ON r."unitId" = m."unitId" AND r.year = m.year
    WHERE m."reportId" = ${departmentReportId}
    ORDER BY m.position, u.code`;
}

export function stampOf(members: readonly StampedMember[]): string {
  const text = members.map((m) => `${m.unitId}:${m.merged ? 1 : 0}:${m.reportId ?? ""}:${m.stamp ?? ""}`).join("\n");
  return createHash("sha256").update(text).digest("hex");
}

export const stamped = (m: MemberState): StampedMember => ({ unitId: m.unitId, merged: m.merged, reportId: m.reportId, stamp: m.stamp });

/** What is different now from what the last consolidation read, in words ("「第一中学」的数据有变动"). */
export function staleReasons(recorded: readonly StampedMember[], now: readonly MemberState[]): string[] {
  const before = new Map(recorded.map((m) => [m.unitId, m]));
  const reasons: string[] = [];
  for (const m of now) {
    const was = before.get(m.unitId);
    if (!was) reasons.push(`新增成员单位「${m.name}」`);
    else if (was.merged !== m.merged) reasons.push(`「${m.name}」改为${m.merged ? "并入本级" : "单独汇总"}`);
    else if (!m.merged && (was.reportId !== m.reportId || was.stamp !== m.stamp)) reasons.push(`「${m.name}」的决算数据在汇总后有变动`);
    before.delete(m.unitId);
  }
  if (before.size > 0) reasons.push(`移出成员单位 ${before.size} 个`);
  return reasons;
}
