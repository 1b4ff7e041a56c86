import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { generateNarrative } from "@/lib/narrative";
import { FACTS_NOT_ENTERED, emptyFactsForm, openNarrativeItems, readFacts, storedFactsSchema } from "@/lib/narrative/stored";
import { inputsFromTables } from "@/lib/reports/table-data";
import { deriveReport } from "@/lib/tables/derive";
import { getTemplate } from "@/lib/tables/templates";

/**
 * What the 情况说明 still lacks, as labels for the submission gate: every missing 主要原因 and
 * every problem the generator reports. Runs inside the submit transaction on exactly what is
 * submitted; a report without its narrative facts cannot be submitted.
 */
export async function missingNarrativeReasons(tx: Prisma.TransactionClient, reportId: string): Promise<string[]> {
  const report = await tx.report.findUnique({
    where: { id: reportId },
    select: { year: true, templateId: true, unit: { select: { name: true } }, narrative: { select: { facts: true } } },
  });
  if (!report) return ["报表不存在"];
  if (!report.narrative) return [FACTS_NOT_ENTERED];
  const read = readFacts(report.narrative.facts, emptyFactsForm({ unitKind: "administrative", year: report.year }));
  if (!read.entered) return [FACTS_NOT_ENTERED];
  if (read.warning) return [read.warning];
  const parsed = storedFactsSchema.safeParse({ form: read.form, settings: read.settings });
  if (!parsed.success) return [`情况说明事实数据有误，请在“情况说明”页修改后保存：${parsed.error.issues[0]?.message ?? ""}`];
  const template = getTemplate(report.templateId);
  if (!template) return ["报表模板不存在"];

  const tables = await tx.reportTable.findMany({ where: { reportId }, select: { tableKey: true, data: true, usedCodes: true } });
  const codes = [...new Set(tables.flatMap((t) => t.usedCodes))];
  const subjects = await tx.subjectCode.findMany({ where: { year: report.year, kind: "FUNCTION", code: { in: codes } }, select: { code: true, name: true } });
  const derived = deriveReport(template, new Map(subjects.map((s) => [s.code, s.name])), inputsFromTables(tables));
  const result = generateNarrative({
    template,
    unitName: report.unit.name,
    year: report.year,
    derived,
    facts: parsed.data.form,
    settings: parsed.data.settings,
  });
  return openNarrativeItems(result);
}
