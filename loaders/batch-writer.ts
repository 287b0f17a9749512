/**
 * One batch, one transaction: COPY of every table, the batch's rejects and ids, and the entity's new
 * checkpoint commit together or not at all. That is what makes a run killed at any moment resumable to
 * exactly the content of an uninterrupted run.
 */
import { classifyError, describeError, MagemigError } from '../core/errors.ts';
import type { PgClient } from '../core/postgres.ts';
import type { Batch, Key } from '../pipeline/types.ts';
import { CHECKPOINT_MOVED, insertIds, insertRejects, readCheckpoint, saveCheckpointSql, type Checkpoint } from './bookkeeping.ts';
import { columnKinds, copyRows } from './copy.ts';
import { TsvEncoder, type ColumnKind } from './tsv.ts';

export const NUL_STAT = 'loader.nul_bytes_stripped';

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
      // Discarded: the dry run only needs the encoder to accept every value.
    }
  }
  return encoder.counters.nulStripped ? { [NUL_STAT]: encoder.counters.nulStripped } : {};
}

export interface BatchTarget {
  client: PgClient;
  /** Per-table json column kinds, looked up once per run. */
  kinds: Map<string, ColumnKind[]>;
}

export interface WriteOutcome {
  after: Checkpoint;
  /** True when a previous attempt had committed this very batch (its acknowledgement was lost). */
  alreadyCommitted: boolean;
}

/**
 * Loads one batch in one transaction. Round trips are few on purpose (each one leaves Postgres idle while
 * Node works): BEGIN is queued with the first COPY, and the checkpoint is saved by the same query string
 * as the COMMIT; magemig.save_checkpoint refuses a checkpoint that moved under this run.
 * `verify` (a retry): first look whether the previous attempt committed after all.
 */
export async function writeBatch(
  target: BatchTarget,
  service: string,
  entity: string,
  runId: string,
  before: Checkpoint,
  batch: Batch,
  sampleLimit: number,
  verify = false,
): Promise<WriteOutcome> {
  const { client } = target;
  const begin = client.query('BEGIN');
  begin.catch(() => undefined); // awaited below; its failure fails the queries queued after it too
  try {
    if (verify) {
      await begin;
      const current = await readCheckpoint(client, entity);
      if (current.batches === before.batches + 1 && sameKey(current.lastKey, batch.lastKey)) {
        await client.query('ROLLBACK');
        return { after: current, alreadyCommitted: true };
      }
    }
    const encoder = new TsvEncoder();
    for (const table in batch.tables) {
      const data = batch.tables[table];
      if (data.rows.length === 0) continue;
      const kinds = await kindsFor(target, table, data.columns);
      await copyRows(client, table, data, encoder, kinds);
    }
    await begin;
    await insertRejects(client, service, entity, batch.rejects, runId);
    if (batch.ids) await insertIds(client, batch.ids);
    const extra: Record<string, number> = encoder.counters.nulStripped ? { [NUL_STAT]: encoder.counters.nulStripped } : {};
    const after = advance(before, batch, extra, sampleLimit);
    await client.query(`${saveCheckpointSql(client, service, entity, before.batches, after, runId)}; COMMIT`);
    return { after, alreadyCommitted: false };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw explainLoadError(err, service, entity, before.lastKey);
  }
}

/** The entity's own transaction after its last batch: the same checkpoint, marked done. */
export async function markDone(target: BatchTarget, service: string, entity: string, state: Checkpoint, runId: string): Promise<Checkpoint> {
  const done = { ...state, done: true };
  try {
    await target.client.query(`BEGIN; ${saveCheckpointSql(target.client, service, entity, state.batches, done, runId)}; COMMIT`);
  } catch (err) {
    await target.client.query('ROLLBACK').catch(() => undefined);
    throw explainLoadError(err, service, entity, state.lastKey);
  }
  return done;
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

/**
 * Postgres refusing a batch's data (class 22/23: bad value, constraint) is an entity bug, not bad source
 * data: the entity must turn such rows into rejects. It stops the run, naming the batch and the COPY line.
 */
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
