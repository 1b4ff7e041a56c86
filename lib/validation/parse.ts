import type { z } from "zod";
import { AppError } from "../errors";

/** Validates hostile input; the first message becomes the summary, all go to their fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw invalidInput(r.error.issues);
}

/** zod issues → the AppError a form shows: every message on its field, the first as the summary. */
export function invalidInput(issues: readonly z.core.$ZodIssue[], summary?: string): AppError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fieldErrors[key] ??= chineseMessage(issue);
  }
  return new AppError("INVALID", summary ?? (issues[0] ? chineseMessage(issues[0]) : "输入有误"), fieldErrors);
}

/** zod's own (English) messages reach only a client that bypassed the form: say where instead. */
export function chineseMessage(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  const where = issue.path.map(String).join(".");
  return where ? `数据格式不正确（${where}）` : "数据格式不正确";
}

/**
 * The error map of every strict object: an extra key is named, in Chinese. Use as
 * `z.strictObject(shape, { error: unknownKeys })`.
 */
export function unknownKeys(issue: { code?: string; keys?: readonly string[] }): string | undefined {
  return issue.code === "unrecognized_keys" && issue.keys ? `包含无法识别的字段：${issue.keys.join("、")}` : undefined;
}

/** Prisma's unique-constraint violation, without importing the runtime into client bundles. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
