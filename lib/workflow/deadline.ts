/** Publication is due 20 days after approval (预算法 §14; 财预〔2016〕143号). */
export const PUBLICATION_DAYS = 20;
const DAY = 24 * 60 * 60 * 1000;

export function publicationDeadline(approvedAt: Date): Date {
  return new Date(approvedAt.getTime() + PUBLICATION_DAYS * DAY);
}

/** Whole days from `from` to `now`, never negative. */
export function daysSince(from: Date, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY));
}

/** Days left until the deadline: negative when overdue. */
export function daysLeft(approvedAt: Date, now = new Date()): number {
  return Math.ceil((publicationDeadline(approvedAt).getTime() - now.getTime()) / DAY);
}
