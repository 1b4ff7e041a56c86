import { describe, expect, it } from "vitest";
import { newYearSchema } from "./catalog";

describe("newYearSchema", () => {
  it("reads 不复制 both as the form sends it and as its resolver passes it on", () => {
    // The dialog's resolver turns "" into null before the action parses the values again.
    for (const copyFrom of ["", null, undefined]) {
      expect(newYearSchema.parse({ year: "2025", copyFrom })).toEqual({ year: 2025, copyFrom: null });
    }
    expect(newYearSchema.parse(newYearSchema.parse({ year: "2025", copyFrom: "" }))).toEqual({ year: 2025, copyFrom: null });
  });

  it("copies from a year, and refuses one out of range", () => {
    expect(newYearSchema.parse({ year: "2025", copyFrom: "2024" })).toEqual({ year: 2025, copyFrom: 2024 });
    expect(newYearSchema.safeParse({ year: "2025", copyFrom: "1999" }).success).toBe(false);
  });
});
