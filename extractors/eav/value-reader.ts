/**
 * Keyset-batched reads of EAV values: never OFFSET, never a whole table in memory.
 *
 *   for await (const page of eavPages(conn, tables, { after: null, readPage, keyOf })) {
 *     // page.rows: up to N entity rows (your SQL, keyset on the key column); page.values: their raw values
 *     const { entities, rejects, stats } = pivotEavValues(page.values, page.rows.map(keyOf), ctx);
 *   }
 *
 * Per page: one query per value table, `WHERE key BETWEEN first AND last` of the page (a range scan of the
 * value table's (key, attribute_id, store_id) unique index), rows as arrays [key, attribute_id, store_id,
 * value]. The next page is read while the caller transforms the current one (one page of read-ahead).
 * Measured design input (issue 3): streaming raw rows and pivoting in Node beats one JOIN per attribute.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { eavSql } from './sql.ts';
import { VALUE_BACKEND_TYPES, type EavEntityTables, type RawEavValues, type RawValueRow } from './types.ts';

/**
 * Reads the five value tables for keys lo..hi (entity_id, or row_id in Commerce). Given several connections,
 * the tables are spread over them (MariaDB runs each connection's query on its own thread); on one
 * connection the five queries queue back to back.
 */
export async function readEavValues(
  conn: MysqlConnection | readonly MysqlConnection[],
  tables: EavEntityTables,
  lo: number,
  hi: number,
): Promise<RawEavValues> {
  const conns = Array.isArray(conn) ? conn : [conn as MysqlConnection];
  const sqlName = tables.scoped ? 'values-range' : 'values-range-unscoped';
  // The two biggest tables (int, varchar) go to different connections first.
  const results = await Promise.all(
    VALUE_BACKEND_TYPES.map(async (type, i) => {
      const sql = eavSql(sqlName, { key: tables.keyColumn, table: tables.valueTables[type], index_hint: tables.valueIndexes[type] ?? '' });
      const [rows] = await conns[i % conns.length].query({ sql, values: [lo, hi], rowsAsArray: true });
      return rows as unknown as RawValueRow[];
    }),
  );
  const out = {} as RawEavValues;
  VALUE_BACKEND_TYPES.forEach((type, i) => (out[type] = results[i]));
  return out;
}

export interface EavPage<R, X = undefined> {
  /** The entity rows of this page, in key order. */
  rows: R[];
  /** Key of the first and last row (the range the values were read for). */
  lo: number;
  hi: number;
  values: RawEavValues;
  /** What readExtra returned for this page (the entity's other per-page reads, read ahead with the values). */
  extra: X;
}

export interface EavPageOptions<R, X = undefined> {
  /** Start after this key (null: from the beginning). */
  after: number | null;
  /** Reads the next page of entity rows after `after` in key order (keyset: `WHERE key > ? ORDER BY key LIMIT n`). */
  readPage: (after: number | null) => Promise<R[]>;
  keyOf: (row: R) => number;
  /** Further reads for the page (websites, media, ...), issued together with the value reads. */
  readExtra?: (rows: R[], lo: number, hi: number) => Promise<X>;
  /** Connections for the value tables (default: the page connection), e.g. two so int and varchar read in parallel. */
  valueConnections?: readonly MysqlConnection[];
}

/** Entity pages with their raw values, one page read ahead. An empty page ends the walk. */
export async function* eavPages<R, X = undefined>(
  conn: MysqlConnection,
  tables: EavEntityTables,
  opts: EavPageOptions<R, X>,
): AsyncGenerator<EavPage<R, X>> {
  const readOne = async (after: number | null): Promise<EavPage<R, X> | null> => {
    const rows = await opts.readPage(after);
    if (rows.length === 0) return null;
    const lo = opts.keyOf(rows[0]);
    const hi = opts.keyOf(rows[rows.length - 1]);
    const [values, extra] = await Promise.all([
      readEavValues(opts.valueConnections?.length ? opts.valueConnections : conn, tables, lo, hi),
      opts.readExtra ? opts.readExtra(rows, lo, hi) : (undefined as X),
    ]);
    return { rows, lo, hi, values, extra };
  };
  let next = readOne(opts.after);
  for (;;) {
    const page = await next;
    if (!page) return;
    // Read-ahead: MariaDB works on the next page while the caller pivots and loads this one.
    next = readOne(page.hi);
    // A rejection of the read-ahead surfaces on the next await; keep Node from flagging it as unhandled meanwhile.
    next.catch(() => undefined);
    yield page;
  }
}
