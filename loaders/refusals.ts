/**
 * A batch Postgres refuses part of: the rows it will not take are found and set aside as rejects with
 * Postgres' own message, and the rest of the batch commits with its checkpoint (as pgloader does). Used
 * only after the fast path (one COPY per table, one transaction) failed on data: it re-runs the batch in a
 * fresh transaction, each COPY inside a savepoint.
 *
 *  - A COPY that fails on a value (class 22) or an immediate constraint (class 23) names its line in the
 *    error's CONTEXT: that row is refused, the rows before and after it are copied again. A failure that
 *    names no line is bisected: halves are copied, each in its own savepoint, down to single rows.
 *  - A refused row of the batch's primary table refuses its entity; the entity's rows in later tables (any
 *    column holding its UUID: UUIDs are unique across entity types) are dropped with it, counted.
 *  - Deferred foreign keys (checked at COMMIT) are checked at the end with SET CONSTRAINTS ALL IMMEDIATE;
 *    the rows a violation names (Key (col)=(value)) are deleted and refused, until the check passes.
 */
import type { Batch, TableRows } from '../core/batch.ts';
import { classifyError, describeError, MagemigError } from '../core/errors.ts';
import type { PgClient } from '../core/postgres.ts';
import { quotePgIdent } from '../core/postgres.ts';
import { quoteTableName } from './copy.ts';

export interface Refusal {
  table: string;
  columns: readonly string[];
  row: readonly unknown[];
  /** SQLSTATE and Postgres' message (with its DETAIL). */
  reason: string;
  /** A row of the primary table: its entity is refused. */
  primary: boolean;
}

export interface RefusalOutcome {
  refused: Refusal[];
  /** UUIDs (the `id` column) of refused primary rows. */
  refusedIds: Set<string>;
  /** Rows of later tables dropped because their entity was refused. */
  droppedWithEntity: number;
}

type CopyFn = (table: string, data: TableRows) => Promise<unknown>;

const MAX_FK_ROUNDS = 10_000;
let savepointSeq = 0;

function errorText(err: unknown): string {
  const e = err as { code?: string; detail?: string };
  return `${e.code ?? '?'} ${describeError(err)}${e.detail ? ` (${e.detail})` : ''}`;
}

/** The 1-based COPY line an error names ("COPY product, line 3, column sku: ..."), or null. */
export function copyLine(err: unknown): number | null {
  const where = (err as { where?: string }).where ?? '';
  const m = /COPY [^,]+, line (\d+)/.exec(where);
  return m ? Number(m[1]) : null;
}

/** "Key (a, b)=(x, y) is not present in table ..." -> { a: 'x', b: 'y' } (our keys are UUIDs and integers). */
export function violatedKey(detail: string | undefined): Record<string, string> | null {
  const m = /^Key \((.+?)\)=\((.*)\) is not present/.exec(detail ?? '');
  if (!m) return null;
  const cols = m[1].split(', ');
  const vals = m[2].split(', ');
  if (cols.length !== vals.length) return null;
  return Object.fromEntries(cols.map((c, i) => [c.replace(/^"|"$/g, ''), vals[i]]));
}

async function inSavepoint<T>(client: PgClient, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; err: unknown }> {
  const name = `mm_sp_${++savepointSeq}`;
  await client.query(`SAVEPOINT ${name}`);
  try {
    const value = await work();
    await client.query(`RELEASE SAVEPOINT ${name}`);
    return { ok: true, value };
  } catch (err) {
    await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
    await client.query(`RELEASE SAVEPOINT ${name}`);
    if (classifyError(err) !== 'reject') throw err;
    return { ok: false, err };
  }
}

/** Copies `rows`, refusing (into `out`) the ones Postgres will not take. */
async function copyIsolating(client: PgClient, copy: CopyFn, table: string, columns: readonly string[], rows: unknown[][], primary: boolean, out: Refusal[]): Promise<void> {
  if (rows.length === 0) return;
  const tried = await inSavepoint(client, () => copy(table, { columns, rows }));
  if (tried.ok) return;
  const line = copyLine(tried.err);
  if (line !== null && line >= 1 && line <= rows.length) {
    out.push({ table, columns, row: rows[line - 1], reason: errorText(tried.err), primary });
    await copyIsolating(client, copy, table, columns, rows.slice(0, line - 1), primary, out);
    await copyIsolating(client, copy, table, columns, rows.slice(line), primary, out);
    return;
  }
  if (rows.length === 1) {
    out.push({ table, columns, row: rows[0], reason: errorText(tried.err), primary });
    return;
  }
  const half = rows.length >> 1;
  await copyIsolating(client, copy, table, columns, rows.slice(0, half), primary, out);
  await copyIsolating(client, copy, table, columns, rows.slice(half), primary, out);
}

/**
 * Writes every table of `batch` in the caller's open transaction, isolating refused rows. `copy` writes one
 * table's rows (COPY, or the upsert path). Throws what is not about the data (retryable, fatal).
 */
export async function writeIsolatingRefusals(client: PgClient, batch: Batch, copy: CopyFn): Promise<RefusalOutcome> {
  const refused: Refusal[] = [];
  const refusedIds = new Set<string>();
  let droppedWithEntity = 0;
  for (const [table, data] of Object.entries(batch.tables)) {
    const primary = table === batch.primaryTable;
    let rows = data.rows;
    if (refusedIds.size > 0 && !primary) {
      const kept = rows.filter((r) => !r.some((v) => typeof v === 'string' && refusedIds.has(v)));
      droppedWithEntity += rows.length - kept.length;
      rows = kept;
    }
    const before = refused.length;
    await copyIsolating(client, copy, table, data.columns, rows, primary, refused);
    if (primary) {
      const idAt = Math.max(0, data.columns.indexOf('id'));
      for (const r of refused.slice(before)) refusedIds.add(String(r.row[idAt]));
    }
  }
  await checkDeferred(client, batch, refused, refusedIds, () => droppedWithEntity++);
  return { refused, refusedIds, droppedWithEntity };
}

/** Deferred constraints, checked now: each violation's rows deleted and refused, until the check passes. */
async function checkDeferred(client: PgClient, batch: Batch, refused: Refusal[], refusedIds: Set<string>, dropped: () => void): Promise<void> {
  for (let round = 0; round < MAX_FK_ROUNDS; round++) {
    const check = await inSavepoint(client, () => client.query('SET CONSTRAINTS ALL IMMEDIATE'));
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    if (check.ok) return;
    const e = check.err as { table?: string; schema?: string; detail?: string };
    const key = violatedKey(e.detail);
    const qualified = e.schema && e.schema !== 'public' ? `${e.schema}.${e.table}` : (e.table ?? '');
    const data = batch.tables[qualified] ?? batch.tables[e.table ?? ''];
    if (!key || !data) throw new MagemigError('LOAD_REFUSED', `Postgres refused the batch and the row could not be found: ${errorText(check.err)}`, 'fatal', { cause: check.err });
    const cols = Object.keys(key);
    const at = cols.map((c) => data.columns.indexOf(c));
    if (at.some((i) => i < 0)) throw new MagemigError('LOAD_REFUSED', `Postgres refused a row of ${qualified} on columns the batch does not write: ${errorText(check.err)}`, 'fatal');
    const matches = data.rows.filter((r) => at.every((i, j) => r[i] !== null && r[i] !== undefined && String(r[i]) === key[cols[j]]));
    const where = cols.map((c, i) => `${quotePgIdent(c)} = $${i + 1}`).join(' AND ');
    await client.query(`DELETE FROM ${quoteTableName(qualified)} WHERE ${where}`, cols.map((c) => key[c]));
    // A row pointing at an entity refused in this batch goes with it (not a reject of its own).
    const cascaded = Object.values(key).some((v) => refusedIds.has(v));
    const primary = qualified === batch.primaryTable;
    const idAt = Math.max(0, data.columns.indexOf('id'));
    for (const row of matches) {
      if (cascaded) dropped();
      else refused.push({ table: qualified, columns: data.columns, row, reason: errorText(check.err), primary });
      if (primary) refusedIds.add(String(row[idAt]));
    }
    if (matches.length === 0) refused.push({ table: qualified, columns: cols, row: cols.map((c) => key[c]), reason: errorText(check.err), primary: false });
  }
  throw new MagemigError('LOAD_REFUSED', 'Postgres kept refusing rows of the batch after many rounds', 'fatal');
}
