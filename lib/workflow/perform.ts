import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportStatus } from "@/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { performanceMessages } from "@/lib/reports/performance-messages";
import { summarizeRules } from "@/lib/reports/rule-summary";
import { inputsFromTables } from "@/lib/reports/table-data";
import { deriveAndCheck } from "@/lib/rules";
import type { CurrentUser } from "@/lib/session";
import { getTemplate } from "@/lib/tables/templates";
import { gateMessage, submissionProblems } from "./gate";
import { checkTransition, MAX_REASON_LENGTH, type WorkflowAction } from "./transitions";
import { missingNarrativeReasons } from "./narrative-gate";

type Tx = Prisma.TransactionClient;

export const transitionSchema = z.object({
  reportId: z.string().min(1).max(64),
  action: z.enum(["submit", "withdraw", "return", "approve", "reopen", "publish"], { error: "未知的操作" }),
  expectedVersion: z.number({ error: "缺少版本号" }).int().nonnegative(),
  reason: z.string().max(MAX_REASON_LENGTH, `原因最多 ${MAX_REASON_LENGTH} 个字符`).optional().nullable(),
});

const STAMP: Partial<Record<WorkflowAction, "submittedAt" | "approvedAt" | "publishedAt">> = { submit: "submittedAt", approve: "approvedAt", publish: "publishedAt" };

/**
 * Takes one workflow step. The status change is a compare-and-set on (status, version) in
 * the same transaction as its audit entry, snapshot and notifications: of two people acting
 * at once exactly one wins, and the other is told so.
 */
export async function performTransition(user: CurrentUser, input: unknown): Promise<{ status: ReportStatus; version: number }> {
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "请求格式不正确");
  const { reportId, action, expectedVersion, reason: rawReason } = parsed.data;
  const report = await requireVisibleReport(user, reportId);

  const check = checkTransition(action, {
    role: user.role,
    status: report.status,
    expectedVersion,
    currentVersion: report.version,
    reviewStarted: report.reviewStartedAt !== null,
    reason: rawReason,
  });
  if (!check.ok) throw new AppError(check.code, check.message);
  const { transition, reason } = check;

  return db.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.report.updateMany({
      where: { id: report.id, status: report.status, version: expectedVersion, ...(action === "withdraw" ? { reviewStartedAt: null } : {}) },
      data: {
        status: transition.to,
        version: { increment: 1 },
        ...(STAMP[action] ? { [STAMP[action]!]: now } : {}),
        ...(action === "submit" ? { reviewStartedAt: null, approvedAt: null } : {}),
        ...(action === "reopen" ? { approvedAt: null } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "报表状态已被他人更新，本次操作未执行；请刷新页面查看最新状态");

    // The gate runs inside the transaction, after the row is locked, on exactly what is submitted.
    if (transition.gated) await snapshotForSubmission(tx, report.id, report.year, report.templateId, user.id);
    if (action === "publish") await snapshot(tx, report.id, "published", user.id);

    await audit(tx, { actorId: user.id, reportId: report.id, action: `workflow.${action}`, fromStatus: report.status, toStatus: transition.to, reason: reason ?? undefined });
    await notify(tx, report, action, user.displayName, reason);
    return { status: transition.to, version: expectedVersion + 1 };
  });
}

async function snapshotForSubmission(tx: Tx, reportId: string, year: number, templateId: string, actorId: string) {
  const template = getTemplate(templateId);
  if (!template) throw new AppError("INVALID", "报表模板不存在");
  const [tables, subjects, explanations, performance] = await Promise.all([
    tx.reportTable.findMany({ where: { reportId }, select: { tableKey: true, data: true } }),
    tx.subjectCode.findMany({ where: { year, kind: "FUNCTION" }, select: { code: true, name: true } }),
    tx.ruleExplanation.findMany({ where: { reportId } }),
    tx.reportPerformance.findUnique({ where: { reportId }, select: { data: true } }),
  ]);
  const { report: derived, rules } = deriveAndCheck(template, new Map(subjects.map((s) => [s.code, s.name])), inputsFromTables(tables));
  const check = summarizeRules(rules);
  check.messages.push(...performanceMessages(performance?.data ?? null, derived));
  const problems = submissionProblems(check, new Map(explanations.map((e) => [e.key, e.text])), await missingNarrativeReasons(tx, reportId));
  if (problems.length) throw new AppError("INVALID", gateMessage(problems));
  await snapshot(tx, reportId, "submitted", actorId);
}

/** An immutable copy of everything the unit entered, numbered per report. */
async function snapshot(tx: Tx, reportId: string, kind: "submitted" | "published", actorId: string) {
  const [tables, explanations, narrative, performance, last] = await Promise.all([
    tx.reportTable.findMany({ where: { reportId }, select: { tableKey: true, data: true } }),
    tx.ruleExplanation.findMany({ where: { reportId }, select: { key: true, text: true } }),
    tx.reportNarrative.findUnique({ where: { reportId }, select: { overview: true, facts: true } }),
    tx.reportPerformance.findUnique({ where: { reportId }, select: { data: true } }),
    tx.reportVersion.findFirst({ where: { reportId }, orderBy: { number: "desc" }, select: { number: true } }),
  ]);
  const data = {
    tables: Object.fromEntries(tables.map((t) => [t.tableKey, t.data])),
    explanations: Object.fromEntries(explanations.map((e) => [e.key, e.text])),
    narrative: narrative ?? null,
    performance: performance?.data ?? null,
  } as unknown as Prisma.InputJsonValue;
  await tx.reportVersion.create({ data: { reportId, number: (last?.number ?? 0) + 1, kind, data, createdById: actorId } });
}

const NOTICE: Record<WorkflowAction, (unit: string, year: number, who: string) => string> = {
  submit: (unit, year, who) => `${unit} ${year} 年度决算已由${who}上报，待审核`,
  withdraw: (unit, year, who) => `${unit} ${year} 年度决算已由${who}撤回`,
  return: (unit, year, who) => `${unit} ${year} 年度决算被${who}退回，请按审核意见修改`,
  approve: (unit, year, who) => `${unit} ${year} 年度决算已由${who}审核通过，请在 20 日内公开`,
  reopen: (unit, year, who) => `${unit} ${year} 年度决算的审核通过已被${who}撤销并退回`,
  publish: (unit, year, who) => `${unit} ${year} 年度决算已由${who}公开`,
};

/** Submissions go to the reviewers covering the unit; decisions go to the unit's staff. */
async function notify(tx: Tx, report: { id: string; year: number; unitId: string; unit: { name: string; path: string } }, action: WorkflowAction, actor: string, reason: string | null) {
  const ancestors = report.unit.path.split("/").filter(Boolean);
  const recipients =
    action === "submit" || action === "withdraw"
      ? await tx.user.findMany({
          where: { role: "REVIEWER", active: true, scopes: { some: { OR: [{ unitId: report.unitId }, { includeSubtree: true, unitId: { in: ancestors } }] } } },
          select: { id: true },
        })
      : await tx.user.findMany({ where: { role: "UNIT_STAFF", active: true, unitId: report.unitId }, select: { id: true } });
  const message = NOTICE[action](report.unit.name, report.year, actor) + (reason ? `。原因：${reason.slice(0, 200)}` : "");
  if (recipients.length) {
    await tx.notification.createMany({ data: recipients.map((r) => ({ userId: r.id, reportId: report.id, kind: action, message })) });
  }
}

