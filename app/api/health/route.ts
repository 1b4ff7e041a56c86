import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and the bench's floor: the app answers and reaches its database (one SELECT 1). */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  } catch {
    return NextResponse.json({ ok: false, message: "数据库不可用" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
