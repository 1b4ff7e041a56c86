import "server-only";
import { db } from "@/lib/db";

/**
 * Whether the app reaches its database: one `SELECT 1`. /api/health answers load balancers with it
 * and /status shows it to people; the bench's two floors are those two (docs/decisions/012).
 */
export function databaseReachable(): Promise<boolean> {
  return db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
}
