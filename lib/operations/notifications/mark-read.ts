import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/session";

/**
 * Marks the user's own notifications read. One statement scoped to the user: ids of someone
 * else's notifications match nothing, and a notification read twice keeps its first time.
 */
export async function markNotificationsRead(user: CurrentUser, ids: readonly string[]): Promise<void> {
  await db.notification.updateMany({ where: { userId: user.id, id: { in: [...ids] }, readAt: null }, data: { readAt: new Date() } });
}
