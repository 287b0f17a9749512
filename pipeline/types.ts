/**
 * The contract between the run orchestrator (pipeline/, loaders/) and the per-service entity migrations
 * (services/<context>/migration/*). An entity migration reads and transforms; it never writes. The
 * orchestrator loads what it yields, one batch and its checkpoint in one Postgres transaction.
 */
import type { MysqlConnection } from '../core/mysql.ts';

export type Edition = 'opensource' | 'commerce';

/**
 * How a store-level row whose value is NULL is read (Magento disagrees with itself here):
 *  - 'inherit': the NULL is ignored and the store view falls back to the default (store 0) value,
 *    as Magento's flat indexer does.
 *  - 'explicit': the store row's presence wins, so the store view sees no value, as the EAV indexer does.
 */
export type NullPolicy = 'inherit' | 'explicit';

export interface RunOptions {
  batchSize: number;
  nullPolicy: NullPolicy;
  dryRun: boolean;
  /** Adobe Commerce: the staging version to read (created_in <= v < updated_in); default: now. */
  stagingVersion: number;
}

export interface SourceContext {
  /** Read-only connection for lookups and small reads. */
  conn: MysqlConnection;
  /** Opens another read-only connection (for a streaming read that must not block `conn`); caller closes it. */
  openConnection(): Promise<MysqlConnection>;
  edition: Edition;
  options: RunOptions;
  /** Per-run memo for lookups every entity needs (attributes, stores): computed once, shared. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** A keyset position: JSON-serialisable, stored as the checkpoint. */
export type Key = string | number | Array<string | number>;

export interface Reject {
  /** Magento's key of the rejected row, e.g. "entity_id=42" or "entity_id=42,attribute=news_from_date,store=1". */
  sourceKey: string;
  /** A stable reason code: NO_SKU, DUPLICATE_SKU, ZERO_DATE, NUL_BYTE, INVALID_UTF8, DANGLING_REFERENCE, ... */
  reason: string;
  detail?: string;
}

export interface TableRows {
  /** Target columns, in the order of each row's values. */
  columns: string[];
  /**
   * Values: null, string, number, bigint, boolean, Date, Buffer, arrays and plain objects (as JSON).
   * Encoding (loaders/tsv.ts): arrays become Postgres array literals, except into json/jsonb columns, where
   * they become JSON like objects do; a string into a json/jsonb column is taken as JSON text; a zone-less
   * timestamp string is read as UTC. Postgres text cannot hold NUL: reject such rows (NUL_BYTE); the loader
   * strips any NUL left over and counts it (stat `loader.nul_bytes_stripped`).
   */
  rows: unknown[][];
}

export interface Batch {
  /** Keyset position after this batch; stored as the checkpoint in the same transaction. */
  lastKey: Key;
  /** Source entities this batch covers (loaded + rejected). */
  sourceRows: number;
  /** Entities this batch loads (sourceRows - entity-level rejects). */
  loadedRows: number;
  /** Target table (schema-qualified when not public) -> rows to COPY into it. */
  tables: Record<string, TableRows>;
  rejects: Reject[];
  /** (entity type, Magento id, UUID) for the id-map table. */
  ids?: Array<[entityType: string, magentoId: string | number, uuid: string]>;
  /** Counters summed into the report, e.g. { 'scope.null_policy_differs': 3 }. */
  stats?: Record<string, number>;
  /** A few transformed records for the dry-run report (the orchestrator keeps only the first ones). */
  samples?: unknown[];
}

export interface EntityMigration {
  /** Bounded context that owns the target table(s): 'catalog', 'pricing', ... */
  service: string;
  /** Name of the entity in reports, checkpoints and progress: 'products', 'categories', ... */
  entity: string;
  /** How many source entities there are (for progress and reconciliation). */
  countSource(src: SourceContext): Promise<number>;
  /** Batches in keyset order after `after` (null: from the start). Must be deterministic for a given `after`. */
  batches(src: SourceContext, after: Key | null): AsyncIterable<Batch>;
}

export interface ServiceDefinition {
  /** 'catalog': the target database is <prefix>_catalog. */
  name: string;
  /** Absolute path of the folder of the service's .sql migrations, applied in file-name order, once each. */
  migrationsDir: string;
  /** Entity migrations in load order. */
  entities: EntityMigration[];
}
