import { toActionError, type ActionResult } from "@/lib/errors";

/**
 * The one shape of a server action's body: run the work (permission, parse, operation,
 * revalidate) and turn whatever it throws into a result the form can show. `mapError` lets an
 * action name a database refusal in its own words (a duplicate code, a duplicate login).
 */
export async function runAction<T>(work: () => Promise<T>, mapError?: (e: unknown) => unknown): Promise<ActionResult<[T] extends [void] ? undefined : T>> {
  try {
    const data = await work();
    return (data === undefined ? { ok: true } : { ok: true, data }) as ActionResult<[T] extends [void] ? undefined : T>;
  } catch (e) {
    return toActionError(mapError ? mapError(e) : e);
  }
}
