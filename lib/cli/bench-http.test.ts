import { describe, expect, it } from "vitest";
import { encodeArgs, pageOfWorker } from "./bench-http";
import { median, percentile } from "./stats";

describe("calling a server action as the browser does", () => {
  it("finds the page a worker renders, without route groups", () => {
    expect(pageOfWorker("app/(app)/reports/[reportId]/page")).toBe("/reports/[reportId]");
    expect(pageOfWorker("app/(app)/admin/units/page")).toBe("/admin/units");
    expect(pageOfWorker("app/page")).toBe("/");
  });

  it("escapes strings that React would read as references", () => {
    expect(encodeArgs([{ id: "$1", text: "a$b", n: 3 }])).toBe('[{"id":"$$1","text":"a$b","n":3}]');
    expect(encodeArgs(["x", null])).toBe('["x",null]');
  });
});

describe("bench statistics", () => {
  it("takes the nearest-rank percentile and the upper median", () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(sorted, 95)).toBe(19);
    expect(percentile(sorted, 100)).toBe(20);
    expect(percentile([5], 95)).toBe(5);
    expect(median([3, 1, 2, 4])).toBe(3);
  });
});
