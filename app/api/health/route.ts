import { NextResponse } from "next/server";
import { databaseReachable } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and the bench's floor: the app answers and reaches its database (one SELECT 1). */
export async function GET() {
  const headers = { "cache-control": "no-store" };
  if (await databaseReachable()) return NextResponse.json({ ok: true }, { headers });
  return NextResponse.json({ ok: false, message: "数据库不可用" }, { status: 503, headers });
}
