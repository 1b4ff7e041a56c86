import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const byName = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));

describe("security headers", () => {
  it("forbid framing, sniffing and eval in production", () => {
    const h = byName(securityHeaders({ development: false, publicUrl: "http://localhost:3000" }));
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });

  it("send HSTS only behind TLS, and allow eval only in development", () => {
    expect(byName(securityHeaders({ development: false, publicUrl: "https://juesuan.example.gov.cn" }))["Strict-Transport-Security"]).toContain("max-age=");
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'");
  });
});
