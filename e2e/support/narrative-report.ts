import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../../lib/narrative/seed/stored-record";
import type { StoredNarrativeRecord } from "../../lib/narrative/record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../../lib/performance/seed/stored-record";
import { tableRecord } from "../../lib/reports/table-data";
import { zaozhuang2024Inputs } from "../../lib/tables/seed/zaozhuang-2024";
import { TABLE_KEYS } from "../../lib/tables/types";
import { testDb } from "./db";
import { makeDepartmentWithUnit, makeUser } from "./factories";

/** Reports whose tables are the seed unit's published 2024 tables, each in a unit of its own. */
export const seedRecord = (): StoredNarrativeRecord => structuredClone(ZAOZHUANG_2024_NARRATIVE_RECORD);

export async function seedReport(label: string, opts: { year?: number; narrative?: StoredNarrativeRecord | null; performance?: boolean } = {}) {
  const { dept, unit } = await makeDepartmentWithUnit(label);
  const staff = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const report = await testDb.report.create({
    data: {
      unitId: unit.id,
      year: opts.year ?? 2024,
      templateId: "shandong-2024",
      tables: { create: TABLE_KEYS.map((tableKey) => ({ tableKey, ...tableRecord(zaozhuang2024Inputs, tableKey) })) },
    },
  });
  if (opts.narrative) {
    await testDb.reportNarrative.create({ data: { reportId: report.id, overview: opts.narrative.overview, facts: opts.narrative.facts, version: 1 } });
  }
  // 情况说明 十三 reads its figures from the 绩效 record.
  if (opts.performance) await testDb.reportPerformance.create({ data: { reportId: report.id, data: structuredClone(ZAOZHUANG_2024_PERFORMANCE_RECORD), version: 1 } });
  return { dept, unit, staff, report };
}
