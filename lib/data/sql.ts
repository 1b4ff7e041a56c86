import "server-only";

/**
 * How timestamps come back to the hot paths' statements (decision 005); who may see what is in
 * ./visibility.ts.
 */

/** A timestamp as json_build_object writes it (timestamp(3) without zone, stored as UTC). */
export function utcFromJson(s: string): Date;
export function utcFromJson(s: string | null): Date | null;
export function utcFromJson(s: string | null): Date | null {
  return s === null ? null : new Date(`${s}Z`);
}

/** A timestamp column selected as is: Prisma stores UTC without a zone, which pg would read as local time. */
export const utcColumn = (column: string, as: string) => `${column} AT TIME ZONE 'UTC' AS "${as}"`;
