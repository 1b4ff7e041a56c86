/**
 * The response headers every page and route carries. Scripts and styles come only from our own
 * origin; Next.js inlines its bootstrap scripts and React inlines styles, hence 'unsafe-inline'
 * (without a per-request nonce), but never 'unsafe-eval' outside development, where React's
 * refresh needs it. No page may be framed (clickjacking on /login).
 */
export interface HeaderOptions {
  readonly development: boolean;
  /** The public address; HSTS is sent only when it is https. */
  readonly publicUrl?: string;
}

export function contentSecurityPolicy({ development }: HeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: HeaderOptions): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (options.publicUrl?.startsWith("https://")) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  }
  return headers;
}
