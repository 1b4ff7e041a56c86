"use server";
/**
 * 第五部分 (绩效) endpoints: parse, call the operation in lib/operations/performance/, refresh the
 * report's pages, map errors. Every input is hostile until parsed.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { toActionError, type ActionResult } from "@/lib/errors";
import { deleteKeyEvaluation as deleteKeyOperation } from "@/lib/operations/performance/delete-key-evaluation";
import { deleteProject as deleteProjectOperation } from "@/lib/operations/performance/delete-project";
import { refused } from "@/lib/operations/performance/document-write";
import { moveProject as moveProjectOperation } from "@/lib/operations/performance/move-project";
import { saveKeyEvaluation as saveKeyOperation } from "@/lib/operations/performance/save-key-evaluation";
import { saveProject as saveProjectOperation } from "@/lib/operations/performance/save-project";
import { saveSummaryInfo as saveSummaryOperation } from "@/lib/operations/performance/save-summary-info";
import { requirePermission } from "@/lib/session";
import { parseInput } from "@/lib/validation/parse";
import { PROJECT_ID, checkProjectInput } from "@/lib/validation/performance/project-entry";
import { summaryInfoSchema } from "@/lib/validation/performance/summary-info";

const envelope = {
  reportId: z.string({ error: "报表编号不正确" }).min(1, "报表编号不正确").max(64, "报表编号不正确"),
  baseVersion: z.number({ error: "缺少数据版本，请刷新页面" }).int().min(0),
};
const projectId = z.string({ error: "项目编号不正确" }).regex(PROJECT_ID, "项目编号不正确");

const saveProjectSchema = z.object({ ...envelope, project: z.unknown() });
const projectRefSchema = z.object({ ...envelope, projectId });
const moveSchema = z.object({ ...envelope, projectId, step: z.union([z.literal(-1), z.literal(1)], { error: "移动方向不正确" }) });
const saveKeySchema = z.object({ ...envelope, projectId, form: z.unknown() });
const summarySchema = z.object({ ...envelope, info: z.unknown() });

type Saved<T = object> = ActionResult<{ version: number } & T>;

/** A done write refreshes everything the report shows. */
function saved<T extends object>(reportId: string, data: T): { ok: true; data: T } {
  revalidatePath(`/reports/${reportId}`, "layout");
  return { ok: true, data };
}

/** Adds a project (no id) or replaces one: its 自评表, or its reported score. */
export async function saveProject(input: unknown): Promise<Saved<{ projectId: string }>> {
  try {
    const user = await requirePermission("report:edit");
    const { project, ...write } = parseInput(saveProjectSchema, input);
    const checked = checkProjectInput(project);
    if (!checked.ok) throw refused(checked.issues);
    return saved(write.reportId, await saveProjectOperation(user, { ...write, project: checked.value }));
  } catch (e) {
    return toActionError(e);
  }
}

/** Removes a project and its 重点绩效评价报告. */
export async function deleteProject(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const write = parseInput(projectRefSchema, input);
    return saved(write.reportId, await deleteProjectOperation(user, write));
  } catch (e) {
    return toActionError(e);
  }
}

/** Moves a project one place up or down in the 汇总表 (its 序号). */
export async function moveProject(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const write = parseInput(moveSchema, input);
    return saved(write.reportId, await moveProjectOperation(user, write));
  } catch (e) {
    return toActionError(e);
  }
}

/** Writes or replaces the 重点绩效评价报告 of one project. */
export async function saveKeyEvaluation(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const write = parseInput(saveKeySchema, input);
    return saved(write.reportId, await saveKeyOperation(user, write));
  } catch (e) {
    return toActionError(e);
  }
}

export async function deleteKeyEvaluation(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const write = parseInput(projectRefSchema, input);
    return saved(write.reportId, await deleteKeyOperation(user, write));
  } catch (e) {
    return toActionError(e);
  }
}

/** The 汇总表 header: 部门(单位)名称 and 填报日期. */
export async function saveSummaryInfo(input: unknown): Promise<Saved> {
  try {
    const user = await requirePermission("report:edit");
    const { info, ...write } = parseInput(summarySchema, input);
    return saved(write.reportId, await saveSummaryOperation(user, { ...write, info: parseInput(summaryInfoSchema, info) }));
  } catch (e) {
    return toActionError(e);
  }
}
