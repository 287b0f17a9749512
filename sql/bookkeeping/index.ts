/**
 * Typed names of the bookkeeping queries (the magemig schema of every service database, on Postgres: $n
 * parameters). The schema itself: migrations/NNN_*.sql, applied in order by loaders/schema-migrations.ts.
 */
import { defineQuery } from '../query.ts';

export interface CheckpointRow {
  last_key: unknown;
  batches: number;
  source_rows: string;
  rows_loaded: string;
  rows_rejected: string;
  reject_records: string;
  stats: Record<string, number>;
  samples: unknown[];
  done: boolean;
}

export const readCheckpointQuery = defineQuery<CheckpointRow>('bookkeeping/read-checkpoint');
export const readCheckpointForUpdateQuery = defineQuery<CheckpointRow>('bookkeeping/read-checkpoint-for-update');
export const saveCheckpointQuery = defineQuery('bookkeeping/save-checkpoint');
export const insertRejectsQuery = defineQuery('bookkeeping/insert-rejects');
export const insertIdsQuery = defineQuery('bookkeeping/insert-ids');
export const rejectsByReasonQuery = defineQuery<{ reason: string; n: string }>('bookkeeping/rejects-by-reason');
export const recordRunStartQuery = defineQuery('bookkeeping/record-run-start');
export const recordRunEndQuery = defineQuery('bookkeeping/record-run-end');
export const markInterruptedRunsQuery = defineQuery('bookkeeping/mark-interrupted-runs');
export const readRunSettingsQuery = defineQuery<{ edition: string; null_policy: string; staging_version: string | null }>('bookkeeping/read-run-settings');
export const writeRunSettingsQuery = defineQuery('bookkeeping/write-run-settings');
export const hasCheckpointsQuery = defineQuery('bookkeeping/has-checkpoints');
export const appliedMigrationsQuery = defineQuery<{ name: string; checksum: string }>('bookkeeping/applied-migrations');
export const recordMigrationQuery = defineQuery('bookkeeping/record-migration');
export const serviceTablesQuery = defineQuery<{ schemaname: string; tablename: string }>('bookkeeping/service-tables');
export const sequenceColumnsQuery = defineQuery<{ col: string }>('bookkeeping/sequence-columns');
export const columnTypesQuery = defineQuery<{ attname: string; typname: string }>('bookkeeping/column-types');
export const readPartitionsQuery = defineQuery<{ partition: string; position: number; lo: string; hi: string }>('bookkeeping/read-partitions');
export const writePartitionQuery = defineQuery('bookkeeping/write-partition');
export const readPartitionCheckpointsQuery = defineQuery<{
  partition: string; batches: number; source_rows: string; rows_loaded: string; rows_rejected: string; reject_records: string; stats: Record<string, number>; done: boolean; run_id: string | null;
}>('bookkeeping/read-partition-checkpoints');
export const deferrableIndexesQuery = defineQuery<{ index_name: string; definition: string; drop_statement: string }>('bookkeeping/deferrable-indexes');
export const recordDeferredIndexQuery = defineQuery('bookkeeping/record-deferred-index');
export const readDeferredIndexesQuery = defineQuery<{ table_name: string; index_name: string; definition: string }>('bookkeeping/read-deferred-indexes');
export const clearDeferredIndexesQuery = defineQuery('bookkeeping/clear-deferred-indexes');
