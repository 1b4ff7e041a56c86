"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { describeFactsIssues, EMPTY_OVERVIEW, overviewSchema, storedFactsSchema } from "@/lib/narrative/stored";
import { EDITABLE_STATUSES } from "@/lib/reports/status";
import { requirePermission } from "@/lib/session";
import { isUniqueViolation, parseInput } from "@/lib/validation/parse";

const target = {
  reportId: z.string({ error: "缺少报表编号" }).min(1, "缺少报表编号").max(64, "报表编号不正确"),
  baseVersion: z.number({ error: "缺少版本号" }).int("版本号不正确").nonnegative("版本号不正确"),
};

const overviewInput = z.strictObject({ ...target, overview: overviewSchema });

/** Saves 第一部分 单位概况. Refused when invalid, locked, or saved by someone else since `baseVersion`. */
export async function saveOverview(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, overview } = parseInput(overviewInput, input);
    const report = await requireVisibleReport(user, reportId);
    const version = await writeNarrative(report, baseVersion, "单位概况", { overview }, {
      actorId: user.id,
      action: "report.saveOverview",
      detail: { duties: overview.duties.length },
    });
    revalidatePath(`/reports/${report.id}`, "layout");
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}

const factsInput = z.strictObject({ ...target, form: z.unknown(), settings: z.unknown() });

/**
 * Saves the 情况说明 facts and reasons. Both schemas must accept them; what is stored is the
 * text as typed (the schemas re-read it on every use), so the form reopens exactly as left.
 */
export async function saveNarrativeFacts(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, form, settings } = parseInput(factsInput, input);
    const parsed = storedFactsSchema.safeParse({ form, settings });
    if (!parsed.success) throw invalidFacts(parsed.error.issues);
    const report = await requireVisibleReport(user, reportId);
    // Every leaf the strict schemas accepted is a string at a known key: safe to store as sent.
    const facts = { form, settings } as Prisma.InputJsonObject;
    const version = await writeNarrative(report, baseVersion, "情况说明", { facts }, {
      actorId: user.id,
      action: "report.saveNarrative",
      detail: { reasons: Object.keys(parsed.data.form.reasons).length },
    });
    revalidatePath(`/reports/${report.id}`, "layout");
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}

function invalidFacts(issues: readonly z.core.$ZodIssue[]): AppError {
  const { summary, fieldErrors } = describeFactsIssues(issues);
  return new AppError("INVALID", summary, fieldErrors);
}

interface AuditInfo {
  actorId: string;
  action: string;
  detail: Prisma.InputJsonObject;
}

/**
 * Writes one part of the record with compare-and-set on its version. The report row is
 * updated first, which locks it and re-checks the status under the lock: a submission waits
 * for this save (and sees it), and a save after a submission is refused.
 */
async function writeNarrative(
  report: { id: string },
  baseVersion: number,
  part: string,
  data: { overview?: Prisma.InputJsonObject; facts?: Prisma.InputJsonObject },
  info: AuditInfo,
): Promise<number> {
  try {
    return await db.$transaction(async (tx) => {
      const open = await tx.report.updateMany({ where: { id: report.id, status: { in: [...EDITABLE_STATUSES] } }, data: { updatedAt: new Date() } });
      if (open.count === 0) throw new AppError("LOCKED", "报表已上报或已审核，当前不能修改");
      const updated = await tx.reportNarrative.updateMany({ where: { reportId: report.id, version: baseVersion }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) {
        if (baseVersion !== 0 || (await tx.reportNarrative.count({ where: { reportId: report.id } })) > 0) throw conflict(part);
        await tx.reportNarrative.create({ data: { reportId: report.id, overview: EMPTY_OVERVIEW, facts: {}, ...data, version: 1 } });
      }
      await audit(tx, { actorId: info.actorId, reportId: report.id, action: info.action, detail: { ...info.detail, version: baseVersion + 1 } });
      return baseVersion + 1;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(part);
    throw e;
  }
}

function conflict(part: string) {
  return new AppError(
    "CONFLICT",
    `${part}在您打开之后已被他人修改并保存（单位概况与情况说明共用一个版本）。为避免覆盖对方的内容，本次保存未执行；您填写的内容仍保留在屏幕上，请记下后刷新页面核对再保存。`,
  );
}
