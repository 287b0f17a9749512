/**
 * Keyset pages of a source query, with the rows hanging off each page: never OFFSET, never a whole table
 * in memory, one page read ahead.
 *
 *   -- sql/source/order/orders.sql
 *   SELECT o.* FROM sales_order o WHERE {{raw:after}} ORDER BY o.entity_id LIMIT :limit
 *
 *   for await (const page of keysetPages(conns, { query: orders, key: { columns: ['o.entity_id'], of: (r) => r.entity_id }, ... }))
 *
 * {{raw:after}} is the keyset predicate for the position after which the page starts: `TRUE` for the first
 * page, `o.entity_id > :k0` for a single key, `(a > :k0 OR (a = :k0 AND b > :k1))` for a compound one (an
 * expanded predicate: MariaDB does not always use an index for a row-constructor comparison). The page's
 * ORDER BY must list the same columns.
 *
 * Child reads (`children`): by the page's key range (`:lo`/`:hi`, the first key column of the first and last
 * row: a range scan of the child table's owner index) or by the values of a column of the page's rows (`:ids`).
 * EAV values (`eav`): the five value tables for the key range, spread over the given connections.
 */
import type { Key } from '../core/batch.ts';
import { MagemigError } from '../core/errors.ts';
import type { MysqlConnection } from '../core/mysql.ts';
import type { SqlQuery } from '../sql/query.ts';
import type { TemplateVars } from '../sql/template.ts';
import { readEavValues } from './eav/value-reader.ts';
import type { EavEntityTables } from './eav/entity-tables.ts';
import type { RawEavValues } from '../sql/source/eav/index.ts';
import { readRows, type Params } from './query.ts';
import type { SourceSchema } from './source-schema.ts';

export interface KeySpec<Row> {
  /** The key's SQL expressions, in ORDER BY order (the code's own, never data): ['o.entity_id']. */
  columns: readonly string[];
  /** The key of a row, as the checkpoint stores it: a number or string, an array for a compound key. */
  of(row: Row): Key;
}

export interface ChildRead<Row> {
  query: SqlQuery<unknown>;
  /** 'range': :lo / :hi of the page's first key column; a function: :ids, its values for the page's rows. */
  by: 'range' | ((row: Row) => unknown);
  /** Read only when this returns true (a table or column the Magento version may lack); else []. */
  when?: (schema: SourceSchema) => boolean;
}

export interface PageSpec<Row, C> {
  query: SqlQuery<Row>;
  key: KeySpec<Row>;
  limit: number;
  /** Named parameters every query of the page gets (:version...). */
  params: Params;
  /** A partition: only keys whose first column is in lo < key <= hi. */
  range?: { lo: number; hi: number };
  vars: TemplateVars;
  schema: SourceSchema;
  children?: { [K in keyof C]: ChildRead<Row> };
  eav?: EavEntityTables;
  /** Further reads that need the page's children (a lookup of far ends by id): run after them. */
  enrich?: (conn: MysqlConnection, page: SourcePage<Row, C>) => Promise<Partial<C>>;
}

export interface SourcePage<Row, C> {
  rows: Row[];
  /** First key column of the first and last row (the range child reads and EAV values cover). */
  lo: number;
  hi: number;
  children: C;
  values?: RawEavValues;
}

/** The keyset predicate after `after` (null: from the start) and its parameters :k0, :k1, ... */
export function keysetPredicate(columns: readonly string[], after: Key | null): { sql: string; params: Params } {
  if (after === null) return { sql: 'TRUE', params: {} };
  const values = Array.isArray(after) ? after : [after];
  if (values.length !== columns.length) {
    throw new MagemigError('BAD_CHECKPOINT', `the checkpoint ${JSON.stringify(after)} does not fit a key of ${columns.length} column(s)`);
  }
  const params: Params = {};
  values.forEach((v, i) => (params[`k${i}`] = v));
  // a > k0 OR (a = k0 AND (b > k1 OR (b = k1 AND c > k2)))
  let sql = `${columns[columns.length - 1]} > :k${columns.length - 1}`;
  for (let i = columns.length - 2; i >= 0; i--) sql = `${columns[i]} > :k${i} OR (${columns[i]} = :k${i} AND (${sql}))`;
  return { sql: `(${sql})`, params };
}

function firstComponent(key: Key): number {
  const v = Array.isArray(key) ? key[0] : key;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new MagemigError('BAD_KEY', `range reads need a numeric first key column, got ${JSON.stringify(key)}`);
  return n;
}

async function readPage<Row, C>(conns: readonly MysqlConnection[], spec: PageSpec<Row, C>, after: Key | null): Promise<SourcePage<Row, C> | null> {
  const conn = conns[0];
  const predicate = keysetPredicate(spec.key.columns, after);
  // A partition bounds the first key column; the page query's ORDER BY and LIMIT stay as they are.
  const bounded = spec.range ? `${predicate.sql} AND ${spec.key.columns[0]} > :p_lo AND ${spec.key.columns[0]} <= :p_hi` : predicate.sql;
  const vars: TemplateVars = { ...spec.vars, raw: { ...spec.vars.raw, after: bounded } };
  const rangeParams = spec.range ? { p_lo: spec.range.lo, p_hi: spec.range.hi } : {};
  const rows = await readRows(conn, spec.query, { ...spec.params, ...predicate.params, ...rangeParams, limit: spec.limit }, vars);
  if (rows.length === 0) return null;
  const hasRange = spec.eav !== undefined || Object.values<ChildRead<Row>>(spec.children ?? {}).some((c) => c.by === 'range');
  const lo = hasRange ? firstComponent(spec.key.of(rows[0])) : 0;
  const hi = hasRange ? firstComponent(spec.key.of(rows[rows.length - 1])) : 0;
  const children = {} as C;
  // Issued together: mysql2 queues them on the connection, so no round trip waits on our own code.
  // Without EAV values to read, the child reads are spread over the connections (each runs on its own server
  // thread); with them, the children stay on the page connection and the value tables take the others.
  const childConns = spec.eav || conns.length === 1 ? [conn] : conns;
  const reads: Array<Promise<unknown>> = Object.entries<ChildRead<Row>>(spec.children ?? {}).map(async ([name, child], i) => {
    let out: unknown[] = [];
    const on = childConns[i % childConns.length];
    if (!child.when || child.when(spec.schema)) {
      if (child.by === 'range') out = await readRows(on, child.query, { ...spec.params, lo, hi }, spec.vars);
      else {
        const ids = rows.map(child.by);
        if (ids.length > 0) out = await readRows(on, child.query, { ...spec.params, ids }, spec.vars);
      }
    }
    (children as Record<string, unknown>)[name] = out;
  });
  let values: RawEavValues | undefined;
  if (spec.eav) {
    const valueConns = conns.length > 1 ? conns.slice(1) : conns;
    reads.push(readEavValues(valueConns, spec.eav, lo, hi).then((v) => void (values = v)));
  }
  await Promise.all(reads);
  const page: SourcePage<Row, C> = { rows, lo, hi, children, values };
  if (spec.enrich) Object.assign(children as object, await spec.enrich(conn, page));
  return page;
}

/**
 * Pages after `after`, one read ahead: the server works on page n+1 while the caller maps and loads page n.
 * `conns[0]` reads the pages; their children go to it as well when EAV values are read (the others read the
 * value tables), else they are spread over all of them.
 */
export async function* keysetPages<Row, C>(conns: readonly MysqlConnection[], spec: PageSpec<Row, C>, after: Key | null): AsyncGenerator<SourcePage<Row, C>> {
  let next = readPage(conns, spec, after);
  for (;;) {
    const page = await next;
    if (!page) return;
    next = readPage(conns, spec, spec.key.of(page.rows[page.rows.length - 1]));
    // A rejection of the read-ahead surfaces on the next await; keep Node from flagging it as unhandled meanwhile.
    next.catch(() => undefined);
    yield page;
  }
}
