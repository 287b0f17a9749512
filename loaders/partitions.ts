/**
 * Partition plans of the bookkeeping (magemig.partitions): the key ranges an entity was split into, and the
 * sum of their checkpoints, which becomes the whole entity's checkpoint once every range is done.
 */
import type { PgClient } from '../core/postgres.ts';
import { readPartitionCheckpointsQuery, readPartitionsQuery, writePartitionQuery } from '../sql/bookkeeping/index.ts';
import { emptyCheckpoint, type Checkpoint } from './bookkeeping.ts';

export interface Partition {
  /** Its checkpoint's name: "p3:1000-2000". */
  name: string;
  position: number;
  /** The first key column's range: lo < key <= hi. */
  lo: number;
  hi: number;
}

export function partitionName(position: number, lo: number, hi: number): string {
  return `p${position}:${lo}-${hi}`;
}

export async function readPartitions(client: PgClient, entity: string): Promise<Partition[]> {
  const { rows } = await client.query<{ partition: string; position: number; lo: string; hi: string }>(readPartitionsQuery.text, [entity]);
  return rows.map((r) => ({ name: r.partition, position: r.position, lo: Number(r.lo), hi: Number(r.hi) }));
}

/** Stores a plan (a plan stored before, by a run that was stopped, stays as it was). */
export async function writePartitions(client: PgClient, entity: string, plan: readonly Partition[]): Promise<Partition[]> {
  const existing = await readPartitions(client, entity);
  if (existing.length > 0) return existing;
  await client.query('BEGIN');
  try {
    for (const p of plan) await client.query(writePartitionQuery.text, [entity, p.name, p.position, p.lo, p.hi]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return readPartitions(client, entity);
}

/** The partitions' checkpoints summed: what the whole entity's checkpoint says once every range is done. */
export interface PartitionState {
  partition: string;
  sourceRows: number;
  loaded: number;
  rejected: number;
  done: boolean;
  /** Who last wrote its checkpoint: the run id, and "/<host>:<pid>" of the worker that loaded it. */
  runId: string | null;
}

export async function sumPartitions(client: PgClient, entity: string): Promise<{ total: Checkpoint; done: Set<string>; partitions: PartitionState[] }> {
  const { rows } = await client.query<NonNullable<typeof readPartitionCheckpointsQuery.row>>(readPartitionCheckpointsQuery.text, [entity]);
  const total = emptyCheckpoint();
  const done = new Set<string>();
  const partitions: PartitionState[] = [];
  for (const r of rows) {
    partitions.push({ partition: r.partition, sourceRows: Number(r.source_rows), loaded: Number(r.rows_loaded), rejected: Number(r.rows_rejected), done: r.done, runId: r.run_id });
    total.batches += r.batches;
    total.sourceRows += Number(r.source_rows);
    total.rowsLoaded += Number(r.rows_loaded);
    total.rowsRejected += Number(r.rows_rejected);
    total.rejectRecords += Number(r.reject_records);
    for (const [k, v] of Object.entries(r.stats)) total.stats[k] = (total.stats[k] ?? 0) + v;
    if (r.done) done.add(r.partition);
  }
  return { total, done, partitions };
}

/** Splits lo..hi (inclusive) into n ranges of equal width (the last one takes the remainder). */
export function splitRange(lo: number, hi: number, n: number): Partition[] {
  const width = Math.max(1, Math.ceil((hi - lo + 1) / n));
  const out: Partition[] = [];
  let from = lo - 1;
  for (let i = 0; from < hi; i++) {
    const to = Math.min(hi, from + width);
    out.push({ name: partitionName(i, from, to), position: i, lo: from, hi: to });
    from = to;
  }
  return out;
}
