import { NextResponse, type NextRequest } from "next/server";
import { guardRequest } from "./lib/request-guard";

/** Runs before every route: lib/request-guard.ts says what it refuses and why. */
export function proxy(request: NextRequest) {
  const verdict = guardRequest({ method: request.method, headers: request.headers, pathname: request.nextUrl.pathname }, { publicUrl: process.env.NEXTAUTH_URL, trustProxy: process.env.TRUST_PROXY === "1" });
  if (verdict.ok) return NextResponse.next();
  return new NextResponse(verdict.message, { status: verdict.status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Static assets need no checks.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
