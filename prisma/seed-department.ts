/**
 * A department's 部门决算 as demo and test data: a 本级 and two member units, each holding the seed
 * unit's published tables (lib/tables/seed) plus its side of two internal flows, paid for or spent
 * so that its own report still balances, with the reasons its 情况说明 then needs. Shared by the
 * demo seed and the e2e support, like seed-report.ts.
 */
import type { PrismaClient, UnitKind } from "../generated/prisma/client";
import { consolidate } from "../lib/consolidation/consolidate";
import type { InternalFlow } from "../lib/consolidation/flows";
import type { StoredNarrativeRecord } from "../lib/narrative/record";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../lib/narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../lib/performance/seed/stored-record";
import { tableRecord } from "../lib/reports/table-data";
import { checkReport } from "../lib/rules/report-check";
import type { ReportInputs } from "../lib/tables/inputs";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames as names } from "../lib/tables/seed/zaozhuang-2024";
import { shandong2024 } from "../lib/tables/templates/shandong-2024";
import { TABLE_KEYS } from "../lib/tables/types";
import { SEED_COVERAGE_EXPLANATION } from "./seed-report";

export type MemberKey = "base" | "school" | "exam";
export const MEMBER_KEYS: readonly MemberKey[] = ["base", "school", "exam"];

/** 本级 gives the second unit 10,000 元 (对附属单位补助支出 ↔ 上级补助收入); the third hands 200 元 up to 本级 (上缴上级支出 ↔ 附属单位上缴收入). */
export const GRANT = 1_000_000n;
export const HANDED_UP = 20_000n;

const add = (i: ReportInputs, group: "income" | "expenditure", code: string, field: string, fen: bigint) => {
  const rows = i[group] as Record<string, Record<string, bigint | undefined>>;
  rows[code] = { ...rows[code], [field]: (rows[code]?.[field] ?? 0n) + fen };
};

const FILLS: Record<MemberKey, (i: ReportInputs) => void> = {
  base: (i) => {
    add(i, "income", "2010301", "other", GRANT);
    add(i, "expenditure", "2010301", "toAffiliated", GRANT);
    add(i, "income", "2010302", "affiliated", HANDED_UP);
    add(i, "expenditure", "2010302", "project", HANDED_UP);
  },
  school: (i) => {
    add(i, "income", "2010350", "superior", GRANT);
    add(i, "expenditure", "2010350", "project", GRANT);
  },
  exam: (i) => {
    add(i, "income", "2010350", "other", HANDED_UP);
    add(i, "expenditure", "2010350", "toSuperior", HANDED_UP);
  },
};

export function memberInputs(key: MemberKey): ReportInputs {
  const inputs = structuredClone(zaozhuang2024Inputs);
  FILLS[key](inputs);
  return inputs;
}

/** Each member's side of the two flows, by the members' unit ids. */
export function memberFlows(ids: Record<MemberKey, string>): Record<MemberKey, InternalFlow[]> {
  return {
    base: [
      { line: "TO_AFFILIATED", counterpartUnitId: ids.school, code: "2010301", amount: GRANT },
      { line: "AFFILIATED_INCOME", counterpartUnitId: ids.exam, code: "2010302", amount: HANDED_UP },
    ],
    school: [{ line: "SUPERIOR_INCOME", counterpartUnitId: ids.base, code: "2010350", amount: GRANT }],
    exam: [{ line: "TO_SUPERIOR", counterpartUnitId: ids.base, code: "2010350", amount: HANDED_UP }],
  };
}

const REASON = "部门内单位之间调剂资金，以及机构改革后职能调整";

/** The seed's 情况说明 with a reason for every line the check asks one for on these inputs. */
export function narrativeFor(inputs: ReportInputs, unitKind: UnitKind | null, coveredMoney?: string): StoredNarrativeRecord {
  const record = structuredClone(ZAOZHUANG_2024_NARRATIVE_RECORD);
  if (coveredMoney) record.facts.form.performance = { ...record.facts.form.performance, coveredMoney };
  const { summary } = checkReport({ template: shandong2024, names, inputs, unitName: "", unitKind, year: 2024, narrative: record, performance: ZAOZHUANG_2024_PERFORMANCE_RECORD });
  const prefix = "narrative.reason.missing:reasons.";
  const missing = summary.messages.flatMap((m) => (m.key.startsWith(prefix) ? [m.key.slice(prefix.length)] : []));
  record.facts.form.reasons = { ...record.facts.form.reasons, ...Object.fromEntries(missing.map((k) => [k, REASON])) };
  return record;
}

/** A member's 2024 report as nested writes: its tables, 情况说明, 绩效 and the seed's one explanation. */
export function memberReportData(key: MemberKey, unit: { id: string; kind: UnitKind }) {
  const inputs = memberInputs(key);
  return {
    unitId: unit.id,
    year: 2024,
    templateId: "shandong-2024",
    tables: { create: TABLE_KEYS.map((tableKey) => ({ tableKey, ...tableRecord(inputs, tableKey) })) },
    narrative: { create: narrativeFor(inputs, unit.kind) },
    performance: { create: { data: ZAOZHUANG_2024_PERFORMANCE_RECORD } },
    explanations: { create: [{ key: "T绩效|coverage", text: SEED_COVERAGE_EXPLANATION }] },
  };
}

/** The department's own 情况说明, 绩效 and explanation, written for its consolidated figures. */
export async function writeDepartmentDocuments(db: PrismaClient, reportId: string, ids: Record<MemberKey, string>) {
  const flows = memberFlows(ids);
  const { inputs } = consolidate(
    MEMBER_KEYS.map((k) => ({ unitId: ids[k], name: k, inputs: memberInputs(k), flows: flows[k] })),
    { names, tableNumber: () => "" },
  );
  // The seed's 13 projects, 2,185.74 万元, three times over.
  const record = narrativeFor(inputs, null, "65,572,200");
  await db.reportNarrative.upsert({ where: { reportId }, update: record, create: { reportId, ...record } });
  await db.reportPerformance.upsert({ where: { reportId }, update: { data: ZAOZHUANG_2024_PERFORMANCE_RECORD }, create: { reportId, data: ZAOZHUANG_2024_PERFORMANCE_RECORD } });
  await db.ruleExplanation.upsert({ where: { reportId_key: { reportId, key: "T绩效|coverage" } }, update: {}, create: { reportId, key: "T绩效|coverage", text: SEED_COVERAGE_EXPLANATION } });
}

/**
 * The demo department 104 (made up, named 示范 like the 上海 demo): its members' reports approved by
 * the department reviewer with their flows stated, and its 部门决算 created with its own 情况说明,
 * waiting for the department's staff to consolidate it and send it to the 财政局.
 */
export async function seedDemoDepartment(db: PrismaClient, codes: { department: string; members: Record<MemberKey, string>; merged: string }, approverId: string) {
  const department = await db.unit.findUniqueOrThrow({ where: { code: codes.department } });
  if (await db.report.findUnique({ where: { unitId_year: { unitId: department.id, year: 2024 } } })) return;
  const units = {} as Record<MemberKey, { id: string; kind: UnitKind }>;
  for (const key of MEMBER_KEYS) units[key] = await db.unit.findUniqueOrThrow({ where: { code: codes.members[key] }, select: { id: true, kind: true } });
  const ids = Object.fromEntries(MEMBER_KEYS.map((k) => [k, units[k].id])) as Record<MemberKey, string>;
  const flows = memberFlows(ids);
  const approvedAt = new Date();
  for (const key of MEMBER_KEYS) {
    const report = await db.report.create({
      data: { ...memberReportData(key, units[key]), status: "APPROVED", version: 2, submittedAt: approvedAt, reviewStartedAt: approvedAt, approvedAt, flows: { create: flows[key] } },
    });
    await db.auditLog.create({ data: { actorId: approverId, reportId: report.id, action: "workflow.approve", fromStatus: "SUBMITTED", toStatus: "APPROVED", detail: { seed: true } } });
  }
  const merged = await db.unit.findUniqueOrThrow({ where: { code: codes.merged } });
  const report = await db.report.create({
    data: {
      unitId: department.id,
      year: 2024,
      templateId: "shandong-2024",
      members: { create: [...MEMBER_KEYS.map((k, position) => ({ unitId: ids[k], year: 2024, position })), { unitId: merged.id, year: 2024, merged: true, position: MEMBER_KEYS.length }] },
    },
  });
  await writeDepartmentDocuments(db, report.id, ids);
}
