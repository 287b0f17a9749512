/** The values of one column of a mapped table (e.g. the UUIDs a batch writes), for a declaration's `project`. */
import type { Mapped } from '../core/batch.ts';

export function columnOf(mapped: Mapped, table: string, column: string): string[] {
  const t = mapped.tables[table];
  if (!t) return [];
  const at = t.columns.indexOf(column);
  if (at < 0) throw new Error(`${table} has no column ${column}`);
  return t.rows.map((r) => String(r[at]));
}
