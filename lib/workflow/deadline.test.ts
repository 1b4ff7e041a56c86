import { describe, expect, it } from "vitest";
import { daysLeft, daysSince, publicationDeadline } from "./deadline";

describe("publication deadline", () => {
  const approved = new Date("2025-03-01T10:00:00+08:00");
  it("is 20 days after approval", () => {
    expect(publicationDeadline(approved).toISOString()).toBe(new Date("2025-03-21T10:00:00+08:00").toISOString());
  });
  it("counts days left, negative once overdue", () => {
    expect(daysLeft(approved, new Date("2025-03-11T10:00:00+08:00"))).toBe(10);
    expect(daysLeft(approved, new Date("2025-03-23T10:00:00+08:00"))).toBe(-2);
  });
  it("counts whole days since submission", () => {
    expect(daysSince(approved, new Date("2025-03-03T09:00:00+08:00"))).toBe(1);
    expect(daysSince(approved, new Date("2025-02-01"))).toBe(0);
  });
});
