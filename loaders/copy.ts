/**
 * COPY of one batch's rows into one target table, streamed through pg-copy-streams inside
 * node:stream/promises pipeline(): any error (encoding, server, connection) destroys the COPY stream,
 * which sends CopyFail, so the caller's transaction can only roll back.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PgClient } from '../core/postgres.ts';
import { quotePgIdent } from '../core/postgres.ts';
import type { TableRows } from '../pipeline/types.ts';
import { TsvEncoder, type ColumnKind } from './tsv.ts';

/** "products" -> "products"; "catalog.products" -> "catalog"."products" (names from code, quoted anyway). */
export function quoteTableName(table: string): string {
  return table.split('.').map(quotePgIdent).join('.');
}

export function copySql(table: string, columns: readonly string[]): string {
  return `COPY ${quoteTableName(table)} (${columns.map(quotePgIdent).join(', ')}) FROM STDIN`;
}

/** Streams `data` into `table`; returns the row count Postgres reports. Empty tables send nothing. */
export async function copyRows(
  client: PgClient,
  table: string,
  data: TableRows,
  encoder: TsvEncoder,
  kinds?: readonly ColumnKind[],
): Promise<number> {
  if (data.rows.length === 0) return 0;
  const stream = client.query(copyFrom(copySql(table, data.columns)));
  await pipeline(Readable.from(encoder.chunks(table, data.columns, data.rows, kinds)), stream);
  return stream.rowCount;
}

/**
 * Which columns of a table are json/jsonb (they take JS arrays as JSON rather than as array literals).
 * Looked up once per table and connection lifetime by the caller's cache.
 */
export async function columnKinds(client: PgClient, table: string, columns: readonly string[]): Promise<ColumnKind[]> {
  const { rows } = await client.query<{ attname: string; typname: string }>(
    `SELECT a.attname, t.typname
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
    [quoteTableName(table)],
  );
  const json = new Set(rows.filter((r) => r.typname === 'json' || r.typname === 'jsonb').map((r) => r.attname));
  return columns.map((c) => (json.has(c) ? 'json' : 'plain'));
}
