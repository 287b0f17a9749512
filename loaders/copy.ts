/**
 * COPY of one batch's rows into one target table, streamed through pg-copy-streams inside
 * node:stream/promises pipeline(): any error (encoding, server, connection) destroys the COPY stream,
 * which sends CopyFail, so the caller's transaction can only roll back.
 *
 * Upsert (delta runs): the rows are copied into a temporary staging table of the same shape, then merged
 * with INSERT ... ON CONFLICT (key) DO UPDATE, in the caller's transaction.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { rowCount, type TableRows } from '../core/batch.ts';
import type { PgClient } from '../core/postgres.ts';
import { quotePgIdent } from '../core/postgres.ts';
import { columnTypesQuery } from '../sql/bookkeeping/index.ts';
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
  if (rowCount(data) === 0) return 0;
  const stream = client.query(copyFrom(copySql(table, data.columns)));
  const text = data.encoded ? data.encoded.chunks : encoder.chunks(table, data.columns, data.rows, kinds);
  await pipeline(Readable.from(text), stream);
  return stream.rowCount;
}

/** Staging tables this connection has created (temporary tables live as long as their session). */
const staged = new WeakMap<PgClient, Set<string>>();

/** Copies `data` into a staging table, then inserts or updates `table` on its `key` columns. */
export async function upsertRows(
  client: PgClient,
  table: string,
  data: TableRows,
  key: readonly string[],
  encoder: TsvEncoder,
  kinds?: readonly ColumnKind[],
): Promise<number> {
  if (rowCount(data) === 0) return 0;
  const stage = `mm_stage_${table.replace(/[^a-z0-9_]/gi, '_')}`;
  let known = staged.get(client);
  if (!known) staged.set(client, (known = new Set()));
  if (!known.has(stage)) {
    // ON COMMIT DELETE ROWS: each batch's transaction starts with an empty stage.
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${quotePgIdent(stage)} (LIKE ${quoteTableName(table)} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
    known.add(stage);
  }
  await copyRows(client, stage, data, encoder, kinds);
  const cols = data.columns.map(quotePgIdent).join(', ');
  const updates = data.columns.filter((c) => !key.includes(c)).map((c) => `${quotePgIdent(c)} = EXCLUDED.${quotePgIdent(c)}`);
  const onConflict = updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  const res = await client.query(
    `INSERT INTO ${quoteTableName(table)} (${cols}) SELECT ${cols} FROM ${quotePgIdent(stage)} ON CONFLICT (${key.map(quotePgIdent).join(', ')}) ${onConflict}`,
  );
  await client.query(`DELETE FROM ${quotePgIdent(stage)}`);
  return res.rowCount ?? 0;
}

/**
 * Which columns of a table are json/jsonb (they take JS arrays as JSON rather than as array literals).
 * Looked up once per table and connection lifetime by the caller's cache.
 */
export async function columnKinds(client: PgClient, table: string, columns: readonly string[]): Promise<ColumnKind[]> {
  const { rows } = await client.query<{ attname: string; typname: string }>(columnTypesQuery.text, [quoteTableName(table)]);
  const json = new Set(rows.filter((r) => r.typname === 'json' || r.typname === 'jsonb').map((r) => r.attname));
  return columns.map((c) => (json.has(c) ? 'json' : 'plain'));
}
