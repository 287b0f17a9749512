/**
 * The `magemig` schema every service database carries beside the service's own tables: which migrations
 * ran, where each entity stopped (the checkpoint), the rows that could not be loaded (rejects), and the
 * Magento id -> UUID map. It is written in the same transaction as the data it describes.
 *
 * No serial columns here: a sequence value consumed by a rolled-back batch is not given back, and a run
 * killed and resumed must end with exactly the content of an uninterrupted run.
 */
import type { PgClient } from '../core/postgres.ts';
import type { Edition, Key, NullPolicy, Reject } from '../pipeline/types.ts';
import { jsonForPostgres } from './tsv.ts';

export const BOOKKEEPING_SCHEMA = 'magemig';

const DDL = `
CREATE SCHEMA IF NOT EXISTS magemig;
CREATE TABLE IF NOT EXISTS magemig.schema_migrations (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS magemig.checkpoint (
  entity text PRIMARY KEY,
  service text NOT NULL,
  last_key jsonb,
  batches integer NOT NULL DEFAULT 0,
  source_rows bigint NOT NULL DEFAULT 0,
  rows_loaded bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  reject_records bigint NOT NULL DEFAULT 0,
  stats jsonb NOT NULL DEFAULT '{}',
  samples jsonb NOT NULL DEFAULT '[]',
  done boolean NOT NULL DEFAULT false,
  run_id text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS magemig.rejects (
  service text NOT NULL,
  entity text NOT NULL,
  source_key text NOT NULL,
  reason text NOT NULL,
  detail text,
  run_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS rejects_entity_reason ON magemig.rejects (entity, reason);
CREATE TABLE IF NOT EXISTS magemig.id_map (
  entity_type text NOT NULL,
  magento_id text NOT NULL,
  uuid uuid NOT NULL,
  PRIMARY KEY (entity_type, magento_id)
);
-- Saves an entity's checkpoint, refusing (SQLSTATE MM001) when it is not where this run left it: another
-- run moved it, so committing our batch would load it twice.
CREATE OR REPLACE FUNCTION magemig.save_checkpoint(
  p_entity text, p_expected_batches integer, p_service text, p_last_key jsonb, p_batches integer, p_source_rows bigint,
  p_rows_loaded bigint, p_rows_rejected bigint, p_reject_records bigint, p_stats jsonb, p_samples jsonb, p_done boolean,
  p_run_id text) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  current_batches integer;
BEGIN
  SELECT batches INTO current_batches FROM magemig.checkpoint WHERE entity = p_entity FOR UPDATE;
  IF coalesce(current_batches, 0) <> p_expected_batches THEN
    RAISE EXCEPTION 'the checkpoint of % is at batch %, this run expected %', p_entity, coalesce(current_batches, 0), p_expected_batches
      USING ERRCODE = 'MM001';
  END IF;
  INSERT INTO magemig.checkpoint AS c
    (entity, service, last_key, batches, source_rows, rows_loaded, rows_rejected, reject_records, stats, samples, done, run_id, updated_at)
  VALUES (p_entity, p_service, p_last_key, p_batches, p_source_rows, p_rows_loaded, p_rows_rejected, p_reject_records, p_stats,
          p_samples, p_done, p_run_id, now())
  ON CONFLICT (entity) DO UPDATE SET
    service = EXCLUDED.service, last_key = EXCLUDED.last_key, batches = EXCLUDED.batches,
    source_rows = EXCLUDED.source_rows, rows_loaded = EXCLUDED.rows_loaded, rows_rejected = EXCLUDED.rows_rejected,
    reject_records = EXCLUDED.reject_records, stats = EXCLUDED.stats, samples = EXCLUDED.samples,
    done = EXCLUDED.done, run_id = EXCLUDED.run_id, updated_at = now();
END
$fn$;
CREATE TABLE IF NOT EXISTS magemig.runs (
  run_id text PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL,
  options jsonb NOT NULL DEFAULT '{}'
);
-- The settings that shape the content (one row), from the run that started this database's migration:
-- a resumed run or a rerun must read the source the same way, or the target mixes two rules.
CREATE TABLE IF NOT EXISTS magemig.run_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  edition text NOT NULL,
  null_policy text NOT NULL,
  staging_version bigint,
  run_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;

export async function ensureBookkeeping(client: PgClient): Promise<void> {
  await client.query(DDL);
}

/** Cumulative state of one entity across runs, as stored in magemig.checkpoint. */
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

interface CheckpointRow {
  last_key: Key | null;
  batches: number;
  source_rows: string;
  rows_loaded: string;
  rows_rejected: string;
  reject_records: string;
  stats: Record<string, number>;
  samples: unknown[];
  done: boolean;
}

/** Reads the checkpoint; `forUpdate` locks the row for the rest of the caller's transaction. */
export async function readCheckpoint(client: PgClient, entity: string, forUpdate = false): Promise<Checkpoint> {
  const { rows } = await client.query<CheckpointRow>(
    `SELECT last_key, batches, source_rows, rows_loaded, rows_rejected, reject_records, stats, samples, done
       FROM magemig.checkpoint WHERE entity = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [entity],
  );
  const r = rows[0];
  if (!r) return emptyCheckpoint();
  return {
    lastKey: r.last_key,
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
export function saveCheckpointSql(client: PgClient, service: string, entity: string, expectedBatches: number, cp: Checkpoint, runId: string): string {
  const lit = (s: string): string => client.escapeLiteral(s);
  const int = (n: number): string => {
    if (!Number.isSafeInteger(n)) throw new Error(`checkpoint counter is not an integer: ${n}`);
    return String(n);
  };
  return `SELECT magemig.save_checkpoint(${lit(entity)}, ${int(expectedBatches)}, ${lit(service)}, ${lit(jsonForPostgres(cp.lastKey))}::jsonb, ${int(cp.batches)}, ` +
    `${int(cp.sourceRows)}, ${int(cp.rowsLoaded)}, ${int(cp.rowsRejected)}, ${int(cp.rejectRecords)}, ${lit(jsonForPostgres(cp.stats))}::jsonb, ` +
    `${lit(jsonForPostgres(cp.samples))}::jsonb, ${cp.done ? 'true' : 'false'}, ${lit(runId)})`;
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
  await client.query(
    `INSERT INTO magemig.rejects (service, entity, source_key, reason, detail, run_id)
     SELECT $1, $2, k, r, d, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS u(k, r, d)`,
    [service, entity, runId, keys, reasons, details],
  );
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
  // The same Magento entity may be named by two batches (e.g. a child seen from two parents): its UUID is
  // deterministic, so the first row is as good as the second.
  await client.query(
    `INSERT INTO magemig.id_map (entity_type, magento_id, uuid)
     SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[]) ON CONFLICT DO NOTHING`,
    [types, magentoIds, uuids],
  );
}

export async function rejectsByReason(client: PgClient, entity: string): Promise<Record<string, number>> {
  const { rows } = await client.query<{ reason: string; n: string }>(
    'SELECT reason, count(*) AS n FROM magemig.rejects WHERE entity = $1 GROUP BY reason ORDER BY reason',
    [entity],
  );
  return Object.fromEntries(rows.map((r) => [r.reason, Number(r.n)]));
}

export async function recordRunStart(client: PgClient, runId: string, options: unknown): Promise<void> {
  await client.query("INSERT INTO magemig.runs (run_id, status, options) VALUES ($1, 'running', $2::jsonb) ON CONFLICT DO NOTHING", [
    runId,
    JSON.stringify(options),
  ]);
}

export async function recordRunEnd(client: PgClient, runId: string, status: 'completed' | 'failed'): Promise<void> {
  await client.query('UPDATE magemig.runs SET status = $2, finished_at = now() WHERE run_id = $1', [runId, status]);
}

/** What magemig.run_settings keeps; stagingVersion is null for an Open Source source (it has no staging). */
export interface RunSettings {
  edition: Edition;
  nullPolicy: NullPolicy;
  stagingVersion: number | null;
}

export async function readRunSettings(client: PgClient): Promise<RunSettings | null> {
  const { rows } = await client.query<{ edition: Edition; null_policy: NullPolicy; staging_version: string | null }>(
    'SELECT edition, null_policy, staging_version FROM magemig.run_settings',
  );
  const r = rows[0];
  return r ? { edition: r.edition, nullPolicy: r.null_policy, stagingVersion: r.staging_version === null ? null : Number(r.staging_version) } : null;
}

export async function writeRunSettings(client: PgClient, s: RunSettings, runId: string): Promise<void> {
  await client.query(
    `INSERT INTO magemig.run_settings (id, edition, null_policy, staging_version, run_id) VALUES (true, $1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET edition = EXCLUDED.edition, null_policy = EXCLUDED.null_policy,
       staging_version = EXCLUDED.staging_version, run_id = EXCLUDED.run_id, created_at = now()`,
    [s.edition, s.nullPolicy, s.stagingVersion, runId],
  );
}

/** Any checkpoint at all: some entity committed a batch (or finished) under the stored settings. */
export async function hasCheckpoints(client: PgClient): Promise<boolean> {
  return ((await client.query('SELECT 1 FROM magemig.checkpoint LIMIT 1')).rowCount ?? 0) > 0;
}
