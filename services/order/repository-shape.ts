/** Small helpers the order service's reads share: timestamps as ISO 8601 UTC, numbers from bigint text. */

/** A timestamptz as read by pg (a Date) -> "2021-07-03T12:28:26Z". */
export function iso(d: Date | string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  const t = d instanceof Date ? d : new Date(d);
  return t.toISOString().replace('.000Z', 'Z');
}

/** bigint columns come back as text from pg: Magento ids fit a JS number. */
export function num(v: string | number | null | undefined): number | null {
  return v === null || v === undefined ? null : Number(v);
}

export type DbRow = Record<string, unknown>;

/** Rows grouped by a column's text value. */
export function groupRows(rows: readonly DbRow[], column: string): Map<string, DbRow[]> {
  const out = new Map<string, DbRow[]>();
  for (const r of rows) {
    const k = String(r[column]);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
