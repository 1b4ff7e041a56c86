import "server-only";
import { can } from "@/lib/authz";
import { db, pool } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

/** The user's own notifications, newest first; nobody reads another's. */
export async function loadNotifications(user: CurrentUser, take = 200) {
  if (!can(user.role, "report:read")) return [];
  return db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take });
}

/** For the badge in the header. */
export async function countUnreadNotifications(user: CurrentUser): Promise<number> {
  if (!can(user.role, "report:read")) return 0;
  // On every signed-in page (the header's badge): a named statement, not an ORM query (decision 005).
  const { rows } = await pool.query<{ n: number }>({ name: "unread-notifications", text: `SELECT count(*)::int AS n FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`, values: [user.id] });
  return rows[0].n;
}
