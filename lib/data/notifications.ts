import "server-only";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

/** The user's own notifications, newest first; nobody reads another's. */
export async function loadNotifications(user: CurrentUser, take = 200) {
  if (!can(user.role, "report:read")) return [];
  return db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take });
}

/** For the badge in the header. */
export async function countUnreadNotifications(user: CurrentUser): Promise<number> {
  if (!can(user.role, "report:read")) return 0;
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}
