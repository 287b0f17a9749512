/**
 * One batch, one transaction: COPY of every table, the batch's rejects and ids, and the entity's new
 * checkpoint commit together or not at all. That is what makes a run killed at any moment resumable to
 * exactly the content of an uninterrupted run.
 *
 * When Postgres refuses some of the batch's rows (bad value, constraint), the batch is written again with
 * those rows isolated (loaders/refusals.ts): they become rejects with Postgres' own message, the rest of the
 * batch commits with its checkpoint, and the run goes on.
 */
import { rowCount, type Batch, type Key, type Reject, type TableRows } from '../core/batch.ts';
import { classifyError, describeError, MagemigError } from '../core/errors.ts';
import type { PgClient } from '../core/postgres.ts';
import { CHECKPOINT_MOVED, insertIds, insertRejects, saveCheckpointSql, WHOLE, type Checkpoint } from './bookkeeping.ts';
import { columnKinds, copyRows, upsertRows } from './copy.ts';
import { rebuildDeferredIndexesSql } from './deferred-indexes.ts';
import { writeIsolatingRefusals, type Refusal } from './refusals.ts';
import { TsvEncoder, type ColumnKind } from './tsv.ts';

export const NUL_STAT = 'loader.nul_bytes_stripped';
export const REFUSED_STAT = 'loader.refused_rows';
export const DROPPED_STAT = 'loader.rows_dropped_with_refused_entity';
/** The reject reason of a row Postgres refused; its detail is Postgres' SQLSTATE and message. */
export const PG_REFUSED = 'PG_REFUSED';

/** The checkpoint after `batch`, from the one before it (pure: retries recompute it). */
export function advance(before: Checkpoint, batch: Batch, extraStats: Record<string, number>, sampleLimit: number): Checkpoint {
  const stats = { ...before.stats };
  for (const src of [batch.stats, extraStats]) {
    if (!src) continue;
    for (const k in src) {
      const v = src[k];
      if (v) stats[k] = (stats[k] ?? 0) + v;
    }
  }
  let samples = before.samples;
  if (samples.length < sampleLimit && batch.samples && batch.samples.length > 0) {
    samples = samples.concat(batch.samples.slice(0, sampleLimit - samples.length));
  }
  return {
    lastKey: batch.lastKey,
    batches: before.batches + 1,
    sourceRows: before.sourceRows + batch.sourceRows,
    rowsLoaded: before.rowsLoaded + batch.loadedRows,
    rowsRejected: before.rowsRejected + (batch.sourceRows - batch.loadedRows),
    rejectRecords: before.rejectRecords + batch.rejects.length,
    stats,
    samples,
    done: false,
  };
}

export function sameKey(a: Key | null, b: Key | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Encodes every table of the batch without sending it (dry run): the same validation, no writes. */
export function encodeOnly(batch: Batch): Record<string, number> {
  const encoder = new TsvEncoder();
  for (const table in batch.tables) {
    const t = batch.tables[table];
    for (const _chunk of encoder.chunks(table, t.columns, t.rows)) {
      // Discarded: the dry run only needs the encoder to accept every value (encoded tables passed it already).
    }
  }
  return nulStats(batch, encoder);
}

export interface BatchTarget {
  client: PgClient;
  /** Per-table json column kinds, looked up once per run. */
  kinds: Map<string, ColumnKind[]>;
}

export interface WriteOutcome {
  after: Checkpoint;
  /** Every reject the batch committed (the entity's and the rows Postgres refused), for the run's events. */
  rejects: Reject[];
  /** Rows Postgres refused (0 on the fast path). */
  refused: number;
}

/** The Magento key of a refused row: the batch's own naming, else its magento_id, else its first columns. */
function refusedKey(batch: Batch, r: Refusal): string {
  if (batch.rowKey) return batch.rowKey(r.table, r.row, r.columns);
  const at = r.columns.indexOf('magento_id');
  if (at >= 0 && r.row[at] !== null && r.row[at] !== undefined) return `${r.table}.magento_id=${String(r.row[at])}`;
  return `${r.table}:` + r.columns.slice(0, 2).map((c, i) => `${c}=${String(r.row[i])}`).join(',');
}

/**
 * Loads one batch in one transaction. Round trips are few on purpose (each one leaves Postgres idle while
 * Node works): BEGIN is queued with the first COPY, and the checkpoint is saved by the same query string
 * as the COMMIT; magemig.save_checkpoint refuses a checkpoint that moved under this run.
 */
export async function writeBatch(
  target: BatchTarget,
  service: string,
  entity: string,
  runId: string,
  before: Checkpoint,
  batch: Batch,
  sampleLimit: number,
  partition = WHOLE,
): Promise<WriteOutcome> {
  const { client } = target;
  let encoder = new TsvEncoder();
  const write = async (table: string, data: TableRows): Promise<void> => {
    if (rowCount(data) === 0) return;
    const kinds = await kindsFor(target, table, data.columns);
    const key = batch.upsert?.[table];
    if (key) await upsertRows(client, table, data, key, encoder, kinds);
    else await copyRows(client, table, data, encoder, kinds);
  };
  const begin = client.query('BEGIN');
  begin.catch(() => undefined); // awaited below; its failure fails the queries queued after it too
  try {
    for (const table in batch.tables) await write(table, batch.tables[table]);
    await begin;
    return await commit(target, service, entity, runId, before, batch, sampleLimit, partition, encoder, 0);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (classifyError(err) !== 'reject' || err instanceof MagemigError) throw explainLoadError(err, service, entity, before.lastKey);
  }
  // Postgres refused some rows: the same batch again, with those rows isolated (found by their values).
  encoder = new TsvEncoder();
  try {
    if (batch.decoded) batch = { ...batch, tables: await batch.decoded(), decoded: undefined };
    await client.query('BEGIN');
    const outcome = await writeIsolatingRefusals(client, batch, write);
    const rejects: Reject[] = outcome.refused.map((r) => ({ sourceKey: refusedKey(batch, r), reason: PG_REFUSED, detail: `${r.table}: ${r.reason}` }));
    const primaryRefused = outcome.refused.filter((r) => r.primary).length;
    const adjusted: Batch = {
      ...batch,
      after: outcome.refused.length > 0 && batch.afterRefused ? batch.afterRefused : batch.after,
      loadedRows: batch.loadedRows - primaryRefused,
      rejects: [...batch.rejects, ...rejects],
      ids: batch.ids?.filter((id) => !outcome.refusedIds.has(id[2])),
      stats: { ...batch.stats, [REFUSED_STAT]: outcome.refused.length, ...(outcome.droppedWithEntity ? { [DROPPED_STAT]: outcome.droppedWithEntity } : {}) },
    };
    return await commit(target, service, entity, runId, before, adjusted, sampleLimit, partition, encoder, outcome.refused.length);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw explainLoadError(err, service, entity, before.lastKey);
  }
}

/** Rejects, ids and the checkpoint, then COMMIT (the transaction is open and the tables are written). */
async function commit(
  target: BatchTarget, service: string, entity: string, runId: string, before: Checkpoint, batch: Batch,
  sampleLimit: number, partition: string, encoder: TsvEncoder, refused: number,
): Promise<WriteOutcome> {
  const { client } = target;
  // The service's read models of these rows, in the same transaction (core/batch.ts Batch.after).
  for (const s of batch.after ?? []) await client.query(s.text, s.values);
  await insertRejects(client, service, entity, batch.rejects, runId);
  if (batch.ids) await insertIds(client, batch.ids);
  const after = advance(before, batch, nulStats(batch, encoder), sampleLimit);
  await client.query(`${saveCheckpointSql(client, service, entity, before.batches, after, runId, partition)}; COMMIT`);
  return { after, rejects: batch.rejects, refused };
}

/**
 * The entity's own transaction after its last batch: the same checkpoint, marked done, and the entity's
 * deferred indexes built in it (loaders/deferred-indexes.ts), so "done" always means "indexed".
 */
export async function markDone(target: BatchTarget, service: string, entity: string, state: Checkpoint, runId: string, partition = WHOLE): Promise<Checkpoint> {
  const done = { ...state, done: true };
  try {
    const builds = partition === WHOLE ? await rebuildDeferredIndexesSql(target.client, entity) : '';
    await target.client.query(`BEGIN; ${builds}${saveCheckpointSql(target.client, service, entity, state.batches, done, runId, partition)}; COMMIT`);
  } catch (err) {
    await target.client.query('ROLLBACK').catch(() => undefined);
    throw explainLoadError(err, service, entity, state.lastKey);
  }
  return done;
}

/** NULs stripped from the batch: by this encoder, and by the encoding of tables that came encoded. */
function nulStats(batch: Batch, encoder: TsvEncoder): Record<string, number> {
  let n = encoder.counters.nulStripped;
  for (const table in batch.tables) n += batch.tables[table].encoded?.nulStripped ?? 0;
  return n ? { [NUL_STAT]: n } : {};
}

async function kindsFor(target: BatchTarget, table: string, columns: readonly string[]): Promise<ColumnKind[]> {
  const cacheKey = `${table}(${columns.join(',')})`;
  let kinds = target.kinds.get(cacheKey);
  if (!kinds) {
    kinds = await columnKinds(target.client, table, columns);
    target.kinds.set(cacheKey, kinds);
  }
  return kinds;
}

/** One line that says where the load failed; retryable errors pass through untouched (the runner retries them). */
function explainLoadError(err: unknown, service: string, entity: string, after: Key | null): unknown {
  const kind = classifyError(err);
  if (kind === 'retryable' || err instanceof MagemigError) return err;
  if ((err as { code?: string }).code === CHECKPOINT_MOVED) {
    return new MagemigError('CONCURRENT_RUN', `${service}/${entity}: ${describeError(err)} (another migrate is running?)`, 'fatal', { cause: err });
  }
  const e = err as { where?: string; detail?: string; code?: string };
  const where = e.where ? ` (${e.where.split('\n')[0]})` : '';
  const detail = e.detail ? ` ${e.detail}` : '';
  const message = `${service}/${entity}: Postgres refused the batch after key ${JSON.stringify(after)}: ${describeError(err)}${detail}${where}`;
  return new MagemigError(kind === 'reject' ? 'LOAD_REFUSED' : 'LOAD_FAILED', message, 'fatal', { cause: err });
}
