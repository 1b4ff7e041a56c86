import type { z } from "zod";
import { AppError } from "../errors";

/** Validates hostile input; the first message becomes the summary, all go to their fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.join(".") || "_";
    fieldErrors[key] ??= issue.message;
  }
  throw new AppError("INVALID", r.error.issues[0]?.message ?? "输入有误", fieldErrors);
}

/** Prisma's unique-constraint violation, without importing the runtime into client bundles. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
