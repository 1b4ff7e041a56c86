"use server";
/**
 * 第五部分 (绩效) endpoints: parse, call the operation in lib/operations/performance/, refresh the
 * report's pages, map errors. Every input is hostile until parsed.
 */
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { deleteKeyEvaluation as deleteKeyOperation } from "@/lib/operations/performance/delete-key-evaluation";
import { deleteProject as deleteProjectOperation } from "@/lib/operations/performance/delete-project";
import { refused } from "@/lib/operations/performance/document-write";
import { moveProject as moveProjectOperation } from "@/lib/operations/performance/move-project";
import { saveKeyEvaluation as saveKeyOperation } from "@/lib/operations/performance/save-key-evaluation";
import { saveProject as saveProjectOperation } from "@/lib/operations/performance/save-project";
import { saveSummaryInfo as saveSummaryOperation } from "@/lib/operations/performance/save-summary-info";
import { parseInput } from "@/lib/validation/parse";
import type { FieldIssue } from "@/lib/performance/field-issues";
import { PROJECT_ID, checkProjectDraft, checkProjectInput } from "@/lib/validation/performance/project-entry";
import { summaryInfoSchema } from "@/lib/validation/performance/summary-info";
import { runReportEdit } from "./run-action";

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

/**
 * Adds a project (no id) or replaces one: its 自评表, or its reported score. What the check refuses
 * is kept as a draft (checkProjectDraft) and its problems answered in `issues`, to be fixed before
 * submission; only what no draft may hold is refused.
 */
export async function saveProject(input: unknown): Promise<Saved<{ projectId: string; issues: readonly FieldIssue[] }>> {
  return runReportEdit(saveProjectSchema, input, async (user, { project, ...write }) => {
    const checked = checkProjectInput(project);
    if (checked.ok) return { ...(await saveProjectOperation(user, { ...write, project: checked.value })), issues: [] };
    const draft = checkProjectDraft(project);
    if (!draft.ok) throw refused(draft.issues);
    return { ...(await saveProjectOperation(user, { ...write, project: draft.value })), issues: checked.issues };
  });
}

/** Removes a project and its 重点绩效评价报告. */
export async function deleteProject(input: unknown): Promise<Saved> {
  return runReportEdit(projectRefSchema, input, deleteProjectOperation);
}

/** Moves a project one place up or down in the 汇总表 (its 序号). */
export async function moveProject(input: unknown): Promise<Saved> {
  return runReportEdit(moveSchema, input, moveProjectOperation);
}

/** Writes or replaces the 重点绩效评价报告 of one project; one its check refuses is kept as a draft, its problems in `issues`. */
export async function saveKeyEvaluation(input: unknown): Promise<Saved<{ issues: readonly FieldIssue[] }>> {
  return runReportEdit(saveKeySchema, input, saveKeyOperation);
}

export async function deleteKeyEvaluation(input: unknown): Promise<Saved> {
  return runReportEdit(projectRefSchema, input, deleteKeyOperation);
}

/** The 汇总表 header: 部门(单位)名称 and 填报日期. */
export async function saveSummaryInfo(input: unknown): Promise<Saved> {
  return runReportEdit(summarySchema, input, (user, { info, ...write }) => saveSummaryOperation(user, { ...write, info: parseInput(summaryInfoSchema, info) }));
}
