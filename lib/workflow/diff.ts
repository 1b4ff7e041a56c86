import type { Fen } from "@/lib/money";
import { fromStoredTable } from "@/lib/reports/table-data";
import { TABLE_KEYS, type TableKey } from "@/lib/tables/types";

/** What a submission snapshot holds of the tables: each table's stored cells. */
export type TablesSnapshot = Partial<Record<TableKey, unknown>>;

export interface CellChange {
  table: TableKey;
  row: string;
  column: string;
  before: Fen | null;
  after: Fen | null;
}

/** Every input cell that differs between two snapshots, in table, row, column order. */
export function diffSnapshots(before: TablesSnapshot, after: TablesSnapshot): CellChange[] {
  const changes: CellChange[] = [];
  for (const table of TABLE_KEYS) {
    const a = new Map(fromStoredTable(before[table]).map((c) => [`${c.row}\u0000${c.column}`, c.fen]));
    const b = new Map(fromStoredTable(after[table]).map((c) => [`${c.row}\u0000${c.column}`, c.fen]));
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const key of keys) {
      const x = a.get(key) ?? null;
      const y = b.get(key) ?? null;
      if (x !== y) {
        const [row, column] = key.split("\u0000");
        changes.push({ table, row, column, before: x, after: y });
      }
    }
  }
  return changes;
}
