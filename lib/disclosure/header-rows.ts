/**
 * Multi-level table headers from each column's header path (["本年支出", "小计"]):
 * adjacent columns with the same prefix merge across, a path shorter than the deepest
 * spans down.
 */
export interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
  key: string;
}

export function headerRows(columns: readonly { header: readonly string[] }[], minDepth = 1): HeaderCell[][] {
  const depth = Math.max(minDepth, ...columns.map((c) => c.header.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let i = 0; i < columns.length; ) {
      const path = columns[i].header;
      if (path.length <= level) {
        i++;
        continue;
      }
      const prefix = path.slice(0, level + 1).join("\u0000");
      let j = i + 1;
      while (j < columns.length && columns[j].header.length > level && columns[j].header.slice(0, level + 1).join("\u0000") === prefix) j++;
      const leaf = j - i === 1 && path.length === level + 1;
      row.push({ label: path[level], colSpan: j - i, rowSpan: leaf ? depth - level : 1, key: `${level}:${i}` });
      i = j;
    }
    rows.push(row);
  }
  return rows;
}
