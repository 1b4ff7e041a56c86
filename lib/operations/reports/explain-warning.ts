import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction, lockEditableReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { MAX_EXPLANATIONS_PER_REPORT, type ExplanationInput } from "./explanation-input";

/** Staff explain a warning (an empty text removes the explanation) while the report is editable. */
export function explainWarning(user: CurrentUser, { reportId, key, text }: ExplanationInput): Promise<void> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, reportId);
    if (text) {
      const exists = await tx.ruleExplanation.findUnique({ where: { reportId_key: { reportId: report.id, key } }, select: { key: true } });
      if (!exists && (await tx.ruleExplanation.count({ where: { reportId: report.id } })) >= MAX_EXPLANATIONS_PER_REPORT) {
        throw new AppError("INVALID", `每份报表最多填写 ${MAX_EXPLANATIONS_PER_REPORT} 条提示说明`);
      }
      await tx.ruleExplanation.upsert({ where: { reportId_key: { reportId: report.id, key } }, create: { reportId: report.id, key, text }, update: { text } });
    } else {
      await tx.ruleExplanation.deleteMany({ where: { reportId: report.id, key } });
    }
    await audit(tx, { actorId: user.id, reportId: report.id, action: "report.explainWarning", detail: { key, text } });
  });
}
