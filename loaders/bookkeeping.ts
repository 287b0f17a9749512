/**
 * The `magemig` schema every service database carries beside the service's own tables: which migrations
 * ran, where each entity stopped (the checkpoint, per entity and partition), the rows that could not be
 * loaded (rejects), the Magento id -> UUID map, the runs and their settings. It is written in the same
 * transaction as the data it describes. Its schema is versioned like a service's:
 * sql/bookkeeping/migrations/NNN_*.sql (loaders/schema-migrations.ts applies them).
 */
import type { Edition, Key, NullPolicy, Reject } from '../core/batch.ts';
import type { PgClient } from '../core/postgres.ts';
import {
  hasCheckpointsQuery, insertIdsQuery, insertRejectsQuery, markInterruptedRunsQuery, readCheckpointForUpdateQuery, readCheckpointQuery,
  readRunSettingsQuery, recordRunEndQuery, recordRunStartQuery, rejectsByReasonQuery, saveCheckpointQuery, writeRunSettingsQuery,
} from '../sql/bookkeeping/index.ts';
import { renderSql } from '../sql/template.ts';
import { jsonForPostgres } from './tsv.ts';

export const BOOKKEEPING_SCHEMA = 'magemig';
/** The partition of an entity read whole (one keyset walk): every checkpoint until workers split entities. */
export const WHOLE = '';

/** Cumulative state of one entity (partition) across runs, as stored in magemig.checkpoint. */
export interface Checkpoint {
  lastKey: Key | null;
  batches: number;
  sourceRows: number;
  rowsLoaded: number;
  rowsRejected: number;
  rejectRecords: number;
  stats: Record<string, number>;
  samples: unknown[];
  done: boolean;
}

export function emptyCheckpoint(): Checkpoint {
  return { lastKey: null, batches: 0, sourceRows: 0, rowsLoaded: 0, rowsRejected: 0, rejectRecords: 0, stats: {}, samples: [], done: false };
}

/** Reads the checkpoint; `forUpdate` locks the row for the rest of the caller's transaction. */
export async function readCheckpoint(client: PgClient, entity: string, forUpdate = false, partition = WHOLE): Promise<Checkpoint> {
  const q = forUpdate ? readCheckpointForUpdateQuery : readCheckpointQuery;
  const { rows } = await client.query<NonNullable<typeof q.row>>(q.text, [entity, partition]);
  const r = rows[0];
  if (!r) return emptyCheckpoint();
  return {
    lastKey: r.last_key as Key | null,
    batches: r.batches,
    sourceRows: Number(r.source_rows),
    rowsLoaded: Number(r.rows_loaded),
    rowsRejected: Number(r.rows_rejected),
    rejectRecords: Number(r.reject_records),
    stats: r.stats,
    samples: r.samples,
    done: r.done,
  };
}

/** SQLSTATE raised by magemig.save_checkpoint when the checkpoint moved under this run. */
export const CHECKPOINT_MOVED = 'MM001';

/**
 * `SELECT magemig.save_checkpoint(...)` with its values inlined as literals, so it can share one simple
 * query (one round trip) with the COMMIT that follows it. `expectedBatches`: where the checkpoint must be.
 */
export function saveCheckpointSql(
  client: PgClient,
  service: string,
  entity: string,
  expectedBatches: number,
  cp: Checkpoint,
  runId: string,
  partition = WHOLE,
): string {
  const lit = (s: string): string => client.escapeLiteral(s);
  const int = (n: number): string => {
    if (!Number.isSafeInteger(n)) throw new Error(`checkpoint counter is not an integer: ${n}`);
    return String(n);
  };
  return renderSql(saveCheckpointQuery, {
    raw: {
      entity: lit(entity), partition: lit(partition), expected_batches: int(expectedBatches), service: lit(service),
      last_key: lit(jsonForPostgres(cp.lastKey)), batches: int(cp.batches), source_rows: int(cp.sourceRows),
      rows_loaded: int(cp.rowsLoaded), rows_rejected: int(cp.rowsRejected), reject_records: int(cp.rejectRecords),
      stats: lit(jsonForPostgres(cp.stats)), samples: lit(jsonForPostgres(cp.samples)), done: cp.done ? 'true' : 'false', run_id: lit(runId),
    },
  });
}

// Postgres text cannot hold NUL; a reject often exists because of one, so its key and detail are made safe.
function safeText(s: string, max: number): string {
  const t = s.indexOf('\0') === -1 ? s : s.replace(/\0/g, '\\0');
  return t.length > max ? t.slice(0, max) + '...' : t;
}

export async function insertRejects(client: PgClient, service: string, entity: string, rejects: readonly Reject[], runId: string): Promise<void> {
  if (rejects.length === 0) return;
  const keys = new Array<string>(rejects.length);
  const reasons = new Array<string>(rejects.length);
  const details = new Array<string | null>(rejects.length);
  for (let i = 0; i < rejects.length; i++) {
    const r = rejects[i];
    keys[i] = safeText(String(r.sourceKey), 1000);
    reasons[i] = safeText(String(r.reason), 100);
    details[i] = r.detail == null ? null : safeText(String(r.detail), 2000);
  }
  await client.query(insertRejectsQuery.text, [service, entity, runId, keys, reasons, details]);
}

export async function insertIds(client: PgClient, ids: ReadonlyArray<readonly [string, string | number, string]>): Promise<void> {
  if (ids.length === 0) return;
  const types = new Array<string>(ids.length);
  const magentoIds = new Array<string>(ids.length);
  const uuids = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const t = ids[i];
    types[i] = t[0];
    magentoIds[i] = String(t[1]);
    uuids[i] = t[2];
  }
  await client.query(insertIdsQuery.text, [types, magentoIds, uuids]);
}

export async function rejectsByReason(client: PgClient, entity: string): Promise<Record<string, number>> {
  const { rows } = await client.query<{ reason: string; n: string }>(rejectsByReasonQuery.text, [entity]);
  return Object.fromEntries(rows.map((r) => [r.reason, Number(r.n)]));
}

/** Records this run; runs left 'running' by a killed process become 'interrupted' (we hold the run lock). */
export async function recordRunStart(client: PgClient, runId: string, options: unknown): Promise<void> {
  await client.query(markInterruptedRunsQuery.text, [runId]);
  await client.query(recordRunStartQuery.text, [runId, JSON.stringify(options)]);
}

export async function recordRunEnd(client: PgClient, runId: string, status: 'completed' | 'failed'): Promise<void> {
  await client.query(recordRunEndQuery.text, [runId, status]);
}

/** What magemig.run_settings keeps; stagingVersion is null for an Open Source source (it has no staging). */
export interface RunSettings {
  edition: Edition;
  nullPolicy: NullPolicy;
  stagingVersion: number | null;
}

export async function readRunSettings(client: PgClient): Promise<RunSettings | null> {
  const { rows } = await client.query<{ edition: Edition; null_policy: NullPolicy; staging_version: string | null }>(readRunSettingsQuery.text);
  const r = rows[0];
  return r ? { edition: r.edition, nullPolicy: r.null_policy, stagingVersion: r.staging_version === null ? null : Number(r.staging_version) } : null;
}

export async function writeRunSettings(client: PgClient, s: RunSettings, runId: string): Promise<void> {
  await client.query(writeRunSettingsQuery.text, [s.edition, s.nullPolicy, s.stagingVersion, runId]);
}

/** Any checkpoint at all: some entity committed a batch (or finished) under the stored settings. */
export async function hasCheckpoints(client: PgClient): Promise<boolean> {
  return ((await client.query(hasCheckpointsQuery.text)).rowCount ?? 0) > 0;
}
