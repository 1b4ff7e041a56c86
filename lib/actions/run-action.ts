import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Permission } from "@/lib/authz";
import { toActionError, type ActionResult } from "@/lib/errors";
import { requirePermission, type CurrentUser } from "@/lib/session";
import { parseInput } from "@/lib/validation/parse";

type Result<T> = ActionResult<[T] extends [void] ? undefined : T>;

/**
 * The one shape of a server action's body: run the work (permission, parse, operation,
 * revalidate) and turn whatever it throws into a result the form can show. `mapError` lets an
 * action name a database refusal in its own words (a duplicate code, a duplicate login).
 */
export async function runAction<T>(work: () => Promise<T>, mapError?: (e: unknown) => unknown): Promise<Result<T>> {
  try {
    const data = await work();
    return (data === undefined ? { ok: true } : { ok: true, data }) as Result<T>;
  } catch (e) {
    return toActionError(mapError ? mapError(e) : e);
  }
}

/** The common action: permission, hostile input through its schema, the operation, the page to refresh. */
export function runOperation<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  input: unknown,
  operation: (user: CurrentUser, data: z.output<S>) => Promise<T>,
  options: { revalidate?: string; mapError?: (e: unknown) => unknown } = {},
): Promise<Result<T>> {
  return runAction(async () => {
    const user = await requirePermission(permission);
    const result = await operation(user, parseInput(schema, input));
    if (options.revalidate) revalidatePath(options.revalidate);
    return result;
  }, options.mapError);
}

/**
 * A change to one report: the permission (editing its documents unless another is named), the
 * parsed request, the operation, every page of that report refreshed.
 */
export function runReportEdit<S extends z.ZodType<{ reportId: string }>, T>(
  schema: S,
  input: unknown,
  operation: (user: CurrentUser, write: z.output<S>) => Promise<T>,
  permission: Permission = "report:edit",
): Promise<Result<T>> {
  return runAction(async () => {
    const user = await requirePermission(permission);
    const write = parseInput(schema, input);
    const result = await operation(user, write);
    revalidatePath(`/reports/${write.reportId}`, "layout");
    return result;
  });
}
