/**
 * Checks every request passes before any route runs (proxy.ts). Pure, so the rules are tested
 * without a server.
 *
 * - A server action (a POST with a `Next-Action` header) must carry an Origin naming this site.
 *   Next.js compares Origin with Host itself but lets a request without Origin through, and it
 *   believes X-Forwarded-Host; a browser always sends Origin on such a POST, so only forged
 *   requests lack it.
 * - X-Forwarded-Host is believed only behind a proxy we were told about (TRUST_PROXY=1).
 * - A body larger than any form of ours is answered 413 before anything reads it.
 * - An address with a control character (%00–%1F, %7F) names nothing of ours: 404, before a page
 *   or the page cache tries to use it as a file name.
 */
export const MAX_BODY_BYTES = 6 * 1024 * 1024 + 64 * 1024;

export interface GuardedRequest {
  readonly method: string;
  /** The path as sent, percent-encoded. */
  readonly pathname?: string;
  readonly headers: { get(name: string): string | null };
}

export interface GuardOptions {
  /** The public address (NEXTAUTH_URL), when configured. */
  readonly publicUrl?: string;
  readonly trustProxy: boolean;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 400 | 403 | 404 | 413; message: string };

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

const CONTROL_IN_PATH = /%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/i;

export function guardRequest(request: GuardedRequest, options: GuardOptions): GuardVerdict {
  if (request.pathname && CONTROL_IN_PATH.test(request.pathname)) return { ok: false, status: 404, message: "页面不存在" };
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return { ok: true };

  const length = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) return { ok: false, status: 413, message: "提交的内容过大" };

  if (!request.headers.get("next-action")) return { ok: true };
  const host = request.headers.get("host")?.toLowerCase() ?? null;
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0].trim().toLowerCase() ?? null;
  if (forwarded && !options.trustProxy && forwarded !== host) return { ok: false, status: 400, message: "请求来源不正确" };

  const allowed = new Set([options.trustProxy && forwarded ? forwarded : host, options.publicUrl ? hostOf(options.publicUrl) : null].filter((h): h is string => !!h));
  const origin = request.headers.get("origin");
  const originHost = origin ? hostOf(origin) : null;
  if (!originHost || !allowed.has(originHost)) return { ok: false, status: 403, message: "请求来源不正确，请从本系统页面操作" };
  return { ok: true };
}
