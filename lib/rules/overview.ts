/**
 * 第一部分 单位概况 as stored: a draft (lib/validation/overview.ts) is kept as typed, and this check
 * says, field by field, what it still lacks before the report can be submitted.
 */
import { overviewSchema } from "../validation/overview";
import { chineseMessage } from "../validation/parse";
import type { CheckDefinition, CheckMessage } from "./messages";

/** Each message starts so, then says what to fix; the 单位概况 page shows the rest. */
export const OVERVIEW_MESSAGE_PREFIX = "单位概况有误，请在“单位概况”页修改后保存：";

export const OVERVIEW_CHECKS: readonly CheckDefinition[] = [{ id: "overview.invalid", severity: "error", part: "overview", title: "单位概况符合填写要求" }];

export function checkOverview(narrative: { readonly overview: unknown } | null): CheckMessage[] {
  const overview = narrative?.overview;
  if (overview === null || overview === undefined) return [];
  const parsed = overviewSchema.safeParse(overview);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || null;
    return {
      key: `overview.invalid:${field ?? ""}`,
      ruleId: "overview.invalid",
      severity: "error",
      part: "overview",
      table: null,
      message: `${OVERVIEW_MESSAGE_PREFIX}${chineseMessage(issue)}`,
      cell: null,
      rowKey: null,
      field,
    };
  });
}
