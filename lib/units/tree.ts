/** Pure helpers for the department → unit tree, whose nodes carry a materialized path "/root/…/self/". */
export interface TreeUnit {
  id: string;
  parentId: string | null;
  path: string;
  code: string;
  name: string;
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** Is `candidate` the unit itself or one of its descendants? (Moving a unit there would make a cycle.) */
export function isInSubtree(unitPath: string, candidatePath: string): boolean {
  return candidatePath.startsWith(unitPath);
}

export interface TreeNode<T extends TreeUnit> {
  unit: T;
  depth: number;
  children: TreeNode<T>[];
}

/** Builds the forest ordered by code at every level. */
export function buildTree<T extends TreeUnit>(units: T[]): TreeNode<T>[] {
  const byParent = new Map<string | null, T[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    const list = byParent.get(key) ?? [];
    list.push(u);
    byParent.set(key, list);
  }
  const build = (parent: string | null, depth: number): TreeNode<T>[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((unit) => ({ unit, depth, children: build(unit.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first list, for rendering an indented tree or a select. */
export function flatten<T extends TreeUnit>(nodes: TreeNode<T>[]): TreeNode<T>[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
