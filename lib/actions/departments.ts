"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { loadCellSources, type CellSources } from "@/lib/data/department";
import { consolidateReport } from "@/lib/operations/departments/consolidate-report";
import { parseFlows, saveFlows } from "@/lib/operations/departments/save-flows";
import { setMembers } from "@/lib/operations/departments/set-members";
import { requirePermission } from "@/lib/session";
import { membersSchema, reportRequestSchema } from "@/lib/validation/departments";
import { tableKeySchema } from "@/lib/validation/tables";
import { parseInput } from "@/lib/validation/parse";
import { runAction, runReportEdit } from "./run-action";

/** The department's staff choose the units of its 部门决算 and which are 并入本级. */
export async function setDepartmentMembers(input: unknown): Promise<ActionResult<{ count: number }>> {
  return runReportEdit(membersSchema, input, setMembers);
}

/** 汇总: the department report's tables become its members' consolidation. */
export async function consolidateDepartment(input: unknown) {
  return runReportEdit(reportRequestSchema, input, consolidateReport);
}

/** A member unit's staff state its internal flows (内部往来). */
export async function saveInternalFlows(input: unknown): Promise<ActionResult<{ count: number; total: string }>> {
  return runAction(async () => {
    const user = await requirePermission("report:edit");
    const flows = parseFlows(input);
    const result = await saveFlows(user, flows);
    revalidatePath(`/reports/${flows.reportId}`, "layout");
    return result;
  });
}

const cellRequest = z.strictObject({
  reportId: reportRequestSchema.shape.reportId,
  table: tableKeySchema,
  cell: z.string({ error: "缺少单元格" }).max(80, "单元格不正确").regex(/^[\p{L}\p{N}:_.-]+$/u, "单元格不正确"),
});

/** Drill-down of one consolidated cell to the member units' figures. */
export async function cellSources(input: unknown): Promise<ActionResult<CellSources>> {
  return runAction(async () => {
    const user = await requirePermission("report:read");
    const { reportId, table, cell } = parseInput(cellRequest, input);
    return loadCellSources(user, reportId, table, cell);
  });
}
