"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { saveFacts, type DraftProblems } from "@/lib/operations/narrative/save-facts";
import { saveOverview as saveOverviewOperation, type OverviewDraft } from "@/lib/operations/overview/save-overview";
import { unknownKeys } from "@/lib/validation/parse";
import { runReportEdit } from "./run-action";

const target = {
  reportId: z.string({ error: "缺少报表编号" }).min(1, "缺少报表编号").max(64, "报表编号不正确"),
  baseVersion: z.number({ error: "缺少版本号" }).int("版本号不正确").nonnegative("版本号不正确"),
};

// The overview itself is judged by the operation: strictly, or as a draft (lib/operations/overview/save-overview.ts).
const overviewInput = z.strictObject({ ...target, overview: z.unknown() }, { error: unknownKeys });

/** Saves 第一部分 单位概况 (as a draft while it fails its checks). Refused when unsafe, locked, or saved by someone else since `baseVersion`. */
export async function saveOverview(input: unknown): Promise<ActionResult<{ version: number; draft: OverviewDraft | null }>> {
  return runReportEdit(overviewInput, input, async (user, write) => {
    const { version, draft } = await saveOverviewOperation(user, write);
    return { version, draft };
  });
}

const factsInput = z.strictObject({ ...target, form: z.unknown(), settings: z.unknown() }, { error: unknownKeys });

/** Saves the 情况说明 facts and reasons (lib/operations/narrative/save-facts.ts). */
export async function saveNarrativeFacts(input: unknown): Promise<ActionResult<{ version: number; draft: DraftProblems | null }>> {
  return runReportEdit(factsInput, input, async (user, write) => {
    const saved = await saveFacts(user, write);
    return { version: saved.version, draft: saved.draft };
  });
}
