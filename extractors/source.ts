/**
 * The Magento side of a run, as every reader sees it: a read-only connection, more on demand for streaming
 * reads, the edition, the probed schema, the staging version to read, and a per-run memo for lookups.
 * pipeline/source-context.ts opens it (one per bounded context, so contexts can run side by side).
 */
import type { Edition, NullPolicy } from '../core/batch.ts';
import type { MysqlConnection } from '../core/mysql.ts';
import type { SourceSchema } from './source-schema.ts';

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
  /** Tables and columns of this Magento database (probed once when the source was opened). */
  schema: SourceSchema;
  options: RunOptions;
  /** Per-run memo for lookups every entity needs (attributes, stores): computed once, shared. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /**
   * Where another thread of this process opens the same source (pipeline/batch-thread.ts); absent where it
   * cannot (a test's fixture source, or that thread itself).
   */
  readonly reopen?: { url: string };
}
