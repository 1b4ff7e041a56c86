import { describe, expect, it } from "vitest";
import { authSecret, DEVELOPMENT_SECRET } from "./secret";

const strong = "x".repeat(40);

describe("authSecret", () => {
  it("refuses to run in production without a strong secret", () => {
    expect(() => authSecret({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => authSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(authSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: strong })).toBe(strong);
  });

  it("lets a production build through and falls back only outside production", () => {
    expect(authSecret({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBe(DEVELOPMENT_SECRET);
    expect(authSecret({ NODE_ENV: "development" })).toBe(DEVELOPMENT_SECRET);
    expect(authSecret({ NODE_ENV: "test", NEXTAUTH_SECRET: "short-but-fine-in-tests" })).toBe("short-but-fine-in-tests");
  });
});
