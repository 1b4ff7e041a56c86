import { describe, expect, it } from "vitest";
import { buildTree, childPath, flatten, isInSubtree } from "./tree";

const u = (id: string, parentId: string | null, code: string) => ({ id, parentId, code, name: id, path: "" });

describe("unit tree", () => {
  it("orders children by code and nests them under their department", () => {
    const flat = flatten(buildTree([u("b", "d", "002"), u("d", null, "100"), u("a", "d", "001"), u("x", null, "050")]));
    expect(flat.map((n) => [n.unit.id, n.depth])).toEqual([["x", 0], ["d", 0], ["a", 1], ["b", 1]]);
  });

  it("treats a unit whose parent is missing as a root", () => {
    expect(buildTree([u("a", "gone", "001")])[0].unit.id).toBe("a");
  });

  it("builds paths and detects moves into the own subtree", () => {
    const root = childPath(null, "d");
    const child = childPath(root, "a");
    expect(child).toBe("/d/a/");
    expect(isInSubtree(root, child)).toBe(true);
    expect(isInSubtree(child, root)).toBe(false);
    expect(isInSubtree("/d/a/", "/d/ab/")).toBe(false);
  });
});
