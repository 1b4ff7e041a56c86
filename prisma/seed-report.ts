import type { PrismaClient } from "../generated/prisma/client";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../lib/narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../lib/performance/seed/stored-record";
import { tableRecord } from "../lib/reports/table-data";
import { zaozhuang2024Inputs } from "../lib/tables/seed/zaozhuang-2024";
import { TABLE_KEYS } from "../lib/tables/types";

// The published document prints 全年执行数 for 2 of its 13 projects only, so the 绩效 coverage
// check cannot be verified from it; the unit explains that (docs/domain/performance.md).
export const SEED_COVERAGE_EXPLANATION = "13个项目均已开展绩效自评，涉及预算资金2,185.74万元，与公开05表项目支出一致；其中11个项目的执行数未在公开文本中逐项列示。";

/** The seed's tables, 情况说明, 绩效 and explanation, as nested writes of a report. */
function seedContent() {
  return {
    tables: { create: TABLE_KEYS.map((tableKey) => ({ tableKey, ...tableRecord(zaozhuang2024Inputs, tableKey) })) },
    narrative: { create: { ...ZAOZHUANG_2024_NARRATIVE_RECORD } },
    performance: { create: { data: ZAOZHUANG_2024_PERFORMANCE_RECORD } },
    explanations: { create: [{ key: "T绩效|coverage", text: SEED_COVERAGE_EXPLANATION }] },
  };
}

/**
 * A 2024 report for `unitId` holding the published 2024 disclosure of 枣庄市人民政府办公室本级
 * (tables as 元 inputs, 情况说明, 绩效 and the one explanation it needs), so every rule passes.
 * The demo seed and the e2e support both create their seed report here.
 */
export function createSeedReport(db: PrismaClient, unitId: string, templateId = "shandong-2024") {
  return db.report.create({ data: { unitId, year: 2024, templateId, ...seedContent() } });
}

/** Fills an empty draft (created in the browser, say) with the seed's content. */
export function fillWithSeedContent(db: PrismaClient, reportId: string) {
  return db.report.update({ where: { id: reportId }, data: seedContent() });
}
