import "server-only";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { inTransaction, lockEditableReport } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import type { SettleRequestInput, SubjectRequestInput } from "@/lib/validation/subject-request";
import { createSubject } from "./add-subject";

/**
 * Staff of an editable report ask for a 项 code the report's year catalog lacks, with its name as
 * they have it. One open request per report and code; asking again updates it.
 */
export function requestSubject(user: CurrentUser, { reportId, code, name, note }: SubjectRequestInput): Promise<{ id: string }> {
  return inTransaction(async (tx) => {
    const report = await lockEditableReport(tx, user, reportId);
    if (await tx.subjectCode.findUnique({ where: { year_kind_code: { year: report.year, kind: "FUNCTION", code } }, select: { code: true } })) {
      throw new AppError("INVALID", `科目 ${code} 已在 ${report.year} 年度的功能分类科目中，请刷新页面后直接添加`);
    }
    const data = { name, note: note ?? null, requestedById: user.id, status: "OPEN" as const, resolvedById: null, resolvedAt: null, resolution: null };
    const saved = await tx.subjectRequest.upsert({
      where: { year_code_reportId: { year: report.year, code, reportId: report.id } },
      update: data,
      create: { year: report.year, code, reportId: report.id, ...data },
      select: { id: true },
    });
    await audit(tx, { actorId: user.id, reportId: report.id, action: "catalog.requestSubject", detail: { year: report.year, code, name } });
    return saved;
  });
}

/**
 * The admin settles a request: 补充 adds the code with the requested name to the year's catalog
 * (its 类 and 款 must exist) and settles every open request for it; 驳回 says why. The units are told.
 */
export function settleSubjectRequest(admin: CurrentUser, input: SettleRequestInput): Promise<{ settled: number }> {
  return inTransaction(async (tx) => {
    const request = await tx.subjectRequest.findUnique({ where: { id: input.id }, include: { report: { select: { unit: { select: { name: true } } } } } });
    if (!request || request.status !== "OPEN") throw new AppError("CONFLICT", "该申请不存在或已处理，请刷新页面");
    const now = new Date();
    if (input.decision === "add") {
      await createSubject(tx, admin, { year: request.year, kind: "FUNCTION", code: request.code, name: request.name, explanation: "" });
    }
    const same = input.decision === "add" ? { year: request.year, code: request.code, status: "OPEN" as const } : { id: request.id };
    const settled = await tx.subjectRequest.findMany({ where: same, select: { id: true, reportId: true, requestedById: true } });
    await tx.subjectRequest.updateMany({
      where: { id: { in: settled.map((s) => s.id) } },
      data: { status: input.decision === "add" ? "ADDED" : "REJECTED", resolvedById: admin.id, resolvedAt: now, resolution: input.decision === "reject" ? input.reason : null },
    });
    const message =
      input.decision === "add"
        ? `已补充 ${request.year} 年度功能分类科目 ${request.code}「${request.name}」，可以在决算表中添加`
        : `补充科目 ${request.code}「${request.name}」的申请未获同意：${input.reason}`;
    await tx.notification.createMany({ data: settled.map((s) => ({ userId: s.requestedById, reportId: s.reportId, kind: "subjectRequest", message })) });
    await audit(tx, { actorId: admin.id, action: `catalog.${input.decision === "add" ? "addRequested" : "rejectRequest"}Subject`, detail: { year: request.year, code: request.code, requests: settled.length } });
    return { settled: settled.length };
  });
}
