"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import {
  checkKeyEvaluationInput,
  checkProjectInput,
  parsePerformanceDocument,
  projectNameTaken,
  summaryInfoSchema,
  withKeyEvaluation,
  withProject,
  withProjectMoved,
  withSummaryInfo,
  withoutKeyEvaluation,
  withoutProject,
  type FieldIssue,
  type PerformanceDocument,
} from "@/lib/performance/stored";
import { EDITABLE_STATUSES } from "@/lib/reports/status";
import type { CurrentUser } from "@/lib/session";
import { requirePermission } from "@/lib/session";
import { parseInput } from "@/lib/validation/parse";

const LOCKED = "报表已上报或已审核，当前不能修改";
const CONFLICT =
  "绩效数据在您打开之后已被他人修改并保存。为避免覆盖对方的数据，本次保存未执行；您填写的内容仍保留在屏幕上，请记下后刷新页面核对再保存。";

const envelope = {
  reportId: z.string({ error: "报表编号不正确" }).min(1, "报表编号不正确").max(64, "报表编号不正确"),
  baseVersion: z.number({ error: "缺少数据版本，请刷新页面" }).int().min(0),
};
const projectId = z.string({ error: "项目编号不正确" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "项目编号不正确");

const saveProjectSchema = z.object({ ...envelope, project: z.unknown() });
const projectRefSchema = z.object({ ...envelope, projectId });
const moveSchema = z.object({ ...envelope, projectId, step: z.union([z.literal(-1), z.literal(1)], { error: "移动方向不正确" }) });
const saveKeySchema = z.object({ ...envelope, projectId, form: z.unknown() });
const summarySchema = z.object({ ...envelope, info: z.unknown() });

type Saved<T = object> = ActionResult<{ version: number } & T>;

/** Refuses input with every problem on its field and the first few in the message. */
function refused(issues: readonly FieldIssue[]): AppError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path || "_"] ??= issue.message;
  const listed = issues.slice(0, 3).map((i) => i.message).join("；");
  return new AppError("INVALID", `未保存：${listed}${issues.length > 3 ? `；另有 ${issues.length - 3} 处问题` : ""}`, fieldErrors);
}

async function editableReport(user: CurrentUser, reportId: string) {
  const report = await requireVisibleReport(user, reportId);
  if (!(EDITABLE_STATUSES as readonly string[]).includes(report.status)) throw new AppError("LOCKED", LOCKED);
  return report;
}

/**
 * Applies `change` to the document as stored at `baseVersion`, in one transaction with its audit
 * entry. The report row is locked first, so a submission cannot slip in between the status check
 * and the write; the version check refuses a save based on a document someone has changed since.
 */
async function commit(
  user: CurrentUser,
  reportId: string,
  baseVersion: number,
  action: string,
  detail: Record<string, string | number>,
  change: (document: PerformanceDocument) => PerformanceDocument,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
    if (!locked || !(EDITABLE_STATUSES as readonly string[]).includes(locked.status)) throw new AppError("LOCKED", LOCKED);
    const current = await tx.reportPerformance.findUnique({ where: { reportId } });
    const version = current?.version ?? 0;
    if (version !== baseVersion) throw new AppError("CONFLICT", CONFLICT);
    const next = change(parsePerformanceDocument(current?.data ?? null).document);
    const data: Prisma.InputJsonObject = next;
    if (current) await tx.reportPerformance.update({ where: { reportId }, data: { data, version: version + 1 } });
    else await tx.reportPerformance.create({ data: { reportId, data, version: 1 } });
    await tx.report.update({ where: { id: reportId }, data: { updatedAt: new Date() } });
    await audit(tx, { actorId: user.id, reportId, action: `performance.${action}`, detail: { ...detail, version: version + 1 } });
    return version + 1;
  });
}

function revalidate(reportId: string) {
  revalidatePath(`/reports/${reportId}`, "layout");
}

/** Adds a project (no id) or replaces one: its 自评表, or its reported score. */
export async function saveProject(input: unknown): Promise<Saved<{ projectId: string }>> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, project } = parseInput(saveProjectSchema, input);
    const checked = checkProjectInput(project);
    if (!checked.ok) throw refused(checked.issues);
    const report = await editableReport(user, reportId);
    const id = checked.value.id ?? randomUUID();
    const version = await commit(user, report.id, baseVersion, checked.value.id ? "updateProject" : "addProject", { projectId: id, name: checked.value.name }, (doc) => {
      if (checked.value.id && !doc.projects.some((p) => p.id === id)) throw new AppError("CONFLICT", CONFLICT);
      if (projectNameTaken(doc, checked.value.name, id)) {
        throw new AppError("INVALID", `未保存：项目“${checked.value.name}”已在汇总表中，项目名称不能重复`, { name: "项目名称不能重复" });
      }
      return withProject(doc, { ...checked.value, id });
    });
    revalidate(report.id);
    return { ok: true, data: { version, projectId: id } };
  } catch (e) {
    return toActionError(e);
  }
}

/** Removes a project and its 重点绩效评价报告. */
export async function deleteProject(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, projectId: id } = parseInput(projectRefSchema, input);
    const report = await editableReport(user, reportId);
    const version = await commit(user, report.id, baseVersion, "deleteProject", { projectId: id }, (doc) => {
      if (!doc.projects.some((p) => p.id === id)) throw new AppError("CONFLICT", CONFLICT);
      return withoutProject(doc, id);
    });
    revalidate(report.id);
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}

/** Moves a project one place up or down in the 汇总表 (its 序号). */
export async function moveProject(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, projectId: id, step } = parseInput(moveSchema, input);
    const report = await editableReport(user, reportId);
    const version = await commit(user, report.id, baseVersion, "moveProject", { projectId: id, step }, (doc) => withProjectMoved(doc, id, step));
    revalidate(report.id);
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}

/** Writes or replaces the 重点绩效评价报告 of one project. */
export async function saveKeyEvaluation(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, projectId: id, form } = parseInput(saveKeySchema, input);
    const report = await editableReport(user, reportId);
    const version = await commit(user, report.id, baseVersion, "saveKeyEvaluation", { projectId: id }, (doc) => {
      const project = doc.projects.find((p) => p.id === id);
      if (!project) throw new AppError("CONFLICT", CONFLICT);
      const checked = checkKeyEvaluationInput(form, project, report.year);
      if (!checked.ok) throw refused(checked.issues);
      return withKeyEvaluation(doc, id, checked.value);
    });
    revalidate(report.id);
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}

export async function deleteKeyEvaluation(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, projectId: id } = parseInput(projectRefSchema, input);
    const report = await editableReport(user, reportId);
    const version = await commit(user, report.id, baseVersion, "deleteKeyEvaluation", { projectId: id }, (doc) => {
      if (!doc.keyEvaluations.some((k) => k.projectId === id)) throw new AppError("CONFLICT", CONFLICT);
      return withoutKeyEvaluation(doc, id);
    });
    revalidate(report.id);
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}

/** The 汇总表 header: 部门(单位)名称 and 填报日期. */
export async function saveSummaryInfo(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const { reportId, baseVersion, info } = parseInput(summarySchema, input);
    const parsed = parseInput(summaryInfoSchema, info);
    const report = await editableReport(user, reportId);
    const detail = { summaryUnitName: parsed.summaryUnitName ?? "", summaryFiledOn: parsed.summaryFiledOn ?? "" };
    const version = await commit(user, report.id, baseVersion, "saveSummaryInfo", detail, (doc) => withSummaryInfo(doc, parsed));
    revalidate(report.id);
    return { ok: true, data: { version } };
  } catch (e) {
    return toActionError(e);
  }
}
