/**
 * The only error whose message reaches users. Everything else is logged and shown as a
 * generic Chinese message, so no stack trace or database text ever leaks.
 */
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "LOCKED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; code: AppErrorCode | "INTERNAL"; message: string; fieldErrors?: Record<string, string>; errors?: string[] };

export const GENERIC_ERROR = "操作未能完成，请稍后重试；如问题持续，请联系系统管理员。";

/** Maps anything thrown inside an action to a result the UI can show. */
export function toActionError(e: unknown): Extract<ActionResult, { ok: false }> {
  if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
  console.error(e);
  return { ok: false, code: "INTERNAL", message: GENERIC_ERROR };
}
