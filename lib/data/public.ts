import "server-only";
/**
 * The public site's reads. They need no sign-in and see only Publication rows — the versions
 * that were published — so a draft, an unpublished correction, a comment or an audit entry
 * cannot reach a public page whatever the address. An address that names no published version
 * answers null (the page answers 404, the same as for a missing one).
 */
import { rememberBounded } from "@/lib/bounded-map";
import { db, pool } from "@/lib/db";
import { thawModel } from "@/lib/disclosure/frozen-json";
import type { DisclosureModel } from "@/lib/disclosure/model";
import type { PublicationMeta } from "@/lib/disclosure/publication-meta";

export const PUBLIC_PAGE_SIZE = 20;

export interface PublicAddress {
  readonly unitCode: string;
  readonly year: number;
  /** null: the current (newest) version. */
  readonly number: number | null;
}

/** Reads an address from route segments; null for anything that cannot name a published version. */
export function parsePublicAddress(unitCode: string, year: string, version?: string): PublicAddress | null {
  if (!/^[0-9A-Za-z_-]{1,32}$/.test(unitCode) || !/^(19|20)\d{2}$/.test(year)) return null;
  if (version === undefined) return { unitCode, year: Number(year), number: null };
  const m = /^v([1-9]\d{0,3})$/.exec(version);
  return m ? { unitCode, year: Number(year), number: Number(m[1]) } : null;
}

export { publicPath } from "@/lib/disclosure/public-path";

export interface PublicVersion {
  readonly number: number;
  readonly publishedAt: Date;
  readonly correctionNote: string | null;
}

export interface PublishedDisclosure {
  readonly id: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly departmentName: string | null;
  readonly year: number;
  readonly meta: PublicationMeta;
  readonly model: DisclosureModel;
  /** Every published version of this unit and year, newest first. */
  readonly versions: readonly PublicVersion[];
  /** The newest version's number: when it is not this one, this one was corrected. */
  readonly currentNumber: number;
}

// Published versions never change, so a thawed model can be kept for as long as the process
// lives. Bounded: the oldest entry goes first.
const MODEL_CACHE_SIZE = 200;
const models = new Map<string, DisclosureModel>();

function cachedModel(id: string, load: () => DisclosureModel): DisclosureModel {
  return models.get(id) ?? rememberBounded(models, id, load(), MODEL_CACHE_SIZE);
}

export interface PublishedHead {
  readonly id: string;
  readonly number: number;
  /** The unit-year's current version: a page changes (its 更正 notice) when a later one is published. */
  readonly currentNumber: number;
}

/** Which published version an address names, in one small statement; null when none. */
export async function findPublishedHead(address: PublicAddress): Promise<PublishedHead | null> {
  const { rows } = await pool.query<{ id: string; number: number }>({
    name: "public-head",
    text: `SELECT id, number FROM "Publication" WHERE "unitCode" = $1 AND year = $2 ORDER BY number DESC`,
    values: [address.unitCode, address.year],
  });
  const chosen = address.number === null ? rows[0] : rows.find((r) => r.number === address.number);
  return chosen ? { id: chosen.id, number: chosen.number, currentNumber: rows[0].number } : null;
}

/** One published version (the current one when `number` is null), or null. */
export async function findPublishedDisclosure(address: PublicAddress): Promise<PublishedDisclosure | null> {
  const versions = await db.publication.findMany({
    where: { unitCode: address.unitCode, year: address.year },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true, correctionNote: true },
  });
  const chosen = address.number === null ? versions[0] : versions.find((v) => v.number === address.number);
  if (!chosen) return null;
  const row = await db.publication.findUniqueOrThrow({
    where: { id: chosen.id },
    select: {
      id: true,
      unitCode: true,
      unitName: true,
      departmentName: true,
      year: true,
      number: true,
      publishedAt: true,
      correctionNote: true,
      secrecyReviewedBy: true,
      secrecyReviewedAt: true,
      signedOffBy: true,
      signedOffAt: true,
      // The stored model is read only on a cache miss.
      ...(models.has(chosen.id) ? {} : { content: true }),
    },
  });
  return {
    id: row.id,
    unitCode: row.unitCode,
    unitName: row.unitName,
    departmentName: row.departmentName,
    year: row.year,
    meta: {
      versionNumber: row.number,
      publishedAt: row.publishedAt.toISOString(),
      secrecyReview: { by: row.secrecyReviewedBy, at: row.secrecyReviewedAt.toISOString() },
      signOff: { by: row.signedOffBy, at: row.signedOffAt.toISOString() },
      correctionNote: row.correctionNote,
    },
    model: cachedModel(row.id, () => thawModel((row as { content?: unknown }).content)),
    versions: versions.map(({ number, publishedAt, correctionNote }) => ({ number, publishedAt, correctionNote })),
    currentNumber: versions[0].number,
  };
}

export type PublicFile = "pdf" | "xlsx" | "json";

/** A published version's stored file, or null. */
export async function findPublishedFile(address: PublicAddress & { number: number }, file: PublicFile) {
  const where = { unitCode_year_number: { unitCode: address.unitCode, year: address.year, number: address.number } };
  const head = { unitName: true, publishedAt: true } as const;
  switch (file) {
    case "pdf": {
      const row = await db.publication.findUnique({ where, select: { ...head, pdf: true } });
      return row && { unitName: row.unitName, publishedAt: row.publishedAt, body: row.pdf };
    }
    case "xlsx": {
      const row = await db.publication.findUnique({ where, select: { ...head, xlsx: true } });
      return row && { unitName: row.unitName, publishedAt: row.publishedAt, body: row.xlsx };
    }
    case "json": {
      const row = await db.publication.findUnique({ where, select: { ...head, openData: true } });
      return row && { unitName: row.unitName, publishedAt: row.publishedAt, body: new TextEncoder().encode(row.openData) };
    }
  }
}

export interface PublicListFilter {
  readonly q: string;
  readonly year: number | null;
  readonly department: string | null;
  readonly page: number;
}

/** Reads the index's filters from the query string; anything unreadable is ignored. */
export function parsePublicListFilter(params: Record<string, string | string[] | undefined>): PublicListFilter {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string).trim() : "");
  const year = /^(19|20)\d{2}$/.test(one("year")) ? Number(one("year")) : null;
  const page = /^[1-9]\d{0,4}$/.test(one("page")) ? Number(one("page")) : 1;
  const department = /^[0-9A-Za-z_-]{1,32}$/.test(one("department")) ? one("department") : null;
  return { q: one("q").slice(0, 50), year, department, page };
}

export interface PublicListRow {
  readonly unitCode: string;
  readonly unitName: string;
  readonly departmentName: string | null;
  readonly year: number;
  readonly number: number;
  readonly publishedAt: Date;
}

/** `contains`, in ILIKE: the search text's own % _ and \ match themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`;

/** One page of the public index with its total and the filter choices. */
export interface PublicListing extends PublicFacets {
  readonly rows: readonly PublicListRow[];
  readonly total: number;
  readonly pages: number;
}

/**
 * The public index: current versions only, newest publication first, with the filter choices.
 * The page is read in index order; the total and the choices change only on publication, so each
 * is read once a minute (the busiest public read; decision 005).
 */
export async function listPublishedDisclosures(filter: PublicListFilter): Promise<PublicListing> {
  const where = `current AND ($1::int IS NULL OR year = $1) AND ($2::text IS NULL OR "departmentCode" = $2) AND ($3::text IS NULL OR "unitName" ILIKE $3)`;
  const params = [filter.year, filter.department, filter.q ? likePattern(filter.q) : null];
  const [page, total, facets] = await Promise.all([
    pool.query<PublicListRow>({
      name: "public-index-page",
      text: `SELECT "unitCode", "unitName", "departmentName", year, number, "publishedAt"
        FROM "Publication" WHERE ${where} ORDER BY "publishedAt" DESC, "unitCode" ASC LIMIT ${PUBLIC_PAGE_SIZE} OFFSET $4`,
      values: [...params, (filter.page - 1) * PUBLIC_PAGE_SIZE],
    }),
    minuteCache(`total:${JSON.stringify(params)}`, async () =>
      Number((await pool.query<{ n: string }>({ name: "public-index-count", text: `SELECT count(*) AS n FROM "Publication" WHERE ${where}`, values: params })).rows[0].n),
    ),
    publicFacets(),
  ]);
  return { rows: page.rows, total, pages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)), ...facets };
}

interface PublicFacets {
  readonly years: readonly number[];
  readonly departments: readonly { code: string; name: string }[];
}

/** Kept as long as a public page (decision 011): a new version, year or department shows within a minute. */
const MINUTE = 60_000;
const MAX_CACHED = 1000;
const cached = new Map<string, { at: number; value: Promise<unknown> }>();

/** `read`'s answer, read again after a minute; a failed read is not kept. */
function minuteCache<T>(key: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = cached.get(key);
  if (hit && now - hit.at < MINUTE) return hit.value as Promise<T>;
  if (cached.size >= MAX_CACHED) cached.clear();
  const value = read();
  cached.set(key, { at: now, value });
  value.catch(() => cached.delete(key));
  return value;
}

/** The index's filter choices: every year and department with a current version. */
function publicFacets(): Promise<PublicFacets> {
  return minuteCache("facets", async () => {
    const [years, departments] = await Promise.all([
      db.publication.groupBy({ by: ["year"], where: { current: true }, orderBy: { year: "desc" } }),
      db.publication.groupBy({ by: ["departmentCode", "departmentName"], where: { current: true, departmentCode: { not: null } }, orderBy: { departmentName: "asc" } }),
    ]);
    return {
      years: years.map((y) => y.year),
      departments: departments.map((d) => ({ code: d.departmentCode!, name: d.departmentName ?? d.departmentCode! })),
    };
  });
}

/** After a publication: this instance's index shows it at once. */
export function forgetPublicIndex() {
  cached.clear();
}

/** The open-data index of one year: every unit's current version, with the address of each version's files. */
export async function openDataIndex(year: number) {
  return db.publication.findMany({
    where: { year },
    orderBy: [{ unitCode: "asc" }, { number: "asc" }],
    select: { unitCode: true, unitName: true, departmentName: true, number: true, publishedAt: true, correctionNote: true, current: true },
  });
}

/** The years with published versions, newest first, with how many versions each has. */
export async function openDataYears() {
  const years = await db.publication.groupBy({ by: ["year"], orderBy: { year: "desc" }, _count: { _all: true } });
  return years.map((y) => ({ year: y.year, versions: y._count._all }));
}
