import "server-only";
/**
 * The public disclosure pages (docs/decisions/011-public-site.md). A published version never
 * changes, so its page is a static document: rendered once per version and app instance from the
 * same components as the preview (lib/html/static-markup.ts), kept in memory, and served after one
 * small query that says which version the address names. No React payload and no script: the page
 * is a fraction of an App Router page's size and costs about what a trivial route costs. It is
 * drawn again only when a later version of the same unit and year is published, because its
 * 更正 notice and version list change; that is part of its key.
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { rememberBounded } from "@/lib/bounded-map";
import { findPublishedDisclosure, findPublishedHead, listPublishedDisclosures, openDataYears, parsePublicListFilter, type PublicAddress } from "@/lib/data/public";
import { publicIndexHtml, publicOpenDataHtml, publicPageHtml, publicNotFoundHtml } from "@/lib/public-page-html";

/** Bound on the kept pages (~150 KB each): the oldest goes first. */
const MAX_PAGES = 300;
const pages = new Map<string, string>();

let css: readonly string[] | undefined;

/** The app's compiled stylesheets, as the build wrote them (one file today). */
function stylesheets(): readonly string[] {
  if (!css) {
    const dir = join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static", "chunks");
    css = readdirSync(dir)
      .filter((f) => f.endsWith(".css"))
      .sort()
      .map((f) => `/_next/static/chunks/${f}`);
  }
  return css;
}

const html = (body: string | null, status: number, headers: Record<string, string>) =>
  new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", ...headers } });

const notFound = () => html(publicNotFoundHtml(stylesheets()), 404, { "cache-control": "no-store" });

/**
 * The page of the version an address names, or the 404 page — the same for anything unpublished.
 * Browsers and proxies may keep a page but ask again each time (ETag: the version and the unit-year's
 * current version), so a 更正 shows at once and an unchanged page costs a 304.
 */
export async function servePublicPage(request: Request, address: PublicAddress | null): Promise<Response> {
  const head = address && (await findPublishedHead(address));
  if (!address || !head) return notFound();
  const key = `${head.id}:${head.currentNumber}`;
  const caching = { "cache-control": "public, no-cache", etag: `"${key}"` };
  if (request.headers.get("if-none-match") === caching.etag) return html(null, 304, caching);
  let page = pages.get(key);
  if (!page) {
    const disclosure = await findPublishedDisclosure({ ...address, number: head.number });
    if (!disclosure) return notFound();
    page = rememberBounded(pages, key, publicPageHtml(disclosure, stylesheets()), MAX_PAGES);
  }
  return html(page, 200, caching);
}

/**
 * The public index for the filter in the address: one page query (the total and the choices are
 * kept a minute, lib/data/public.ts) written as a static document. Its ETag is its content's, so a
 * browser asking again for an unchanged index gets a 304.
 */
export async function servePublicIndex(request: Request): Promise<Response> {
  const filter = parsePublicListFilter(Object.fromEntries(new URL(request.url).searchParams));
  const page = publicIndexHtml(filter, await listPublishedDisclosures(filter), stylesheets());
  const caching = { "cache-control": "public, no-cache", etag: `"${createHash("sha1").update(page).digest("base64url")}"` };
  if (request.headers.get("if-none-match") === caching.etag) return html(null, 304, caching);
  return html(page, 200, caching);
}

/** The open-data home: the years there are, each with its index. */
export async function serveOpenDataHome(): Promise<Response> {
  return html(publicOpenDataHtml(await openDataYears(), stylesheets()), 200, { "cache-control": "public, max-age=60" });
}
