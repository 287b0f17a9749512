/**
 * The Postgres side of one service in a run: its database `<prefix>_<service>` (created if missing), the
 * bookkeeping schema and the service's migrations, a run lock, and the connection batches are written on
 * (replaced by a fresh one after a retryable failure).
 */
import { withDatabase, type ConnectionUrl } from '../core/connection-url.ts';
import { MagemigError } from '../core/errors.ts';
import { connectPg, ensurePgDatabase, type PgClient } from '../core/postgres.ts';
import { hasCheckpoints, readRunSettings, recordRunEnd, recordRunStart, writeRunSettings, type RunSettings } from './bookkeeping.ts';
import type { BatchTarget } from './batch-writer.ts';
import { applyMigrations, sequenceColumns, truncateServiceData, type MigrationOutcome } from './schema-migrations.ts';
import type { ColumnKind } from './tsv.ts';

// One migrate per service database at a time (pg advisory locks are per database). A SIGKILLed run's
// session ends with its socket, which releases the lock; the wait covers the server noticing that.
const LOCK_KEY = 0x6d61_6765; // "mage"
const LOCK_WAIT = '10s';

export function serviceDatabase(prefix: string, service: string): string {
  return `${prefix}_${service}`;
}

/** pg.Client emits 'error' when an idle connection dies; unhandled, that would crash the process. */
function guard(client: PgClient): PgClient {
  client.on('error', () => undefined);
  return client;
}

export interface PreparedTarget {
  created: boolean;
  migrations: MigrationOutcome;
  truncated: string[] | null;
  sequenceColumns: string[];
  /** The content-shaping settings this run must use (magemig.run_settings). */
  settings: RunSettings;
}

export class ServiceTarget implements BatchTarget {
  readonly url: ConnectionUrl;
  readonly database: string;
  client!: PgClient;
  readonly kinds = new Map<string, ColumnKind[]>();
  private control: PgClient | null = null;

  constructor(server: ConnectionUrl, prefix: string, service: string) {
    this.database = serviceDatabase(prefix, service);
    this.url = withDatabase(server, this.database);
  }

  /**
   * Creates the database if missing, takes the run lock, applies migrations, restarts when asked, and
   * settles the run settings: `resolveSettings` gets the stored ones when the database has progress under
   * them (null: a fresh migration) and may refuse; a fresh migration's settings are stored before any batch.
   */
  async prepare(opts: {
    restart: boolean;
    runId: string;
    runOptions: Record<string, unknown>;
    migrationsDir: string;
    resolveSettings: (stored: RunSettings | null) => RunSettings;
  }): Promise<PreparedTarget> {
    const created = await ensurePgDatabase({ ...this.url, database: 'postgres' }, this.database);
    this.control = guard(await connectPg(this.url));
    await this.control.query(`SET lock_timeout = '${LOCK_WAIT}'`);
    try {
      await this.control.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    } catch (err) {
      if ((err as { code?: string }).code === '55P03') {
        throw new MagemigError('TARGET_BUSY', `another magemig migrate is running on database ${this.database}`, 'fatal', { cause: err });
      }
      throw err;
    }
    await this.control.query('RESET lock_timeout');
    // The bookkeeping schema first (sql/bookkeeping/migrations), then the service's own.
    const migrations = await applyMigrations(this.control, opts.migrationsDir);
    const truncated = opts.restart ? await truncateServiceData(this.control) : null;
    const seqs = await sequenceColumns(this.control);
    // Settings stored by a run killed before its first checkpoint shaped nothing: a fresh start replaces them.
    const stored = (await hasCheckpoints(this.control)) ? await readRunSettings(this.control) : null;
    const settings = opts.resolveSettings(stored);
    if (!stored) await writeRunSettings(this.control, settings, opts.runId);
    await recordRunStart(this.control, opts.runId, { ...opts.runOptions, ...settings });
    await this.reconnect();
    return { created, migrations, truncated, sequenceColumns: seqs, settings };
  }

  /**
   * A worker's connection to a database its coordinator prepared (created, migrated, settings stored): no run
   * lock (the coordinator holds it), but the lock of the one partition the worker loads, so that two workers
   * never load the same range at once. Throws a retryable error when another worker holds the partition.
   */
  async attach(partitionLockKey: string): Promise<void> {
    this.control = guard(await connectPg(this.url));
    const { rows } = await this.control.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [partitionLockKey]);
    if (!rows[0]?.ok) {
      await this.close();
      throw new MagemigError('PARTITION_BUSY', `another worker is loading ${partitionLockKey} in ${this.database}`, 'retryable');
    }
    await this.reconnect();
  }

  /** The bookkeeping/reads connection (holds the run lock). */
  get controlClient(): PgClient {
    if (!this.control) throw new Error('ServiceTarget used before prepare()');
    return this.control;
  }

  /** A fresh connection for batches; the old one (maybe broken) is dropped. */
  async reconnect(): Promise<void> {
    const old = this.client as PgClient | undefined;
    if (old) void old.end().catch(() => undefined);
    const client = guard(await connectPg(this.url));
    // A server crash may lose the last commits, but checkpoint and data are lost together, so a resumed
    // run redoes exactly those batches; a killed client loses nothing. Worth it for small transactions.
    await client.query('SET synchronous_commit = off');
    // Magento stores datetimes in UTC: a zone-less timestamp string an entity passes through means UTC.
    await client.query("SET TIME ZONE 'UTC'");
    await preferLz4(client);
    this.client = client;
  }

  async finish(runId: string, status: 'completed' | 'failed'): Promise<void> {
    if (this.control) await recordRunEnd(this.control, runId, status).catch(() => undefined);
    await this.close();
  }

  async close(): Promise<void> {
    const clients = [this.client as PgClient | undefined, this.control];
    this.control = null;
    await Promise.all(clients.map((c) => (c ? c.end().catch(() => undefined) : undefined)));
  }
}

/**
 * Values Postgres compresses (the read models' JSON text: 4.7 KB an order document's head on `medium`) with lz4
 * rather than the default pglz: COPY of the 50,000 order documents of `medium` took 3.1 s instead of 6.0 s
 * (same rows, same table, 10% more disk). Only the import's sessions: a column keeps no method, each value
 * records its own, so every reader decompresses either. A server built without lz4 refuses the setting and
 * keeps pglz.
 */
async function preferLz4(client: PgClient): Promise<void> {
  try {
    await client.query('SET default_toast_compression = lz4');
  } catch {
    // Built without lz4 (--without-lz4): pglz it is.
  }
}

