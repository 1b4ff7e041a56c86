import { describe, expect, it } from "vitest";
import { freezeModel, thawModel } from "./frozen-json";
import { seedDisclosure } from "./seed-model";

describe("a published model stored as JSON", () => {
  it("comes back equal to the model, bigints included", () => {
    const { model } = seedDisclosure();
    const stored = JSON.parse(JSON.stringify(freezeModel(model)));
    expect(thawModel(stored)).toEqual(model);
  });

  it("keeps plain objects that only look alike", () => {
    expect(thawModel({ a: { $bigint: "12", b: 1 } })).toEqual({ a: { $bigint: "12", b: 1 } });
    expect(thawModel([{ $bigint: "-5" }])).toEqual([-5n]);
  });
});
