import type { UnitKind } from "../../generated/prisma/client";
import { consolidate } from "../../lib/consolidation/consolidate";
import type { InternalFlow } from "../../lib/consolidation/flows";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../../lib/narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../../lib/performance/seed/stored-record";
import { tableRecord } from "../../lib/reports/table-data";
import { checkReport } from "../../lib/rules/report-check";
import type { ReportInputs } from "../../lib/tables/inputs";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames as names } from "../../lib/tables/seed/zaozhuang-2024";
import { shandong2024 } from "../../lib/tables/templates/shandong-2024";
import { TABLE_KEYS } from "../../lib/tables/types";
import { ensureUnit } from "../../prisma/factories";
import { SEED_COVERAGE_EXPLANATION } from "../../prisma/seed-report";
import { testDb } from "./db";
import { makeUser, uniq } from "./factories";

/** 本级 hands 中学 10,000 元 (对附属单位补助支出 ↔ 上级补助收入); 招考院 hands 本级 200 元 up (上缴上级支出 ↔ 附属单位上缴收入). */
export const GRANT = 1_000_000n;
export const HANDED_UP = 20_000n;

type Fill = (i: ReportInputs) => void;
const add = (i: ReportInputs, group: "income" | "expenditure", code: string, field: string, fen: bigint) => {
  const rows = i[group] as Record<string, Record<string, bigint | undefined>>;
  rows[code] = { ...rows[code], [field]: (rows[code]?.[field] ?? 0n) + fen };
};

/**
 * Each member holds the seed unit's published tables plus its side of the flows, paid for or
 * spent so that its own report still balances; the reasons its 情况说明 then needs are written.
 */
export const MEMBER_FILLS: Record<"base" | "school" | "exam", Fill> = {
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

export function memberInputs(kind: keyof typeof MEMBER_FILLS): ReportInputs {
  const inputs = structuredClone(zaozhuang2024Inputs);
  MEMBER_FILLS[kind](inputs);
  return inputs;
}

/** The seed's 情况说明 with a reason for every line the check asks one for on these inputs. */
export function narrativeFor(inputs: ReportInputs, unitKind: UnitKind | null, coveredMoney?: string) {
  const record = structuredClone(ZAOZHUANG_2024_NARRATIVE_RECORD);
  if (coveredMoney) record.facts.form.performance = { ...record.facts.form.performance, coveredMoney };
  const { summary } = checkReport({ template: shandong2024, names, inputs, unitName: "", unitKind, year: 2024, narrative: record, performance: ZAOZHUANG_2024_PERFORMANCE_RECORD });
  const reasons = summary.messages.flatMap((m) => (m.key.startsWith("narrative.reason.missing:reasons.") ? [m.key.slice("narrative.reason.missing:reasons.".length)] : []));
  record.facts.form.reasons = { ...record.facts.form.reasons, ...Object.fromEntries(reasons.map((k) => [k, "部门内单位之间调剂资金，以及机构改革后职能调整"])) };
  return record;
}

/**
 * A department with its 本级 and two member units, each with a 2024 draft that passes every
 * rule, one staff member each, the department's staff, its reviewer and a 财政局 reviewer.
 */
export async function makeDepartmentWithMembers() {
  const s = uniq();
  const dept = await ensureUnit(testDb, { code: `DD${s}`, name: `测试教育局${s}`, isDepartment: true });
  const units = {
    base: await ensureUnit(testDb, { code: `DD${s}001`, name: `测试教育局${s}本级`, parentCode: dept.code }),
    school: await ensureUnit(testDb, { code: `DD${s}002`, name: `测试第一中学${s}`, kind: "INSTITUTION", parentCode: dept.code }),
    exam: await ensureUnit(testDb, { code: `DD${s}003`, name: `测试招生考试院${s}`, kind: "CIVIL_SERVANT_INSTITUTION", parentCode: dept.code }),
  };
  const reports = {} as Record<keyof typeof units, { id: string }>;
  const staff = {} as Record<keyof typeof units, { login: string }>;
  for (const key of Object.keys(units) as (keyof typeof units)[]) {
    const unit = units[key];
    const inputs = memberInputs(key);
    reports[key] = await testDb.report.create({
      data: {
        unitId: unit.id,
        year: 2024,
        templateId: "shandong-2024",
        tables: { create: TABLE_KEYS.map((tableKey) => ({ tableKey, ...tableRecord(inputs, tableKey) })) },
        narrative: { create: narrativeFor(inputs, unit.kind) },
        performance: { create: { data: ZAOZHUANG_2024_PERFORMANCE_RECORD } },
        explanations: { create: [{ key: "T绩效|coverage", text: SEED_COVERAGE_EXPLANATION }] },
      },
    });
    staff[key] = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  }
  return {
    dept,
    units,
    reports,
    staff,
    deptStaff: await makeUser("UNIT_STAFF", { unitCode: dept.code }),
    deptReviewer: await makeUser("DEPARTMENT_REVIEWER", { scopeUnitCodes: [dept.code] }),
    financeReviewer: await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] }),
  };
}

/** The department's 情况说明 and 绩效 as its staff would write them for the consolidated figures. */
export async function writeDepartmentNarrative(reportId: string, ids: Record<"base" | "school" | "exam", string>) {
  const flows: Record<string, InternalFlow[]> = {
    base: [
      { line: "TO_AFFILIATED", counterpartUnitId: ids.school, code: "2010301", amount: GRANT },
      { line: "AFFILIATED_INCOME", counterpartUnitId: ids.exam, code: "2010302", amount: HANDED_UP },
    ],
    school: [{ line: "SUPERIOR_INCOME", counterpartUnitId: ids.base, code: "2010350", amount: GRANT }],
    exam: [{ line: "TO_SUPERIOR", counterpartUnitId: ids.base, code: "2010350", amount: HANDED_UP }],
  };
  const { inputs } = consolidate(
    (["base", "school", "exam"] as const).map((k) => ({ unitId: ids[k], name: k, inputs: memberInputs(k), flows: flows[k] })),
    { names, tableNumber: () => "" },
  );
  // The 13 projects' 2,185.74 万元, three times over.
  const record = narrativeFor(inputs, null, "65,572,200");
  await testDb.reportNarrative.upsert({ where: { reportId }, update: record, create: { reportId, ...record } });
  await testDb.reportPerformance.upsert({ where: { reportId }, update: { data: ZAOZHUANG_2024_PERFORMANCE_RECORD }, create: { reportId, data: ZAOZHUANG_2024_PERFORMANCE_RECORD } });
  await testDb.ruleExplanation.upsert({ where: { reportId_key: { reportId, key: "T绩效|coverage" } }, update: {}, create: { reportId, key: "T绩效|coverage", text: SEED_COVERAGE_EXPLANATION } });
  return inputs;
}
