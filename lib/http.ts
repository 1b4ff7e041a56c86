import { NextResponse } from "next/server";
import { toActionError } from "./errors";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400, CONFLICT: 409, LOCKED: 423, INTERNAL: 500 } as const;

/** Route handlers answer errors as JSON `{ message }` with the matching HTTP status. */
export function errorResponse(e: unknown): NextResponse {
  const err = toActionError(e);
  return NextResponse.json({ message: err.message }, { status: STATUS[err.code] });
}
