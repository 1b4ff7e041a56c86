import { describe, expect, it } from "vitest";
import { guardRequest, MAX_BODY_BYTES } from "./request-guard";

const request = (method: string, headers: Record<string, string>) => ({ method, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } });
const action = (headers: Record<string, string>) => request("POST", { "next-action": "abc123", host: "127.0.0.1:3000", ...headers });
const local = { trustProxy: false };

describe("guardRequest", () => {
  it("lets pages and same-origin server actions through", () => {
    expect(guardRequest(request("GET", {}), local)).toEqual({ ok: true });
    expect(guardRequest(action({ origin: "http://127.0.0.1:3000" }), local)).toEqual({ ok: true });
    expect(guardRequest(action({ origin: "https://juesuan.example.cn", host: "10.0.0.5:3000" }), { publicUrl: "https://juesuan.example.cn", trustProxy: false })).toEqual({ ok: true });
  });

  it("refuses a server action without Origin or from another site", () => {
    expect(guardRequest(action({}), local)).toMatchObject({ ok: false, status: 403 });
    expect(guardRequest(action({ origin: "http://evil.example" }), local)).toMatchObject({ ok: false, status: 403 });
    expect(guardRequest(action({ origin: "null" }), local)).toMatchObject({ ok: false, status: 403 });
  });

  it("does not believe X-Forwarded-Host unless behind a trusted proxy", () => {
    const forged = action({ origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect(guardRequest(forged, local)).toMatchObject({ ok: false, status: 400 });
    expect(guardRequest(forged, { trustProxy: true })).toEqual({ ok: true });
  });

  it("answers 404 to an address with a control character", () => {
    expect(guardRequest({ ...request("GET", {}), pathname: "/disclosures/%00/2024" }, local)).toMatchObject({ ok: false, status: 404 });
    expect(guardRequest({ ...request("GET", {}), pathname: "/disclosures/1%1F/2024" }, local)).toMatchObject({ ok: false, status: 404 });
    expect(guardRequest({ ...request("GET", {}), pathname: "/disclosures/101001/2024/v1" }, local)).toEqual({ ok: true });
    expect(guardRequest({ ...request("GET", {}), pathname: "/disclosures?q=%E6%9E%A3" }, local)).toEqual({ ok: true });
  });

  it("answers 413 to an oversize body", () => {
    expect(guardRequest(request("POST", { "content-length": String(MAX_BODY_BYTES + 1) }), local)).toMatchObject({ ok: false, status: 413 });
    expect(guardRequest(request("POST", { "content-length": "1000" }), local)).toEqual({ ok: true });
  });
});
